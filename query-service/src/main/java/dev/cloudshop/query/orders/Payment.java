package dev.cloudshop.query.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * An order's payment as the view shows it, merged from the steps seen, whatever order they came
 * in. payment-service's versions cannot order them (a refund that comes before any authorisation
 * is version 2 with no version 1, and a late decline may follow it as version 1), so the state
 * follows from which steps happened:
 * <ul>
 * <li>a refund is final: REFUNDED, whatever came before or after it (a late decline of a voided
 * payment, an authorisation answered again);</li>
 * <li>otherwise an authorisation: AUTHORIZED;</li>
 * <li>otherwise a decline: DECLINED;</li>
 * <li>otherwise PENDING.</li>
 * </ul>
 *
 * @param amount the amount of the step that set the state (for REFUNDED what was given back,
 * 0.00 when nothing was taken); null while PENDING
 * @param declineReason why it was declined, if a decline was seen
 * @param at when the step that set the state happened; null while PENDING
 */
public record Payment(PaymentState state, BigDecimal amount, String declineReason, Instant at) {

	public static final Payment PENDING = new Payment(PaymentState.PENDING, null, null, null);

	public static Payment merge(Collection<RecordedPaymentStep> steps) {
		Map<PaymentStep, RecordedPaymentStep> seen = new EnumMap<>(PaymentStep.class);
		for (RecordedPaymentStep step : steps) {
			seen.putIfAbsent(step.step(), step);
		}
		RecordedPaymentStep declined = seen.get(PaymentStep.DECLINED);
		String declineReason = (declined != null) ? declined.reason() : null;
		if (seen.containsKey(PaymentStep.REFUNDED)) {
			return of(PaymentState.REFUNDED, seen.get(PaymentStep.REFUNDED), declineReason);
		}
		if (seen.containsKey(PaymentStep.AUTHORIZED)) {
			return of(PaymentState.AUTHORIZED, seen.get(PaymentStep.AUTHORIZED), declineReason);
		}
		if (declined != null) {
			return of(PaymentState.DECLINED, declined, declineReason);
		}
		return PENDING;
	}

	private static Payment of(PaymentState state, RecordedPaymentStep step, String declineReason) {
		return new Payment(state, step.amount(), declineReason, step.at());
	}

}
