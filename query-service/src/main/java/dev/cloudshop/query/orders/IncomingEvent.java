package dev.cloudshop.query.orders;

import dev.cloudshop.query.projection.Envelope;

/** An event record read and understood (or known not to be understood), ready to be applied. */
public record IncomingEvent(Envelope envelope, OrdersEvent event) {

	/** An event of an order, applied in the order's version order. */
	public boolean isOfAnOrder() {
		return OrdersEvent.ORDER.equals(this.envelope.aggregateType());
	}

	/** An event of an order's payment, merged by state. */
	public boolean isOfAPayment() {
		return OrdersEvent.PAYMENT.equals(this.envelope.aggregateType());
	}

}
