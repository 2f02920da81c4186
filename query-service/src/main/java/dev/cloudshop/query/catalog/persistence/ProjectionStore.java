package dev.cloudshop.query.catalog.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.cloudshop.query.catalog.ProductCreated;
import dev.cloudshop.query.catalog.ProductDiscontinued;
import dev.cloudshop.query.catalog.ProductPriceChanged;
import dev.cloudshop.query.catalog.ProductUpdated;
import dev.cloudshop.query.catalog.ReviewEdited;
import dev.cloudshop.query.catalog.ReviewPosted;
import dev.cloudshop.query.catalog.ReviewRemoved;
import dev.cloudshop.query.catalog.StockAdjusted;
import dev.cloudshop.query.projection.Envelope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The writes of the catalog projection, each into one generation. Every method runs in the
 * caller's transaction; the caller holds the aggregate's lock ({@link #lockAggregate}) and has
 * checked the version order. A row change records the event's version, the newest event time
 * it reflects ({@code last_event_at}, never moving back, so it does not depend on the order
 * the two topics are read in) and when it was applied.
 */
@Component
public class ProjectionStore {

	private final JdbcClient jdbc;

	ProjectionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The generations live events go to (the active one and one being built), locked against a
	 * swap or abandonment until the transaction ends.
	 */
	public List<Long> lockLiveGenerations() {
		return this.jdbc.sql("""
				select generation from catalog_generation
				where state in ('ACTIVE', 'BUILDING') order by generation for share""")
			.query(Long.class)
			.list();
	}

	/** Locks the generation as {@link #lockLiveGenerations} does, if it is still being built. */
	public boolean lockBuildingGeneration(long generation) {
		return this.jdbc.sql("""
				select generation from catalog_generation
				where generation = :generation and state = 'BUILDING' for share""")
			.param("generation", generation)
			.query(Long.class)
			.optional()
			.isPresent();
	}

	/** Serialises every transaction that applies events of the aggregate to the generation. */
	public void lockAggregate(long generation, String aggregateType, String aggregateId) {
		this.jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) locked")
			.param("key", "catalog:" + generation + ":" + aggregateType + ":" + aggregateId)
			.query(Integer.class)
			.single();
	}

	/** The aggregate's version in the generation; 0 before its first event. */
	public long version(long generation, String aggregateType, String aggregateId) {
		return this.jdbc.sql("""
				select version from catalog_aggregate
				where generation = :generation and aggregate_type = :type and aggregate_id = :id""")
			.param("generation", generation)
			.param("type", aggregateType)
			.param("id", aggregateId)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	public void recordVersion(long generation, String aggregateType, String aggregateId, long version) {
		this.jdbc.sql("""
				insert into catalog_aggregate (generation, aggregate_type, aggregate_id, version)
				values (:generation, :type, :id, :version)
				on conflict (generation, aggregate_type, aggregate_id) do update set version = excluded.version""")
			.param("generation", generation)
			.param("type", aggregateType)
			.param("id", aggregateId)
			.param("version", version)
			.update();
	}

	public void park(long generation, Envelope event) {
		this.jdbc.sql("""
				insert into catalog_parked_event
				    (generation, aggregate_type, aggregate_id, version, event_id, type, payload, event_time)
				values (:generation, :aggregateType, :aggregateId, :version, :eventId, :type, :payload, :time)
				on conflict do nothing""")
			.param("generation", generation)
			.param("aggregateType", event.aggregateType())
			.param("aggregateId", event.aggregateId())
			.param("version", event.version())
			.param("eventId", event.eventId())
			.param("type", event.type())
			.param("payload", event.payload())
			.param("time", timestamp(event.time()))
			.update();
	}

	/** The aggregate's parked events, in version order. */
	public List<Envelope> parked(long generation, String aggregateType, String aggregateId) {
		return this.jdbc.sql("""
				select event_id, aggregate_type, aggregate_id, version, type, event_time, payload
				from catalog_parked_event
				where generation = :generation and aggregate_type = :type and aggregate_id = :id
				order by version""")
			.param("generation", generation)
			.param("type", aggregateType)
			.param("id", aggregateId)
			.query((row, number) -> new Envelope(row.getString("event_id"), row.getString("aggregate_type"),
					row.getString("aggregate_id"), row.getLong("version"), row.getString("type"),
					row.getTimestamp("event_time").toInstant(), row.getString("payload")))
			.list();
	}

	public void unpark(long generation, Envelope event) {
		this.jdbc.sql("""
				delete from catalog_parked_event
				where generation = :generation and aggregate_type = :type and aggregate_id = :id and version = :version""")
			.param("generation", generation)
			.param("type", event.aggregateType())
			.param("id", event.aggregateId())
			.param("version", event.version())
			.update();
	}

	/** Stores the product (again, should its creation come twice under different versions). */
	public void createProduct(long generation, ProductCreated created, Envelope event, Instant appliedAt) {
		this.jdbc.sql("""
				insert into catalog_product (generation, product_id, sku, name, description, price, currency, stock,
				    status, version, created_at, last_event_at, applied_at)
				values (:generation, :id, :sku, :name, :description, :price, :currency, :stock,
				    'ACTIVE', :version, :time, :time, :appliedAt)
				on conflict (generation, product_id) do update set sku = excluded.sku, name = excluded.name,
				    description = excluded.description, price = excluded.price, currency = excluded.currency,
				    stock = excluded.stock, version = excluded.version,
				    last_event_at = greatest(catalog_product.last_event_at, excluded.last_event_at),
				    applied_at = excluded.applied_at""")
			.param("generation", generation)
			.param("id", created.productId())
			.param("sku", created.sku())
			.param("name", created.name())
			.param("description", created.description())
			.param("price", created.price())
			.param("currency", created.currency())
			.param("stock", created.stock())
			.param("version", event.version())
			.param("time", timestamp(event.time()))
			.param("appliedAt", timestamp(appliedAt))
			.update();
		recomputeRating(generation, created.productId(), event.time(), appliedAt);
	}

	/** @return whether the product is there to change */
	public boolean reviseProduct(long generation, ProductUpdated updated, Envelope event, Instant appliedAt) {
		return changeProduct(generation, updated.productId(), event, appliedAt, Map.of("name", updated.name(),
				"description", updated.description(), "price", updated.price(), "currency", updated.currency()));
	}

	/** @return whether the product is there to change */
	public boolean changePrice(long generation, ProductPriceChanged changed, Envelope event, Instant appliedAt) {
		return changeProduct(generation, changed.productId(), event, appliedAt,
				Map.of("price", changed.price(), "currency", changed.currency()));
	}

	/** @return whether the product is there to change */
	public boolean discontinue(long generation, ProductDiscontinued discontinued, Envelope event, Instant appliedAt) {
		return changeProduct(generation, discontinued.productId(), event, appliedAt, Map.of("status", "DISCONTINUED"));
	}

	/** @return whether the product is there to change */
	public boolean adjustStock(long generation, StockAdjusted adjusted, Envelope event, Instant appliedAt) {
		return changeProduct(generation, adjusted.productId(), event, appliedAt, Map.of("stock", adjusted.stock()));
	}

	/** Records the version of an event the catalog does not read on the product's row, if there is one. */
	public void advanceProduct(long generation, UUID productId, Envelope event, Instant appliedAt) {
		changeProduct(generation, productId, event, appliedAt, Map.of());
	}

	/** @param columns new values by column name (the parameter takes the column's name) */
	private boolean changeProduct(long generation, UUID productId, Envelope event, Instant appliedAt,
			Map<String, Object> columns) {
		return this.jdbc.sql("update catalog_product set " + assignments(columns) + """
				version = :version, last_event_at = greatest(last_event_at, :time), applied_at = :appliedAt
				where generation = :generation and product_id = :id""")
			.params(columns)
			.param("version", event.version())
			.param("time", timestamp(event.time()))
			.param("appliedAt", timestamp(appliedAt))
			.param("generation", generation)
			.param("id", productId)
			.update() == 1;
	}

	public void postReview(long generation, ReviewPosted posted, Envelope event, Instant appliedAt) {
		this.jdbc.sql("""
				insert into catalog_review (generation, review_id, product_id, customer_id, rating, title, body, status,
				    version, posted_at, last_event_at)
				values (:generation, :id, :productId, :customerId, :rating, :title, :body, 'PUBLISHED',
				    :version, :postedAt, :time)
				on conflict (generation, review_id) do update set product_id = excluded.product_id,
				    customer_id = excluded.customer_id, rating = excluded.rating, title = excluded.title,
				    body = excluded.body, status = 'PUBLISHED', version = excluded.version,
				    posted_at = excluded.posted_at, last_event_at = excluded.last_event_at""")
			.param("generation", generation)
			.param("id", posted.reviewId())
			.param("productId", posted.productId())
			.param("customerId", posted.customerId())
			.param("rating", posted.rating())
			.param("title", text(posted.title()))
			.param("body", text(posted.body()))
			.param("version", event.version())
			.param("postedAt", timestamp(posted.postedAt()))
			.param("time", timestamp(event.time()))
			.update();
		recomputeRating(generation, posted.productId(), event.time(), appliedAt);
	}

	/** @return whether the review is there to change */
	public boolean editReview(long generation, ReviewEdited edited, Envelope event, Instant appliedAt) {
		Optional<UUID> product = changeReview(generation, edited.reviewId(), event,
				Map.of("rating", edited.rating(), "title", text(edited.title()), "body", text(edited.body())));
		product.ifPresent((productId) -> recomputeRating(generation, productId, event.time(), appliedAt));
		return product.isPresent();
	}

	/** @return whether the review is there to change */
	public boolean removeReview(long generation, ReviewRemoved removed, Envelope event, Instant appliedAt) {
		Optional<UUID> product = changeReview(generation, removed.reviewId(), event, Map.of("status", "REMOVED"));
		product.ifPresent((productId) -> recomputeRating(generation, productId, event.time(), appliedAt));
		return product.isPresent();
	}

	/** Records the version of an event the catalog does not read on the review's row, if there is one. */
	public void advanceReview(long generation, UUID reviewId, Envelope event) {
		changeReview(generation, reviewId, event, Map.of());
	}

	/**
	 * @param columns new values by column name (the parameter takes the column's name)
	 * @return the reviewed product, if the review is there
	 */
	private Optional<UUID> changeReview(long generation, UUID reviewId, Envelope event, Map<String, Object> columns) {
		return this.jdbc.sql("update catalog_review set " + assignments(columns) + """
				version = :version, last_event_at = :time
				where generation = :generation and review_id = :id
				returning product_id""")
			.params(columns)
			.param("version", event.version())
			.param("time", timestamp(event.time()))
			.param("generation", generation)
			.param("id", reviewId)
			.query(UUID.class)
			.optional();
	}

	private static String assignments(Map<String, Object> columns) {
		StringBuilder assignments = new StringBuilder();
		columns.keySet().forEach((column) -> assignments.append(column).append(" = :").append(column).append(", "));
		return assignments.toString();
	}

	/**
	 * Sets the product's rating from its published reviews, if the product is there. Its
	 * {@code last_event_at} becomes the newest event time of the product and all its reviews, so
	 * it is the same whatever order the topics were read in.
	 */
	private void recomputeRating(long generation, UUID productId, Instant eventTime, Instant appliedAt) {
		this.jdbc.sql("""
				update catalog_product p
				set rating_average = r.average, review_count = r.count,
				    last_event_at = greatest(p.last_event_at, :time, r.last_event_at), applied_at = :appliedAt
				from (select round(avg(rating) filter (where status = 'PUBLISHED'), 2) as average,
				             count(*) filter (where status = 'PUBLISHED') as count, max(last_event_at) as last_event_at
				      from catalog_review where generation = :generation and product_id = :id) r
				where p.generation = :generation and p.product_id = :id""")
			.param("generation", generation)
			.param("id", productId)
			.param("time", timestamp(eventTime))
			.param("appliedAt", timestamp(appliedAt))
			.update();
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

	static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
