package dev.cloudshop.query.catalog.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.cloudshop.query.catalog.CatalogSort;
import dev.cloudshop.query.catalog.Freshness;
import dev.cloudshop.query.catalog.ProductDetail;
import dev.cloudshop.query.catalog.ProductSearch;
import dev.cloudshop.query.catalog.ProductSummary;
import dev.cloudshop.query.catalog.ReviewSummary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static dev.cloudshop.query.catalog.persistence.RebuildLog.instant;

/**
 * The catalog's queries. Each statement picks the ACTIVE generation itself, so a rebuild's swap
 * takes effect between statements, never within one; callers that need several statements to
 * agree run them in one repeatable-read transaction.
 */
@Component
public class CatalogViews {

	private static final String ACTIVE = "(select generation from catalog_generation where state = 'ACTIVE')";

	private static final String PRODUCT_COLUMNS = """
			p.product_id, p.sku, p.name, p.description, p.price, p.currency, p.stock, p.status, p.rating_average,
			p.review_count, p.created_at, p.version, p.last_event_at, p.applied_at""";

	private final JdbcClient jdbc;

	CatalogViews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ProductSummary> search(ProductSearch search, long offset, int limit) {
		Filter filter = new Filter(search);
		return this.jdbc.sql("select " + PRODUCT_COLUMNS + " from catalog_product p where " + filter.where
				+ " order by " + orderBy(search.sort()) + " offset :offset limit :limit")
			.params(filter.parameters)
			.param("offset", offset)
			.param("limit", limit)
			.query(CatalogViews::summary)
			.list();
	}

	public long count(ProductSearch search) {
		Filter filter = new Filter(search);
		return this.jdbc.sql("select count(*) from catalog_product p where " + filter.where)
			.params(filter.parameters)
			.query(Long.class)
			.single();
	}

	/** The product, without its reviews. */
	public Optional<ProductDetail> product(UUID id) {
		return this.jdbc.sql("select " + PRODUCT_COLUMNS + " from catalog_product p where p.generation = " + ACTIVE
				+ " and p.product_id = :id")
			.param("id", id)
			.query((row, number) -> {
				ProductSummary summary = summary(row, number);
				return new ProductDetail(summary.id(), summary.sku(), summary.name(), summary.description(),
						summary.price(), summary.currency(), summary.stock(), summary.status(), summary.ratingAverage(),
						summary.reviewCount(), List.of(), summary.createdAt(), summary.freshness());
			})
			.optional();
	}

	/** The product's newest published reviews, newest first. */
	public List<ReviewSummary> latestReviews(UUID productId, int limit) {
		return this.jdbc.sql("""
				select review_id, rating, title, body, posted_at from catalog_review
				where generation = %s and product_id = :id and status = 'PUBLISHED'
				order by posted_at desc, review_id limit :limit""".formatted(ACTIVE))
			.param("id", productId)
			.param("limit", limit)
			.query((row, number) -> new ReviewSummary(row.getObject("review_id", UUID.class), row.getInt("rating"),
					row.getString("title"), row.getString("body"), instant(row.getTimestamp("posted_at"))))
			.list();
	}

	/** The version of the product the active catalog reflects; 0 when it has none of it. */
	public long productVersion(UUID id) {
		return version("catalog_product", "product_id", id);
	}

	/** The version of the review the active catalog reflects; 0 when it has none of it. */
	public long reviewVersion(UUID id) {
		return version("catalog_review", "review_id", id);
	}

	private long version(String table, String idColumn, UUID id) {
		return this.jdbc.sql("select version from " + table + " where generation = " + ACTIVE + " and " + idColumn
				+ " = :id")
			.param("id", id)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	private static String orderBy(CatalogSort sort) {
		return switch (sort) {
			case RELEVANCE -> "ts_rank(p.search, to_tsquery('english', :terms)) desc, p.product_id";
			case NEWEST -> "p.created_at desc, p.product_id";
			case PRICE_ASCENDING -> "p.price, p.product_id";
			case PRICE_DESCENDING -> "p.price desc, p.product_id";
			case RATING_DESCENDING -> "p.rating_average desc nulls last, p.review_count desc, p.product_id";
		};
	}

	private static ProductSummary summary(ResultSet row, int number) throws SQLException {
		return new ProductSummary(row.getObject("product_id", UUID.class), row.getString("sku"), row.getString("name"),
				row.getString("description"), row.getBigDecimal("price"), row.getString("currency"), row.getInt("stock"),
				row.getString("status"), row.getBigDecimal("rating_average"), row.getInt("review_count"),
				instant(row.getTimestamp("created_at")), new Freshness(row.getLong("version"),
						instant(row.getTimestamp("last_event_at")), instant(row.getTimestamp("applied_at"))));
	}

	/** The where clause of a search, built only from fixed fragments, and its parameters. */
	private static final class Filter {

		private final String where;

		private final Map<String, Object> parameters = new HashMap<>();

		Filter(ProductSearch search) {
			List<String> conditions = new ArrayList<>(List.of("p.generation = " + ACTIVE, "p.status = 'ACTIVE'"));
			if (search.terms() != null && !search.terms().isEmpty()) {
				conditions.add("p.search @@ to_tsquery('english', :terms)");
				this.parameters.put("terms", search.terms().toPrefixQuery());
			}
			add(conditions, "p.price >= :minPrice", "minPrice", search.minPrice());
			add(conditions, "p.price <= :maxPrice", "maxPrice", search.maxPrice());
			add(conditions, "p.rating_average >= :minRating", "minRating", search.minRating());
			if (search.inStockOnly()) {
				conditions.add("p.stock > 0");
			}
			this.where = String.join(" and ", conditions);
		}

		private void add(List<String> conditions, String condition, String name, BigDecimal value) {
			if (value != null) {
				conditions.add(condition);
				this.parameters.put(name, value);
			}
		}

	}

}
