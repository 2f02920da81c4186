package dev.cloudshop.review.product.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.cloudshop.review.product.KnownProduct;
import dev.cloudshop.review.product.ProductStatus;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The known_product table (V1__create_known_product.sql). */
@Repository
public class KnownProductRepository {

	private static final RowMapper<KnownProduct> KNOWN_PRODUCT = (row, number) -> new KnownProduct(
			row.getObject("product_id", UUID.class), ProductStatus.valueOf(row.getString("status")),
			row.getLong("last_version"));

	private final JdbcClient jdbc;

	KnownProductRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<KnownProduct> findById(UUID productId) {
		return this.jdbc.sql("select product_id, status, last_version from known_product where product_id = ?")
			.param(productId)
			.query(KNOWN_PRODUCT)
			.optional();
	}

	/** The product, its row locked until the transaction ends. */
	public Optional<KnownProduct> findByIdForUpdate(UUID productId) {
		return this.jdbc
			.sql("select product_id, status, last_version from known_product where product_id = ? for update")
			.param(productId)
			.query(KNOWN_PRODUCT)
			.optional();
	}

	/**
	 * Stores a product seen for the first time.
	 * @return false when a row for it exists already (nothing is changed then)
	 */
	public boolean insertIfAbsent(KnownProduct product, Instant now) {
		return this.jdbc.sql("""
				insert into known_product (product_id, status, last_version, updated_at) values (?, ?, ?, ?)
				on conflict (product_id) do nothing""")
			.params(product.productId(), product.status().name(), product.lastVersion(), Timestamp.from(now))
			.update() == 1;
	}

	public void update(KnownProduct product, Instant now) {
		this.jdbc.sql("update known_product set status = ?, last_version = ?, updated_at = ? where product_id = ?")
			.params(product.status().name(), product.lastVersion(), Timestamp.from(now), product.productId())
			.update();
	}

}
