package dev.cloudshop.support.cloudevents;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CloudEventHeadersTests {

	private final RecordHeaders headers = new RecordHeaders();

	@Test
	void readsTheAttributesOfAnEvent() {
		CloudEventHeaders.add(this.headers, CloudEventHeaders.ID, "5f0c6a1e-0000-4000-8000-000000000001");
		CloudEventHeaders.add(this.headers, CloudEventHeaders.TYPE, "cloudshop.product.ProductCreated.v1");
		CloudEventHeaders.add(this.headers, CloudEventHeaders.TIME, "2026-11-25T10:15:30.123456Z");
		CloudEventHeaders.add(this.headers, CloudEventHeaders.AGGREGATE_VERSION, "42");

		assertThat(CloudEventHeaders.id(this.headers)).isEqualTo("5f0c6a1e-0000-4000-8000-000000000001");
		assertThat(CloudEventHeaders.type(this.headers)).isEqualTo("cloudshop.product.ProductCreated.v1");
		assertThat(CloudEventHeaders.time(this.headers)).isEqualTo(Instant.parse("2026-11-25T10:15:30.123456Z"));
		assertThat(CloudEventHeaders.aggregateVersion(this.headers)).isEqualTo(42);
	}

	@Test
	void readsTheLastValueOfARepeatedHeader() {
		this.headers.add(CloudEventHeaders.TYPE, "first".getBytes(StandardCharsets.UTF_8));
		this.headers.add(CloudEventHeaders.TYPE, "last".getBytes(StandardCharsets.UTF_8));

		assertThat(CloudEventHeaders.type(this.headers)).isEqualTo("last");
	}

	@Test
	void findsNothingForAMissingOptionalHeader() {
		assertThat(CloudEventHeaders.traceparent(this.headers)).isEmpty();
	}

	@Test
	void refusesToReadAMissingRequiredHeader() {
		assertThatIllegalArgumentException().isThrownBy(() -> CloudEventHeaders.id(this.headers))
			.withMessageContaining("ce_id");
	}

}
