package dev.cloudshop.product.catalog;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test fixture for products: {@code aProduct().withStock(3).discontinued().build()}. Defaults
 * are valid and the SKU is unique, so tests sharing a database never collide. {@link #build()}
 * gives a stored-looking product whose creation event is already released.
 */
public final class ProductBuilder {

	private UUID id = UUID.randomUUID();

	private String sku = randomSku();

	private String name = "T-shirt, red, M";

	private String description = "Organic cotton";

	private BigDecimal price = new BigDecimal("19.99");

	private String currency = "EUR";

	private int stock = 10;

	private boolean discontinued;

	private ProductBuilder() {
	}

	public static ProductBuilder aProduct() {
		return new ProductBuilder();
	}

	public static String randomSku() {
		return "TEST-" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36).toUpperCase(Locale.ROOT);
	}

	public ProductBuilder withId(UUID id) {
		this.id = id;
		return this;
	}

	public ProductBuilder withSku(String sku) {
		this.sku = sku;
		return this;
	}

	public ProductBuilder withName(String name) {
		this.name = name;
		return this;
	}

	public ProductBuilder withDescription(String description) {
		this.description = description;
		return this;
	}

	public ProductBuilder withPrice(String amount, String currency) {
		this.price = new BigDecimal(amount);
		this.currency = currency;
		return this;
	}

	public ProductBuilder withStock(int stock) {
		this.stock = stock;
		return this;
	}

	public ProductBuilder discontinued() {
		this.discontinued = true;
		return this;
	}

	public ProductDetails details() {
		return new ProductDetails(this.name, this.description, Price.of(this.price, this.currency));
	}

	/** The product as created and stored: its recorded events are already released. */
	public Product build() {
		Product product = Product.create(this.id, new Sku(this.sku), details(), this.stock);
		if (this.discontinued) {
			product.discontinue();
		}
		product.releaseEvents();
		return product;
	}

	/** The body of {@code POST /api/v1/products} creating this product. */
	public Map<String, Object> asNewProductRequest() {
		return Map.of("sku", this.sku, "name", this.name, "description", this.description, "price", this.price,
				"currency", this.currency, "stock", this.stock);
	}

	public String sku() {
		return this.sku;
	}

}
