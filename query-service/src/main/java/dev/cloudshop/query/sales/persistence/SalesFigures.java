package dev.cloudshop.query.sales.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.cloudshop.query.sales.Revenue;
import dev.cloudshop.query.sales.SalesFreshness;
import dev.cloudshop.query.sales.TopProduct;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static dev.cloudshop.query.sales.persistence.SalesStore.timestamp;

/**
 * The sales figures' queries, each over a window {@code (since, until]} of confirmation or
 * cancellation times. Callers that need several to agree run them in one repeatable-read
 * transaction.
 */
@Component
public class SalesFigures {

	private final JdbcClient jdbc;

	SalesFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long ordersConfirmed(Instant since, Instant until) {
		return count("select count(*) from sales_order where confirmed_at > :since and confirmed_at <= :until", since,
				until);
	}

	public long ordersCancelled(Instant since, Instant until) {
		return count("select count(*) from sales_order where cancelled_at > :since and cancelled_at <= :until", since,
				until);
	}

	/** The quantities of the lines of the orders confirmed in the window. */
	public long unitsSold(Instant since, Instant until) {
		return count("""
				select coalesce(sum(quantity), 0) from sales_line
				where confirmed_at > :since and confirmed_at <= :until""", since, until);
	}

	/** The totals of the orders confirmed in the window, per currency, by currency code. */
	public List<Revenue> revenue(Instant since, Instant until) {
		return this.jdbc.sql("""
				select currency, sum(total) as amount from sales_order
				where confirmed_at > :since and confirmed_at <= :until
				group by currency order by currency""")
			.param("since", timestamp(since))
			.param("until", timestamp(until))
			.query((row, number) -> new Revenue(row.getString("currency"), row.getBigDecimal("amount")))
			.list();
	}

	/** The products with the most units in orders confirmed in the window, ties by product id. */
	public List<TopProduct> topProducts(Instant since, Instant until, int limit) {
		return this.jdbc.sql("""
				select product_id, (array_agg(product_name order by confirmed_at desc, order_id))[1] as product_name,
				    sum(quantity) as units
				from sales_line where confirmed_at > :since and confirmed_at <= :until
				group by product_id order by units desc, product_id limit :limit""")
			.param("since", timestamp(since))
			.param("until", timestamp(until))
			.param("limit", limit)
			.query((row, number) -> new TopProduct(row.getObject("product_id", UUID.class),
					row.getString("product_name"), row.getLong("units")))
			.list();
	}

	public SalesFreshness freshness() {
		return this.jdbc.sql("select max(last_event_at) as last_event_at, max(applied_at) as applied_at from sales_order")
			.query((row, number) -> new SalesFreshness(instant(row.getTimestamp("last_event_at")),
					instant(row.getTimestamp("applied_at"))))
			.single();
	}

	private long count(String sql, Instant since, Instant until) {
		return this.jdbc.sql(sql)
			.param("since", timestamp(since))
			.param("until", timestamp(until))
			.query(Long.class)
			.single();
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
