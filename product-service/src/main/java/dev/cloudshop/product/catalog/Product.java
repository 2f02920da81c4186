package dev.cloudshop.product.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A product of the catalog: what is sold (SKU, name, description, price) and how many units
 * are available. The aggregate owns its rules: stock never goes below zero, and a
 * discontinued product takes no further changes.
 * <p>
 * Its version counts its changes: a new product is at version 1, and every change raises the
 * version by one and records exactly one {@link ProductEvent} carrying that version, so other
 * services can apply a product's events in order and notice a gap.
 * <p>
 * Plain Java: {@code META-INF/orm.xml} maps it to its table.
 */
public class Product {

	/** Most units a product may hold; keeps stock arithmetic far from integer overflow. */
	public static final int MAX_STOCK = 1_000_000_000;

	public static final int MAX_REASON_LENGTH = 200;

	private UUID id;

	private String sku;

	private String name;

	private String description;

	private BigDecimal price;

	private Currency currency;

	private int stock;

	private ProductStatus status;

	private long version;

	private final List<RecordedEvent> recordedEvents = new ArrayList<>();

	/** For the persistence mapping only. */
	protected Product() {
	}

	/** A new ACTIVE product at version 1, having recorded {@link ProductCreated}. */
	public static Product create(UUID id, Sku sku, ProductDetails details, int stock) {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(sku, "sku");
		if (stock < 0 || stock > MAX_STOCK) {
			throw new IllegalArgumentException("Initial stock must be between 0 and " + MAX_STOCK + ": " + stock);
		}
		Product product = new Product();
		product.id = id;
		product.sku = sku.value();
		product.apply(details);
		product.stock = stock;
		product.status = ProductStatus.ACTIVE;
		product.record(new ProductCreated(id, product.sku, product.name, product.description, product.price,
				product.currency.getCurrencyCode(), stock));
		return product;
	}

	/**
	 * Replaces the editable state. A change of the price alone records
	 * {@link ProductPriceChanged}; any other change records {@link ProductUpdated}; identical
	 * details change nothing.
	 */
	public void revise(ProductDetails revised) {
		Objects.requireNonNull(revised, "revised");
		requireActive();
		ProductDetails current = details();
		if (current.equals(revised)) {
			return;
		}
		boolean priceOnly = current.withPrice(revised.price()).equals(revised);
		apply(revised);
		if (priceOnly) {
			record(new ProductPriceChanged(this.id, this.price, this.currency.getCurrencyCode()));
		}
		else {
			record(new ProductUpdated(this.id, this.name, this.description, this.price,
					this.currency.getCurrencyCode()));
		}
	}

	/** Takes the product out of the catalog for good. */
	public void discontinue() {
		requireActive();
		this.status = ProductStatus.DISCONTINUED;
		record(new ProductDiscontinued(this.id));
	}

	/**
	 * Adds units to the stock (positive delta) or takes them away (negative delta), for the
	 * given reason. Callers hold the product's row lock, so the check and the change are one.
	 */
	public void adjustStock(int delta, String reason) {
		if (delta == 0) {
			throw new IllegalArgumentException("A stock adjustment changes the stock");
		}
		if (reason == null || reason.isBlank() || reason.length() > MAX_REASON_LENGTH) {
			throw new IllegalArgumentException("A stock adjustment gives a reason of 1 to 200 characters");
		}
		requireActive();
		long adjusted = (long) this.stock + delta;
		if (adjusted < 0) {
			throw new InsufficientStockException(this.id, this.stock, delta);
		}
		if (adjusted > MAX_STOCK) {
			throw new StockLimitExceededException(this.id, this.stock, delta);
		}
		this.stock = (int) adjusted;
		record(new StockAdjusted(this.id, delta, reason, this.stock));
	}

	/**
	 * Takes units out of the stock for an order (part of a stock reservation), recording
	 * {@link StockAdjusted} with a negative delta. Only an ACTIVE product is sold, and never more
	 * units than it holds. Callers hold the product's row lock.
	 */
	public void reserve(int quantity, UUID orderId) {
		requirePositive(quantity);
		Objects.requireNonNull(orderId, "orderId");
		requireActive();
		if (quantity > this.stock) {
			throw new InsufficientStockException(this.id, this.stock, -quantity);
		}
		this.stock -= quantity;
		record(new StockAdjusted(this.id, -quantity, "Reserved for order " + orderId, this.stock));
	}

	/**
	 * Gives back units an order had reserved, recording {@link StockAdjusted} with a positive
	 * delta. A product discontinued since the reservation gets them back too: they are its
	 * units, whether it is sold or not. Callers hold the product's row lock.
	 */
	public void release(int quantity, UUID orderId) {
		requirePositive(quantity);
		Objects.requireNonNull(orderId, "orderId");
		if ((long) this.stock + quantity > MAX_STOCK) {
			throw new StockLimitExceededException(this.id, this.stock, quantity);
		}
		this.stock += quantity;
		record(new StockAdjusted(this.id, quantity, "Released from order " + orderId, this.stock));
	}

	/** The events recorded since the last call, oldest first, each with its product version. */
	public List<RecordedEvent> releaseEvents() {
		List<RecordedEvent> released = List.copyOf(this.recordedEvents);
		this.recordedEvents.clear();
		return released;
	}

	public UUID id() {
		return this.id;
	}

	public Sku sku() {
		return new Sku(this.sku);
	}

	public String name() {
		return this.name;
	}

	public String description() {
		return this.description;
	}

	public Price price() {
		return new Price(this.price, this.currency);
	}

	public ProductDetails details() {
		return new ProductDetails(this.name, this.description, price());
	}

	public int stock() {
		return this.stock;
	}

	public ProductStatus status() {
		return this.status;
	}

	public long version() {
		return this.version;
	}

	private static void requirePositive(int quantity) {
		if (quantity < 1) {
			throw new IllegalArgumentException("A reservation moves at least one unit: " + quantity);
		}
	}

	private void requireActive() {
		if (this.status != ProductStatus.ACTIVE) {
			throw new ProductDiscontinuedException(this.id);
		}
	}

	private void apply(ProductDetails details) {
		this.name = details.name();
		this.description = details.description();
		this.price = details.price().amount();
		this.currency = details.price().currency();
	}

	private void record(ProductEvent event) {
		this.version++;
		this.recordedEvents.add(new RecordedEvent(this.version, event));
	}

	@Override
	public String toString() {
		return "Product[id=" + this.id + ", sku=" + this.sku + ", version=" + this.version + "]";
	}

}
