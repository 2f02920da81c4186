package dev.cloudshop.query.catalog.application;

import java.util.List;
import java.util.UUID;

import dev.cloudshop.query.catalog.ProductDetail;
import dev.cloudshop.query.catalog.ProductSearch;
import dev.cloudshop.query.catalog.ProductSummary;
import dev.cloudshop.query.catalog.ReviewSummary;
import dev.cloudshop.query.catalog.persistence.CatalogViews;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers catalog queries from the active generation. A query that takes several statements
 * (a page and its total, a product and its reviews) runs them in one read-only
 * repeatable-read transaction: they see one snapshot, so a rebuild's swap in between can never
 * mix two generations.
 */
@Service
public class CatalogReader {

	private final CatalogViews views;

	private final TransactionTemplate snapshot;

	CatalogReader(CatalogViews views, PlatformTransactionManager transactionManager) {
		this.views = views;
		this.snapshot = new TransactionTemplate(transactionManager);
		this.snapshot.setReadOnly(true);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	public Page<ProductSummary> search(ProductSearch search, Pageable pageable) {
		return this.snapshot.execute((transaction) -> {
			List<ProductSummary> products = this.views.search(search, pageable.getOffset(), pageable.getPageSize());
			return new PageImpl<>(products, pageable, this.views.count(search));
		});
	}

	/** @throws ProductNotFoundException if the catalog has no such product */
	public ProductDetail product(UUID id) {
		ProductDetail product = this.snapshot.execute((transaction) -> this.views.product(id).map((found) -> {
			List<ReviewSummary> reviews = this.views.latestReviews(id, ProductDetail.LATEST_REVIEWS);
			return new ProductDetail(found.id(), found.sku(), found.name(), found.description(), found.price(),
					found.currency(), found.stock(), found.status(), found.ratingAverage(), found.reviewCount(), reviews,
					found.createdAt(), found.freshness());
		}).orElse(null));
		if (product == null) {
			throw new ProductNotFoundException(id);
		}
		return product;
	}

}
