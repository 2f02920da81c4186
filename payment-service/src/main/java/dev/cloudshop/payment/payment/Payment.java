package dev.cloudshop.payment.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The payment of one order: what was asked, what was taken, and whether it was given back.
 * There is at most one per order, made by the first command about the order, and it answers
 * every later command about the order:
 * <ul>
 * <li>an AuthorizePayment delivered again, or sent again, gets the first outcome again
 * ({@link #answer(AuthorizePayment)}); money is taken at most once per order;</li>
 * <li>a RefundPayment gives back what was taken, once ({@link #refund}); delivered again, it gets
 * the same {@link PaymentRefunded} again; a refund never exceeds what was taken;</li>
 * <li>a RefundPayment before any authorisation voids the order's payment
 * ({@link #voided}), so a late AuthorizePayment is declined (ORDER_REFUNDED) and nothing is
 * taken.</li>
 * </ul>
 * Plain Java: {@code META-INF/orm.xml} maps it to its table.
 */
public class Payment {

	private static final BigDecimal NOTHING = new BigDecimal("0.00");

	private UUID id;

	private UUID orderId;

	private UUID customerId;

	private BigDecimal amount;

	private String currency;

	private PaymentStatus status;

	private DeclineReason declineReason;

	private Instant createdAt;

	private Instant authorizedAt;

	private Instant refundedAt;

	/** For the persistence mapping only. */
	protected Payment() {
	}

	/** The amount was taken from the customer's account. */
	public static Payment authorized(UUID id, AuthorizePayment command, Instant now) {
		Payment payment = of(id, command, PaymentStatus.AUTHORIZED, now);
		payment.authorizedAt = now;
		return payment;
	}

	/** Nothing was taken, for the reason given. */
	public static Payment declined(UUID id, AuthorizePayment command, DeclineReason reason, Instant now) {
		Objects.requireNonNull(reason, "reason");
		Payment payment = of(id, command, PaymentStatus.DECLINED, now);
		payment.declineReason = reason;
		return payment;
	}

	/**
	 * A refund came before any authorisation: the order will never be paid. The customer and the
	 * amount are not known; the payment records 0.00 EUR.
	 */
	public static Payment voided(UUID id, UUID orderId, String currency, Instant now) {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(orderId, "orderId");
		Objects.requireNonNull(currency, "currency");
		Objects.requireNonNull(now, "now");
		Payment payment = new Payment();
		payment.id = id;
		payment.orderId = orderId;
		payment.amount = NOTHING;
		payment.currency = currency;
		payment.status = PaymentStatus.VOIDED;
		payment.createdAt = now;
		payment.refundedAt = now;
		return payment;
	}

	private static Payment of(UUID id, AuthorizePayment command, PaymentStatus status, Instant now) {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(command, "command");
		Objects.requireNonNull(now, "now");
		Payment payment = new Payment();
		payment.id = id;
		payment.orderId = command.orderId();
		payment.customerId = command.customerId();
		payment.amount = command.amount();
		payment.currency = command.currency();
		payment.status = status;
		payment.createdAt = now;
		return payment;
	}

	/**
	 * The answer to an AuthorizePayment for this order: the outcome of the first one (taken or
	 * declined), or, when the payment was voided, a decline (ORDER_REFUNDED) of what this one asks.
	 */
	public PaymentEvent answer(AuthorizePayment command) {
		requireSameOrder(command.orderId());
		return switch (this.status) {
			case AUTHORIZED, REFUNDED ->
				new PaymentAuthorized(this.orderId, this.id, this.customerId, this.amount, this.currency);
			case DECLINED -> new PaymentDeclined(this.orderId, this.customerId, this.amount, this.currency,
					this.declineReason);
			case VOIDED -> new PaymentDeclined(this.orderId, command.customerId(), command.amount(), command.currency(),
					DeclineReason.ORDER_REFUNDED);
		};
	}

	/**
	 * Gives back what was taken: an AUTHORIZED payment becomes REFUNDED; any other is left as it is.
	 * @return the amount to put back into the customer's account now: the amount taken, the first
	 * time; zero when nothing was taken or it was given back before
	 */
	public BigDecimal refund(Instant now) {
		Objects.requireNonNull(now, "now");
		if (this.status != PaymentStatus.AUTHORIZED) {
			return BigDecimal.ZERO;
		}
		this.status = PaymentStatus.REFUNDED;
		this.refundedAt = now;
		return this.amount;
	}

	/** The answer to a RefundPayment for this order, once it is refunded, declined or voided. */
	public PaymentRefunded refundAnswer() {
		BigDecimal given = switch (this.status) {
			case REFUNDED -> this.amount;
			case DECLINED, VOIDED -> NOTHING;
			case AUTHORIZED -> throw new IllegalStateException("Payment " + this.id + " is not refunded yet");
		};
		return new PaymentRefunded(this.orderId, this.id, this.customerId, given, this.currency);
	}

	/** Whether this customer may see the payment (a voided one belongs to nobody known). */
	public boolean belongsTo(UUID customerId) {
		return this.customerId != null && this.customerId.equals(customerId);
	}

	public UUID id() {
		return this.id;
	}

	public UUID orderId() {
		return this.orderId;
	}

	public UUID customerId() {
		return this.customerId;
	}

	public BigDecimal amount() {
		return this.amount;
	}

	public String currency() {
		return this.currency;
	}

	public PaymentStatus status() {
		return this.status;
	}

	public DeclineReason declineReason() {
		return this.declineReason;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant authorizedAt() {
		return this.authorizedAt;
	}

	public Instant refundedAt() {
		return this.refundedAt;
	}

	private void requireSameOrder(UUID commandOrderId) {
		if (!this.orderId.equals(commandOrderId)) {
			throw new IllegalArgumentException(
					"Payment " + this.id + " is for order " + this.orderId + ", not " + commandOrderId);
		}
	}

	@Override
	public String toString() {
		return "Payment[id=" + this.id + ", orderId=" + this.orderId + ", status=" + this.status + "]";
	}

}
