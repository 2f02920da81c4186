package dev.cloudshop.order.order;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Test fixture for orders: {@code anOrder().withLine(productId, 2, "9.99").awaitingPayment().build()}.
 * Defaults are valid: alice's order of one line, placed at {@link #PLACED_AT}. The order is
 * driven to the wanted state through its own transitions, its events already released.
 */
public final class OrderBuilder {

	public static final Instant PLACED_AT = Instant.parse("2026-11-25T10:15:30Z");

	public static final String ALICE = "0b363213-d600-4a5e-84d6-8c1f86cab99c";

	private static final Duration STEP = Duration.ofSeconds(30);

	private UUID id = UUID.randomUUID();

	private UUID customerId = UUID.fromString(ALICE);

	private final List<OrderLine> lines = new ArrayList<>();

	private String currency = "EUR";

	private Instant placedAt = PLACED_AT;

	private OrderStatus status = OrderStatus.PENDING;

	private CancelReason reason;

	private Set<Compensation> compensations = EnumSet.noneOf(Compensation.class);

	private OrderBuilder() {
	}

	public static OrderBuilder anOrder() {
		return new OrderBuilder();
	}

	public OrderBuilder withId(UUID id) {
		this.id = id;
		return this;
	}

	public OrderBuilder of(UUID customerId) {
		this.customerId = customerId;
		return this;
	}

	public OrderBuilder withLine(UUID productId, int quantity, String unitPrice) {
		this.lines.add(new OrderLine(productId, "Product " + productId.toString().substring(0, 8), quantity,
				new BigDecimal(unitPrice)));
		return this;
	}

	public OrderBuilder inCurrency(String currency) {
		this.currency = currency;
		return this;
	}

	public OrderBuilder placedAt(Instant placedAt) {
		this.placedAt = placedAt;
		return this;
	}

	/** Stock reserved, payment awaited. */
	public OrderBuilder awaitingPayment() {
		this.status = OrderStatus.AWAITING_PAYMENT;
		return this;
	}

	public OrderBuilder confirmed() {
		this.status = OrderStatus.CONFIRMED;
		return this;
	}

	/** Being cancelled for the reason, waiting for these compensations to be acknowledged. */
	public OrderBuilder compensating(CancelReason reason, Compensation... pending) {
		this.status = OrderStatus.COMPENSATING;
		this.reason = reason;
		this.compensations = EnumSet.copyOf(List.of(pending));
		return this;
	}

	/** Cancelled for the reason (after undoing a reservation, unless out of stock). */
	public OrderBuilder cancelled(CancelReason reason) {
		this.status = OrderStatus.CANCELLED;
		this.reason = reason;
		return this;
	}

	/** The order at its status; its recorded events are already released. */
	public Order build() {
		List<OrderLine> orderLines = this.lines.isEmpty()
				? List.of(new OrderLine(UUID.randomUUID(), "T-shirt, red, M", 2, new BigDecimal("19.99"))) : this.lines;
		Order order = Order.place(this.id, this.customerId, orderLines, Currency.getInstance(this.currency),
				this.placedAt);
		Instant now = this.placedAt;
		order.expectReplyBy(now.plus(STEP));
		switch (this.status) {
			case PENDING -> {
			}
			case AWAITING_PAYMENT -> order.proceedTo(OrderStatus.AWAITING_PAYMENT, now.plusSeconds(1).plus(STEP),
					now.plusSeconds(1));
			case CONFIRMED -> {
				order.proceedTo(OrderStatus.AWAITING_PAYMENT, now.plusSeconds(1).plus(STEP), now.plusSeconds(1));
				order.confirm(now.plusSeconds(2));
			}
			case COMPENSATING -> order.compensate(this.reason, this.compensations, now.plusSeconds(1).plus(STEP),
					now.plusSeconds(1));
			case CANCELLED -> {
				if (this.reason == CancelReason.OUT_OF_STOCK) {
					order.cancel(this.reason, now.plusSeconds(1));
				}
				else {
					order.compensate(this.reason, EnumSet.of(Compensation.RELEASE_STOCK), now.plusSeconds(1).plus(STEP),
							now.plusSeconds(1));
					order.compensated(Compensation.RELEASE_STOCK, now.plusSeconds(2));
				}
			}
		}
		order.releaseEvents();
		return order;
	}

	/** The body of {@code POST /api/v1/orders} ordering these lines (one product with 2 units by default). */
	public Map<String, Object> asRequest() {
		List<Map<String, Object>> requested = new ArrayList<>();
		if (this.lines.isEmpty()) {
			requested.add(Map.of("productId", UUID.randomUUID(), "quantity", 2));
		}
		this.lines.forEach((line) -> requested.add(Map.of("productId", line.productId(), "quantity", line.quantity())));
		return Map.of("lines", requested);
	}

}
