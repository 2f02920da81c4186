package dev.cloudshop.query.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import dev.cloudshop.query.Events;
import dev.cloudshop.query.Events.Event;
import tools.jackson.databind.json.JsonMapper;

/**
 * The events of one product as product-service would publish them:
 * {@code aProduct().withPrice("9.90").created()}, then {@code priceChanged("8.50")}, ... Each
 * event takes the next version; keep them to publish later, twice or out of order.
 */
public final class ProductEvents {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final UUID id = UUID.randomUUID();

	private String sku = "TEST-" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36)
		.toUpperCase(Locale.ROOT);

	private String name = "T-shirt, red, M";

	private String description = "Organic cotton";

	private BigDecimal price = new BigDecimal("19.99");

	private String currency = "EUR";

	private int stock = 10;

	private long version;

	private ProductEvents() {
	}

	public static ProductEvents aProduct() {
		return new ProductEvents();
	}

	/** A word found nowhere else, to find a test's products among all others. */
	public static String uniqueWord() {
		StringBuilder word = new StringBuilder("zq");
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < 10; i++) {
			word.append((char) ('a' + random.nextInt(26)));
		}
		return word.toString();
	}

	/** Now, as PostgreSQL stores it (microseconds). */
	public static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	public ProductEvents withName(String name) {
		this.name = name;
		return this;
	}

	public ProductEvents withDescription(String description) {
		this.description = description;
		return this;
	}

	public ProductEvents withPrice(String price) {
		this.price = new BigDecimal(price);
		return this;
	}

	public ProductEvents withStock(int stock) {
		this.stock = stock;
		return this;
	}

	public String id() {
		return this.id.toString();
	}

	public String sku() {
		return this.sku;
	}

	/** The version of the last event made. */
	public long version() {
		return this.version;
	}

	/** The consistency token of the last event made: {@code Product:<id>:<version>}. */
	public String token() {
		return "Product:" + this.id + ":" + this.version;
	}

	public Event created() {
		return created(now());
	}

	public Event created(Instant at) {
		Map<String, Object> payload = payload();
		payload.put("sku", this.sku);
		payload.put("name", this.name);
		payload.put("description", this.description);
		payload.put("price", this.price);
		payload.put("currency", this.currency);
		payload.put("stock", this.stock);
		return event("ProductCreated", at, payload);
	}

	public Event updated(String name, String description, String price) {
		this.name = name;
		this.description = description;
		this.price = new BigDecimal(price);
		Map<String, Object> payload = payload();
		payload.put("name", name);
		payload.put("description", description);
		payload.put("price", this.price);
		payload.put("currency", this.currency);
		return event("ProductUpdated", now(), payload);
	}

	public Event priceChanged(String price) {
		this.price = new BigDecimal(price);
		Map<String, Object> payload = payload();
		payload.put("price", this.price);
		payload.put("currency", this.currency);
		return event("ProductPriceChanged", now(), payload);
	}

	public Event stockAdjusted(int delta) {
		this.stock += delta;
		Map<String, Object> payload = payload();
		payload.put("delta", delta);
		payload.put("reason", "Counted again");
		payload.put("stock", this.stock);
		return event("StockAdjusted", now(), payload);
	}

	public Event discontinued() {
		return event("ProductDiscontinued", now(), payload());
	}

	/** An event of a type the catalog does not read, e.g. {@code ProductRenamed.v1}. */
	public Event ofUnknownType(String typeAndVersion) {
		return event(typeAndVersion.replaceFirst("\\.v[0-9]+$", ""), now(), payload(),
				typeAndVersion.substring(typeAndVersion.lastIndexOf('.') + 1));
	}

	private Map<String, Object> payload() {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("productId", this.id.toString());
		return payload;
	}

	private Event event(String type, Instant at, Map<String, Object> payload) {
		return event(type, at, payload, "v1");
	}

	private Event event(String type, Instant at, Map<String, Object> payload, String typeVersion) {
		this.version++;
		return Event.of(Events.PRODUCT_EVENTS, CatalogEvent.PRODUCT, this.id.toString(), this.version,
				"cloudshop.product." + type + "." + typeVersion, at, JSON.writeValueAsString(payload));
	}

}
