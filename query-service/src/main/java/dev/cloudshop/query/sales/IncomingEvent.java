package dev.cloudshop.query.sales;

import dev.cloudshop.query.projection.Envelope;

/** An event record read and understood (or known not to be understood), ready to be applied. */
public record IncomingEvent(Envelope envelope, SalesEvent event) {

	/** Whether the event is of an order (the only aggregate the figures count). */
	public boolean isOfAnOrder() {
		return SalesEvent.ORDER.equals(this.envelope.aggregateType());
	}

}
