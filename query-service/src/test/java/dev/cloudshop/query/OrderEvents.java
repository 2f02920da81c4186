package dev.cloudshop.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.cloudshop.query.Events.Event;
import tools.jackson.databind.json.JsonMapper;

/**
 * The events of one order and its payment as order-service and payment-service would publish
 * them: {@code anOrder().of(customer).withLine("Mug", 2, "12.50").placed()}, then
 * {@code paymentAuthorized()}, {@code confirmed()}, ... Order events take the order's next
 * version (1 placed, 2 its end); payment events version 1 (authorised or declined) or 2
 * (refunded), as payment-service gives them. Keep them to publish later, twice or out of order.
 */
public final class OrderEvents {

	public static final String ORDER = "Order";

	public static final String PAYMENT = "Payment";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final UUID id = UUID.randomUUID();

	private UUID customerId = UUID.randomUUID();

	private final List<Line> lines = new ArrayList<>();

	private final String currency = "EUR";

	private long version;

	private OrderEvents() {
	}

	public static OrderEvents anOrder() {
		return new OrderEvents();
	}

	/** Now, as PostgreSQL stores it (microseconds). */
	public static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	/** A line of a product of its own. */
	public record Line(UUID productId, String productName, int quantity, BigDecimal unitPrice) {

		public BigDecimal total() {
			return this.unitPrice.multiply(BigDecimal.valueOf(this.quantity));
		}

	}

	/** The order is the customer's. */
	public OrderEvents of(String customerId) {
		this.customerId = UUID.fromString(customerId);
		return this;
	}

	public OrderEvents withLine(String productName, int quantity, String unitPrice) {
		return withLine(UUID.randomUUID(), productName, quantity, unitPrice);
	}

	public OrderEvents withLine(UUID productId, String productName, int quantity, String unitPrice) {
		this.lines.add(new Line(productId, productName, quantity, new BigDecimal(unitPrice)));
		return this;
	}

	public String id() {
		return this.id.toString();
	}

	public String customerId() {
		return this.customerId.toString();
	}

	/** The lines; one T-shirt line (2 × 19.99) unless others were given. */
	public List<Line> lines() {
		if (this.lines.isEmpty()) {
			withLine("T-shirt, red, M", 2, "19.99");
		}
		return List.copyOf(this.lines);
	}

	public BigDecimal total() {
		return lines().stream().map(Line::total).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** The version of the last order event made. */
	public long version() {
		return this.version;
	}

	/** The consistency token of the last order event made: {@code Order:<id>:<version>}. */
	public String token() {
		return "Order:" + this.id + ":" + this.version;
	}

	public Event placed() {
		return placed(now());
	}

	public Event placed(Instant at) {
		Map<String, Object> payload = orderPayload();
		List<Map<String, Object>> lines = new ArrayList<>();
		for (Line line : lines()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("productId", line.productId().toString());
			json.put("productName", line.productName());
			json.put("quantity", line.quantity());
			json.put("unitPrice", line.unitPrice());
			lines.add(json);
		}
		payload.put("lines", lines);
		payload.put("total", total());
		payload.put("currency", this.currency);
		payload.put("placedAt", at.toString());
		return orderEvent("OrderPlaced", at, payload);
	}

	public Event confirmed() {
		return confirmed(now());
	}

	public Event confirmed(Instant at) {
		Map<String, Object> payload = orderPayload();
		payload.put("total", total());
		payload.put("currency", this.currency);
		payload.put("confirmedAt", at.toString());
		return orderEvent("OrderConfirmed", at, payload);
	}

	public Event cancelled(String reason) {
		return cancelled(reason, now());
	}

	public Event cancelled(String reason, Instant at) {
		Map<String, Object> payload = orderPayload();
		payload.put("reason", reason);
		payload.put("cancelledAt", at.toString());
		return orderEvent("OrderCancelled", at, payload);
	}

	/** An order event of a type the views do not read, e.g. {@code OrderShipped.v1}. */
	public Event ofUnknownType(String typeAndVersion) {
		this.version++;
		return Event.of(Events.ORDER_EVENTS, ORDER, id(), this.version, "cloudshop.order." + typeAndVersion, now(),
				JSON.writeValueAsString(orderPayload()));
	}

	public Event paymentAuthorized() {
		return paymentAuthorized(now());
	}

	public Event paymentAuthorized(Instant at) {
		Map<String, Object> payload = paymentPayload(total());
		return paymentEvent("PaymentAuthorized", 1, at, payload);
	}

	public Event paymentDeclined(String reason) {
		return paymentDeclined(reason, now());
	}

	public Event paymentDeclined(String reason, Instant at) {
		Map<String, Object> payload = paymentPayload(total());
		payload.remove("paymentId");
		payload.put("reason", reason);
		return paymentEvent("PaymentDeclined", 1, at, payload);
	}

	/** Everything taken given back. */
	public Event paymentRefunded() {
		return paymentRefunded(total().toPlainString(), now());
	}

	public Event paymentRefunded(String amount, Instant at) {
		return paymentEvent("PaymentRefunded", 2, at, paymentPayload(new BigDecimal(amount)));
	}

	/** The refund of a payment voided before any authorisation: 0.00, no customer known. */
	public Event paymentVoided(Instant at) {
		Map<String, Object> payload = paymentPayload(new BigDecimal("0.00"));
		payload.put("customerId", null);
		return paymentEvent("PaymentRefunded", 2, at, payload);
	}

	private Map<String, Object> orderPayload() {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("orderId", id());
		payload.put("customerId", customerId());
		return payload;
	}

	private Map<String, Object> paymentPayload(BigDecimal amount) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("orderId", id());
		payload.put("paymentId", UUID.nameUUIDFromBytes(id().getBytes()).toString());
		payload.put("customerId", customerId());
		payload.put("amount", amount);
		payload.put("currency", this.currency);
		return payload;
	}

	private Event orderEvent(String type, Instant at, Map<String, Object> payload) {
		this.version++;
		return Event.of(Events.ORDER_EVENTS, ORDER, id(), this.version, "cloudshop.order." + type + ".v1", at,
				JSON.writeValueAsString(payload));
	}

	private Event paymentEvent(String type, long version, Instant at, Map<String, Object> payload) {
		return Event.of(Events.PAYMENT_EVENTS, PAYMENT, id(), version, "cloudshop.payment." + type + ".v1", at,
				JSON.writeValueAsString(payload));
	}

}
