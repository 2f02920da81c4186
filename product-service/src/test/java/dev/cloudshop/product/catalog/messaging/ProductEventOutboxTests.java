package dev.cloudshop.product.catalog.messaging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.cloudshop.product.catalog.Product;
import dev.cloudshop.product.catalog.ProductDetails;
import dev.cloudshop.product.catalog.ProductEvent;
import dev.cloudshop.product.catalog.Price;
import dev.cloudshop.product.catalog.ProductPriceChanged;
import dev.cloudshop.product.catalog.StockAdjusted;
import dev.cloudshop.support.outbox.OutboxEvent;
import org.junit.jupiter.api.Test;

import static dev.cloudshop.product.catalog.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ProductEventOutboxTests {

	private final List<OutboxEvent> appended = new ArrayList<>();

	private final ProductEventOutbox outbox = new ProductEventOutbox(this.appended::add);

	@Test
	void appendsEachRecordedEventWithTheProductVersionItProduced() {
		Product product = aProduct().withStock(5).build();
		product.adjustStock(-2, "Sold");
		ProductDetails details = product.details();
		product.revise(new ProductDetails(details.name(), details.description(), Price.of("1.50", "EUR")));

		this.outbox.append(product);

		assertThat(this.appended).extracting(OutboxEvent::topic, OutboxEvent::aggregateType,
				OutboxEvent::aggregateId, OutboxEvent::aggregateVersion, OutboxEvent::type)
			.containsExactly(
					tuple("product.events", "Product", product.id().toString(), 2L,
							"cloudshop.product.StockAdjusted.v1"),
					tuple("product.events", "Product", product.id().toString(), 3L,
							"cloudshop.product.ProductPriceChanged.v1"));
		assertThat(this.appended).extracting(OutboxEvent::payload)
			.hasExactlyElementsOfTypes(StockAdjusted.class, ProductPriceChanged.class);
	}

	@Test
	void appendsNothingTwice() {
		Product product = aProduct().build();
		product.discontinue();

		this.outbox.append(product);
		this.outbox.append(product);

		assertThat(this.appended).hasSize(1);
	}

	@Test
	void namesEveryEventTypeAsAVersionedCloudEventsType() {
		assertThat(Arrays.asList(ProductEvent.class.getPermittedSubclasses()))
			.allSatisfy((type) -> assertThat(ProductEventOutbox.TYPES.get(type))
				.isEqualTo("cloudshop.product." + type.getSimpleName() + ".v1"));
	}

}
