package dev.cloudshop.payment.payment.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import dev.cloudshop.payment.payment.DeclineReason;
import dev.cloudshop.payment.payment.Payment;
import dev.cloudshop.payment.payment.PaymentStatus;

/** A payment as the API shows it; the times and the decline reason are null until they apply. */
record PaymentResponse(UUID paymentId, UUID orderId, PaymentStatus status, BigDecimal amount, String currency,
		Instant authorizedAt, Instant refundedAt, DeclineReason declineReason) {

	static PaymentResponse from(Payment payment) {
		return new PaymentResponse(payment.id(), payment.orderId(), payment.status(), payment.amount(),
				payment.currency(), payment.authorizedAt(), payment.refundedAt(), payment.declineReason());
	}

}
