package dev.cloudshop.product.catalog.application;

import java.util.UUID;

import dev.cloudshop.product.catalog.DuplicateSkuException;
import dev.cloudshop.product.catalog.Product;
import dev.cloudshop.product.catalog.ProductDetails;
import dev.cloudshop.product.catalog.messaging.ProductEventOutbox;
import dev.cloudshop.product.catalog.persistence.ProductRepository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog's use cases. Each change runs in one transaction that locks the product's row,
 * applies the change, and appends the event it recorded to the outbox: the change and its
 * event are stored together or not at all.
 */
@Service
@Transactional
public class ProductService {

	private final ProductRepository products;

	private final ProductEventOutbox events;

	ProductService(ProductRepository products, ProductEventOutbox events) {
		this.products = products;
		this.events = events;
	}

	public Product create(NewProduct newProduct) {
		if (this.products.existsBySku(newProduct.sku().value())) {
			throw new DuplicateSkuException(newProduct.sku().value());
		}
		Product product = Product.create(UUID.randomUUID(), newProduct.sku(), newProduct.details(),
				newProduct.stock());
		this.products.insert(product);
		this.events.append(product);
		return product;
	}

	@Transactional(readOnly = true)
	public Product get(UUID id) {
		return this.products.findById(id).orElseThrow(() -> new ProductNotFoundException(id));
	}

	@Transactional(readOnly = true)
	public Page<Product> list(Pageable pageable) {
		return this.products.findAll(pageable);
	}

	/** Replaces the product's editable state if its current version is one the caller expects. */
	public Product revise(UUID id, ExpectedVersion expected, ProductDetails details) {
		Product product = lock(id);
		if (!expected.matches(product.version())) {
			throw new StaleProductVersionException(id, product.version());
		}
		product.revise(details);
		this.events.append(product);
		return product;
	}

	public Product discontinue(UUID id) {
		Product product = lock(id);
		product.discontinue();
		this.events.append(product);
		return product;
	}

	public Product adjustStock(UUID id, int delta, String reason) {
		Product product = lock(id);
		product.adjustStock(delta, reason);
		this.events.append(product);
		return product;
	}

	private Product lock(UUID id) {
		return this.products.findByIdForUpdate(id).orElseThrow(() -> new ProductNotFoundException(id));
	}

}
