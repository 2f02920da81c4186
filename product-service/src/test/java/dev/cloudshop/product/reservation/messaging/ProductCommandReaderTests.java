package dev.cloudshop.product.reservation.messaging;

import java.util.List;
import java.util.UUID;

import dev.cloudshop.contracts.GoldenSamples;
import dev.cloudshop.product.catalog.Product;
import dev.cloudshop.product.reservation.ReservationLine;
import dev.cloudshop.product.reservation.application.ReleaseStock;
import dev.cloudshop.product.reservation.application.ReserveStock;
import dev.cloudshop.product.reservation.messaging.ProductCommandReader.Release;
import dev.cloudshop.product.reservation.messaging.ProductCommandReader.Reserve;
import dev.cloudshop.support.cloudevents.CloudEventHeaders;
import dev.cloudshop.support.consumer.PoisonEventException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static dev.cloudshop.product.reservation.messaging.ProductCommandBuilder.aCommand;
import static dev.cloudshop.product.reservation.messaging.ProductCommandBuilder.aReleaseStock;
import static dev.cloudshop.product.reservation.messaging.ProductCommandBuilder.aReserveStock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ProductCommandReaderTests {

	/** As configured in config-repo/product-service.yml: a fractional quantity is not an integer. */
	private final ProductCommandReader reader = new ProductCommandReader(
			JsonMapper.builder().disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT).build());

	private final UUID orderId = UUID.randomUUID();

	private final UUID productId = UUID.randomUUID();

	@Nested
	class GoldenSamplesOfOrderService {

		@Test
		void readsReserveStock() {
			String sample = GoldenSamples.text("product.commands", "ReserveStock.v1");
			UUID sampleOrder = UUID.fromString(GoldenSamples.load("product.commands", "ReserveStock.v1").get("orderId").asString());

			Reserve read = (Reserve) reader.read(aReserveStock(sampleOrder).withValue(sample).toConsumerRecord());

			assertThat(read.command()).isEqualTo(new ReserveStock(sampleOrder,
					List.of(new ReservationLine(UUID.fromString("0b6f9a52-3c1e-4d8a-9f2e-7c5d1a4b8e90"), 2),
							new ReservationLine(UUID.fromString("8e4d2c1b-7a6f-4e3d-9c8b-1a2f3e4d5c6b"), 1))));
		}

		@Test
		void readsReleaseStock() {
			String sample = GoldenSamples.text("product.commands", "ReleaseStock.v1");
			UUID sampleOrder = UUID.fromString(GoldenSamples.load("product.commands", "ReleaseStock.v1").get("orderId").asString());

			Release read = (Release) reader.read(aReleaseStock(sampleOrder).withValue(sample).toConsumerRecord());

			assertThat(read.command()).isEqualTo(new ReleaseStock(sampleOrder));
		}

	}

	@Nested
	class Commands {

		@Test
		void readsTheCommandIdAndEveryLineAsSent() {
			ProductCommandBuilder command = aReserveStock(orderId).withLine(productId, 2).withLine(productId, 1);

			Reserve read = (Reserve) reader.read(command.toConsumerRecord());

			assertThat(read.commandId()).isEqualTo(command.commandId());
			assertThat(read.command().lines()).containsExactly(new ReservationLine(productId, 2),
					new ReservationLine(productId, 1));
		}

		@Test
		void ignoresFieldsItDoesNotNeed() {
			String value = """
					{"orderId": "%s", "customerId": "x", "lines": [{"productId": "%s", "quantity": 1, "unitPrice": 9.99}]}
					""".formatted(orderId, productId);

			Reserve read = (Reserve) reader.read(aReserveStock(orderId).withValue(value).toConsumerRecord());

			assertThat(read.command().lines()).containsExactly(new ReservationLine(productId, 1));
		}

	}

	@Nested
	class Poison {

		@ParameterizedTest
		@ValueSource(strings = { CloudEventHeaders.ID, CloudEventHeaders.TYPE })
		void refusesACommandWithoutHeader(String header) {
			assertPoison(aReleaseStock(orderId).without(header), "no " + header + " header");
		}

		@Test
		void refusesACommandItDoesNotCarryOut() {
			assertPoison(aCommand("cloudshop.order.AuthorizePayment.v1", orderId),
					"carries out no cloudshop.order.AuthorizePayment.v1");
		}

		@Test
		void refusesAKeyThatIsNotAnOrderId() {
			assertPoison(aReleaseStock(orderId).withKey("order-1"), "is not an order id");
			assertPoison(aReleaseStock(orderId).withKey(null), "no key");
		}

		@Test
		void refusesACommandAboutAnotherOrderThanItsKey() {
			assertPoison(aReleaseStock(orderId).withKey(UUID.randomUUID().toString()),
					"is about order " + orderId + " but keyed by");
		}

		@Test
		void refusesAValueThatIsNotJson() {
			assertPoison(aReserveStock(orderId).withValue("{not json"), "not JSON of the expected shape");
			assertPoison(aReserveStock(orderId).withValue(null), "has no value");
			assertPoison(aReleaseStock(orderId).withValue("null"), "has the value null");
		}

		@Test
		void refusesACommandWithoutOrderId() {
			assertPoison(aReleaseStock(orderId).withValue("{}"), "has no orderId");
		}

		@Test
		void refusesAReservationWithoutLines() {
			assertPoison(aReserveStock(orderId), "has no lines");
			assertPoison(aReserveStock(orderId).withValue("{\"orderId\": \"" + orderId + "\"}"), "has no lines");
		}

		@Test
		void refusesALineWithoutProductOrQuantity() {
			assertPoison(aReserveStock(orderId).withValue("""
					{"orderId": "%s", "lines": [{"quantity": 1}]}""".formatted(orderId)), "without productId or quantity");
			assertPoison(aReserveStock(orderId).withValue("""
					{"orderId": "%s", "lines": [{"productId": "%s"}]}""".formatted(orderId, productId)),
					"without productId or quantity");
		}

		@Test
		void refusesAQuantityOutOfRange() {
			assertPoison(aReserveStock(orderId).withLine(productId, 0), "1 to 1000000000 units");
			assertPoison(aReserveStock(orderId).withLine(productId, -2), "1 to 1000000000 units");
			assertPoison(aReserveStock(orderId).withLine(productId, Product.MAX_STOCK).withLine(productId, 1),
					"at most 1000000000 units");
			assertPoison(aReserveStock(orderId).withLine(productId, 1.5), "not JSON of the expected shape");
			assertPoison(aReserveStock(orderId).withLine(productId, 3_000_000_000L), "not JSON of the expected shape");
		}

		private void assertPoison(ProductCommandBuilder command, String reason) {
			assertThatExceptionOfType(PoisonEventException.class).isThrownBy(() -> reader.read(command.toConsumerRecord()))
				.withMessageStartingWith("Product command product.commands-0@42: ")
				.withMessageContaining(reason);
		}

	}

}
