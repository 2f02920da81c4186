package dev.cloudshop.payment.payment;

import java.util.Objects;
import java.util.UUID;

/**
 * order-service asks to give back whatever was taken for the order; before any authorisation,
 * it voids the order's payment so that nothing will ever be taken for it.
 */
public record RefundPayment(UUID orderId) implements PaymentCommand {

	public RefundPayment {
		Objects.requireNonNull(orderId, "orderId");
	}

}
