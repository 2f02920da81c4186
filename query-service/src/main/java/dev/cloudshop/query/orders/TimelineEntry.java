package dev.cloudshop.query.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One step in an order's life: a status it reached ({@code PENDING} when placed,
 * {@code CONFIRMED}, {@code CANCELLED}) or a step of its payment ({@code PAYMENT_AUTHORIZED},
 * {@code PAYMENT_DECLINED}, {@code PAYMENT_REFUNDED}), with when it happened at its source.
 */
public record TimelineEntry(String status, Instant at) {

	public static final String PENDING = OrderStatus.PENDING.name();

	public static final String CONFIRMED = OrderStatus.CONFIRMED.name();

	public static final String CANCELLED = OrderStatus.CANCELLED.name();

	/** The order steps happen in when their times are equal. */
	private static final List<String> NATURAL_ORDER = List.of(PENDING, payment(PaymentStep.AUTHORIZED),
			payment(PaymentStep.DECLINED), CONFIRMED, CANCELLED, payment(PaymentStep.REFUNDED));

	/** The name of a payment step on the timeline, e.g. {@code PAYMENT_AUTHORIZED}. */
	public static String payment(PaymentStep step) {
		return "PAYMENT_" + step.name();
	}

	/**
	 * An order's timeline, oldest first (steps at the same instant in their natural order).
	 * @param placedAt when the order was placed
	 * @param confirmedAt when it was confirmed; null if not
	 * @param cancelledAt when it was cancelled; null if not
	 * @param payment the payment steps seen
	 */
	public static List<TimelineEntry> of(Instant placedAt, Instant confirmedAt, Instant cancelledAt,
			List<RecordedPaymentStep> payment) {
		List<TimelineEntry> timeline = new ArrayList<>();
		timeline.add(new TimelineEntry(PENDING, placedAt));
		if (confirmedAt != null) {
			timeline.add(new TimelineEntry(CONFIRMED, confirmedAt));
		}
		if (cancelledAt != null) {
			timeline.add(new TimelineEntry(CANCELLED, cancelledAt));
		}
		payment.forEach((step) -> timeline.add(new TimelineEntry(payment(step.step()), step.at())));
		timeline.sort(Comparator.comparing(TimelineEntry::at)
			.thenComparing((entry) -> NATURAL_ORDER.indexOf(entry.status())));
		return List.copyOf(timeline);
	}

}
