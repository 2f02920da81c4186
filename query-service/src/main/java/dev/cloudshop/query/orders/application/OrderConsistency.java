package dev.cloudshop.query.orders.application;

import java.util.UUID;

import dev.cloudshop.query.orders.OrdersEvent;
import dev.cloudshop.query.orders.persistence.OrderViews;
import dev.cloudshop.query.orders.projection.OrderChanges;
import dev.cloudshop.query.projection.ConsistencyStatus;
import dev.cloudshop.support.consistency.ConsistencyToken;

import org.springframework.stereotype.Component;

/**
 * Read-your-writes: a query that carries the consistency token of an order's write
 * ({@code Order:<id>:<version>}, as order-service answers it) waits until the view shows the
 * caller's order at that version or later, at most {@link OrdersProperties#consistencyWait()}.
 * It wakes at once when this instance commits a change, and looks again every
 * {@link OrdersProperties#consistencyRecheck()} in case another replica applied it. The wait
 * looks only at the caller's orders: a token of another customer's order runs out, as one of an
 * order never placed does, and tells nothing about it.
 */
@Component
public class OrderConsistency {

	private final OrderViews views;

	private final OrderChanges changes;

	private final OrdersProperties properties;

	OrderConsistency(OrderViews views, OrderChanges changes, OrdersProperties properties) {
		this.views = views;
		this.changes = changes;
		this.properties = properties;
	}

	/**
	 * Checks that the view can wait for the token.
	 * @throws UnsupportedConsistencyTokenException if it names a write the view does not show
	 */
	public static void check(ConsistencyToken token) {
		orderId(token);
	}

	/** Waits until the view shows the customer's order at the token's version, or the wait runs out. */
	public ConsistencyStatus await(ConsistencyToken token, UUID customerId) {
		UUID orderId = orderId(token);
		return this.changes.awaitReflected(() -> this.views.version(customerId, orderId) >= token.version(),
				this.properties.consistencyWait(), this.properties.consistencyRecheck());
	}

	private static UUID orderId(ConsistencyToken token) {
		if (!OrdersEvent.ORDER.equals(token.aggregateType())) {
			throw new UnsupportedConsistencyTokenException(token, "only writes of an " + OrdersEvent.ORDER + " show in it");
		}
		try {
			return UUID.fromString(token.aggregateId());
		}
		catch (IllegalArgumentException ex) {
			throw new UnsupportedConsistencyTokenException(token, "the id of an " + OrdersEvent.ORDER + " is a UUID");
		}
	}

}
