package dev.cloudshop.query.orders;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A payment step the view has seen for an order: the first event of that step, kept with when
 * it happened ({@code ce_time}).
 *
 * @param amount the amount the step names; null if its event had none
 * @param reason why it was declined; null for other steps
 */
public record RecordedPaymentStep(PaymentStep step, BigDecimal amount, String reason, Instant at) {
}
