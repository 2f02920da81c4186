package dev.cloudshop.query.orders;

import java.math.BigDecimal;
import java.util.UUID;

/** An event of an order's payment: one {@link PaymentStep}, kept once per order whatever its version or id. */
public interface PaymentEvent {

	UUID orderId();

	PaymentStep step();

	/** The customer who pays; null when the event names none (a refund of a voided payment). */
	UUID customerId();

	/** The amount the step is about; null when the event has none. */
	BigDecimal amount();

	/** The currency of the amount; null when the event has none. */
	String currency();

	/** Why the payment was declined; null for other steps. */
	String reason();

}
