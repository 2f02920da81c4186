package dev.cloudshop.order.saga;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import dev.cloudshop.order.order.Order;

/**
 * What the saga asks a participant to do for an order: imperative, small, plain values. Each
 * participant is idempotent per order, so a command delivered twice (or sent again) has its
 * effect once and is answered with the same outcome.
 */
public sealed interface SagaCommand {

	UUID orderId();

	/** product-service: reserve every line or none. Answered by StockReserved or StockReservationFailed. */
	record ReserveStock(UUID orderId, List<Line> lines) implements SagaCommand {

		public record Line(UUID productId, int quantity) {
		}

		static ReserveStock of(Order order) {
			return new ReserveStock(order.id(),
					order.lines().stream().map((line) -> new Line(line.productId(), line.quantity())).toList());
		}

	}

	/** product-service: give the order's reserved stock back (if any). Answered by StockReleased. */
	record ReleaseStock(UUID orderId) implements SagaCommand {

		static ReleaseStock of(Order order) {
			return new ReleaseStock(order.id());
		}

	}

	/** payment-service: take the order's total from the customer's account. Answered by PaymentAuthorized or PaymentDeclined. */
	record AuthorizePayment(UUID orderId, UUID customerId, BigDecimal amount, String currency) implements SagaCommand {

		static AuthorizePayment of(Order order) {
			return new AuthorizePayment(order.id(), order.customerId(), order.total(),
					order.currency().getCurrencyCode());
		}

	}

	/** payment-service: give the order's money back (if any was taken). Answered by PaymentRefunded. */
	record RefundPayment(UUID orderId) implements SagaCommand {

		static RefundPayment of(Order order) {
			return new RefundPayment(order.id());
		}

	}

}
