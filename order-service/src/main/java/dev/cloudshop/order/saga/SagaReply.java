package dev.cloudshop.order.saga;

import java.util.UUID;

/**
 * A participant's answer to a saga command, as far as the saga reads it: which order, and for a
 * refusal, why. Replies may arrive twice, late, or after the order has moved on.
 */
public sealed interface SagaReply {

	UUID orderId();

	record StockReserved(UUID orderId) implements SagaReply {
	}

	/** @param reason product-service's reason, e.g. {@code OUT_OF_STOCK}; null if it gave none */
	record StockReservationFailed(UUID orderId, String reason) implements SagaReply {
	}

	record StockReleased(UUID orderId) implements SagaReply {
	}

	record PaymentAuthorized(UUID orderId) implements SagaReply {
	}

	/** @param reason payment-service's reason, e.g. {@code INSUFFICIENT_FUNDS}; null if it gave none */
	record PaymentDeclined(UUID orderId, String reason) implements SagaReply {
	}

	record PaymentRefunded(UUID orderId) implements SagaReply {
	}

}
