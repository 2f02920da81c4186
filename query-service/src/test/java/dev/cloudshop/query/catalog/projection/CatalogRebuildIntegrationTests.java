package dev.cloudshop.query.catalog.projection;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.cloudshop.query.CatalogApi.Response;
import dev.cloudshop.query.Events;
import dev.cloudshop.query.Events.Event;
import dev.cloudshop.query.QueryServiceIntegrationTest;
import dev.cloudshop.query.catalog.ProductEvents;
import dev.cloudshop.support.cloudevents.CloudEventHeaders;
import dev.cloudshop.testsupport.TestTokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.cloudshop.query.CatalogApi.REBUILDS;
import static dev.cloudshop.query.catalog.ProductEvents.aProduct;
import static dev.cloudshop.query.catalog.ProductEvents.uniqueWord;
import static dev.cloudshop.query.catalog.ReviewEvents.aReviewOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** POST/GET /api/v1/catalog/rebuilds, and the catalog while it is rebuilt. */
class CatalogRebuildIntegrationTests extends QueryServiceIntegrationTest {

	private static final int PRODUCTS = 300;

	@Autowired
	private JdbcClient database;

	@Autowired
	private CatalogRebuilds rebuilds;

	@Test
	void rebuildsTheCatalogWhileQueriesKeepSeeingAllOfIt() throws InterruptedException {
		String tag = uniqueWord();
		List<ProductEvents> products = new ArrayList<>();
		List<Event> created = new ArrayList<>();
		Instant first = ProductEvents.now().minusSeconds(PRODUCTS);
		for (int i = 0; i < PRODUCTS; i++) {
			ProductEvents product = aProduct().withName("Rebuilt " + tag + " " + i).withPrice((i + 1) + ".50");
			products.add(product);
			created.add(product.created(first.plusSeconds(i)));
		}
		Events.publishAll(created);
		Events.publish(aReviewOf(products.get(0).id()).rated(5).posted(), aReviewOf(products.get(0).id()).rated(2).posted(),
				aProduct().created().withValue("{poison").withHeader(CloudEventHeaders.ID, UUID.randomUUID().toString()));
		await().atMost(Duration.ofSeconds(120)).until(() -> search(tag).totalElements() == PRODUCTS
				&& api.product(products.get(0).id()).body().get("reviewCount").asInt() == 2);
		Map<String, JsonNode> before = catalog(tag);
		long generationBefore = activeGeneration();

		AtomicBoolean reading = new AtomicBoolean(true);
		AtomicInteger reads = new AtomicInteger();
		List<String> anomalies = Collections.synchronizedList(new ArrayList<>());
		ExecutorService readers = Executors.newFixedThreadPool(2);
		for (int i = 0; i < 2; i++) {
			readers.submit(() -> {
				while (reading.get()) {
					Response page = search(tag);
					if (page.status() != 200 || page.totalElements() != PRODUCTS || page.content().size() != 1) {
						anomalies.add("listing: " + page.status() + " " + page.body());
					}
					Response product = api.product(products.get(0).id());
					if (product.status() != 200 || product.body().get("reviewCount").asInt() != 2) {
						anomalies.add("product: " + product.status() + " " + product.body());
					}
					reads.incrementAndGet();
				}
			});
		}

		Response started = api.post(REBUILDS);
		Response second = api.post(REBUILDS);
		Event changedDuringRebuild = products.get(1).priceChanged("1.23").publish();

		assertThat(started.status()).isEqualTo(202);
		String location = URI.create(started.header(HttpHeaders.LOCATION)).getPath();
		assertThat(location).isEqualTo(REBUILDS + "/" + started.text("id"));
		assertThat(started.text("state")).isEqualTo("RUNNING");
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.problemType()).isEqualTo("rebuild-running");
		await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(200))
			.until(() -> !api.get(location).text("state").equals("RUNNING"));
		reading.set(false);
		readers.shutdown();
		assertThat(readers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

		Response finished = api.get(location);
		assertThat(finished.text("state")).as("%s", finished.body()).isEqualTo("COMPLETED");
		assertThat(finished.body().get("generation").asLong()).isGreaterThan(generationBefore)
			.isEqualTo(activeGeneration());
		assertThat(finished.body().get("percent").asDouble()).isEqualTo(100.0);
		assertThat(finished.body().get("recordsApplied").asLong()).isGreaterThanOrEqualTo(PRODUCTS);
		assertThat(finished.body().get("recordsSkipped").asLong()).isPositive();
		assertThat(finished.body().get("partitions")).isNotEmpty().allSatisfy((partition) -> assertThat(
				partition.get("position").asLong()).isGreaterThanOrEqualTo(partition.get("endOffset").asLong()));
		assertThat(reads.get()).isPositive();
		assertThat(anomalies).isEmpty();

		Response changed = api.awaitProduct(products.get(1).id(), 2);
		assertThat(changed.body().get("price").decimalValue()).isEqualByComparingTo("1.23");
		assertThat(Instant.parse(changed.body().get("freshness").get("lastEventAt").asString()))
			.isEqualTo(changedDuringRebuild.time());
		Map<String, JsonNode> after = catalog(tag);
		after.remove(products.get(1).id());
		before.remove(products.get(1).id());
		assertThat(after).isEqualTo(before);
		assertThat(rowsOf(generationBefore)).isZero();
	}

	@Test
	void cleansUpARebuildWhoseReplicaDied() {
		long generation = this.database.sql("""
				insert into catalog_generation (generation, state)
				select max(generation) + 1, 'BUILDING' from catalog_generation returning generation""")
			.query(Long.class)
			.single();
		UUID interrupted = UUID.randomUUID();
		this.database.sql("""
				insert into catalog_rebuild (rebuild_id, generation, state, started_at)
				values (:id, :generation, 'RUNNING', now())""")
			.param("id", interrupted)
			.param("generation", generation)
			.update();
		ProductEvents product = aProduct();
		product.created().publish();
		await().atMost(Duration.ofSeconds(30)).until(() -> rowsOf(generation) > 0);

		this.rebuilds.recoverAfterStart();

		assertThat(this.database.sql("select state from catalog_generation where generation = :generation")
			.param("generation", generation)
			.query(String.class)
			.single()).isEqualTo("ABANDONED");
		assertThat(rowsOf(generation)).isZero();
		Response rebuild = api.get(REBUILDS + "/" + interrupted);
		assertThat(rebuild.text("state")).isEqualTo("FAILED");
		assertThat(rebuild.text("failureReason")).contains("interrupted");
		assertThat(rebuild.body().get("finishedAt").isNull()).isFalse();
		assertThat(api.awaitProduct(product.id(), 1).status()).isEqualTo(200);
	}

	@Nested
	class Reading {

		@Test
		void listsTheLatestRebuildsFirst() {
			insertFinished(Instant.parse("2026-01-01T10:00:00Z"));
			UUID latest = insertFinished(Instant.now().plusSeconds(3600));

			Response page = api.get(REBUILDS + "?size=1");

			assertThat(page.status()).isEqualTo(200);
			assertThat(page.content()).hasSize(1);
			JsonNode rebuild = page.content().get(0);
			assertThat(rebuild.get("id").asString()).isEqualTo(latest.toString());
			assertThat(rebuild.propertyNames()).containsExactlyInAnyOrder("id", "state", "generation", "startedAt",
					"finishedAt", "recordsApplied", "recordsSkipped", "percent", "failureReason", "partitions");
			assertThat(page.totalElements()).isGreaterThanOrEqualTo(2);
		}

		@Test
		void answers404ForAnUnknownRebuild() {
			Response response = api.get(REBUILDS + "/" + UUID.randomUUID());

			assertThat(response.status()).isEqualTo(404);
			assertThat(response.problemType()).isEqualTo("rebuild-not-found");
		}

		@Test
		void rejectsAnIdThatIsNotAUuid() {
			Response response = api.get(REBUILDS + "/latest");

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.errorFields()).containsExactly("id");
		}

		@Test
		void rejectsABadPageSize() {
			Response response = api.get(REBUILDS + "?size=500");

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.errorFields()).containsExactly("size");
		}

		private UUID insertFinished(Instant startedAt) {
			UUID id = UUID.randomUUID();
			database.sql("""
					insert into catalog_rebuild (rebuild_id, generation, state, started_at, finished_at, failure_reason)
					values (:id, 1, 'FAILED', :startedAt, :startedAt, 'made up by a test')""")
				.param("id", id)
				.param("startedAt", Timestamp.from(startedAt))
				.update();
			return id;
		}

	}

	@Nested
	class Security {

		@Test
		void refusesARebuildWithoutAToken() {
			Response response = api.anonymous().post(REBUILDS);

			assertThat(response.status()).isEqualTo(401);
			assertThat(response.problemType()).isEqualTo("unauthorized");
		}

		@Test
		void refusesARebuildToACustomer() {
			Response response = api.withToken(TestTokens.customer()).post(REBUILDS);

			assertThat(response.status()).isEqualTo(403);
			assertThat(response.problemType()).isEqualTo("forbidden");
		}

		@Test
		void showsRebuildsOnlyToAnAdministrator() {
			assertThat(api.anonymous().get(REBUILDS).status()).isEqualTo(401);
			assertThat(api.withToken(TestTokens.customer()).get(REBUILDS).status()).isEqualTo(403);
			assertThat(api.withToken(TestTokens.customer()).get(REBUILDS + "/" + UUID.randomUUID()).status())
				.isEqualTo(403);
			assertThat(api.get(REBUILDS).status()).isEqualTo(200);
		}

		@Test
		void refusesAForgedAdminToken() {
			assertThat(api.withToken(TestTokens.forged()).post(REBUILDS).status()).isEqualTo(401);
		}

		@Test
		void letsAnyoneReadTheCatalogAndItsDescription() {
			assertThat(api.anonymous().get("/api/v1/catalog/products").status()).isEqualTo(200);
			assertThat(api.anonymous().get("/v3/api-docs").status()).isEqualTo(200);
		}

	}

	private Response search(String tag) {
		return api.search("q=" + tag + "&size=1");
	}

	/** Every product of the tag, without the time each was applied (a rebuild applies it again). */
	private Map<String, JsonNode> catalog(String tag) {
		Map<String, JsonNode> products = new LinkedHashMap<>();
		for (int page = 0; page * 100 < PRODUCTS; page++) {
			for (JsonNode product : api.search("q=" + tag + "&sort=newest&size=100&page=" + page).content()) {
				ObjectNode copy = (ObjectNode) product.deepCopy();
				((ObjectNode) copy.get("freshness")).remove("appliedAt");
				products.put(product.get("id").asString(), copy);
			}
		}
		return products;
	}

	private long activeGeneration() {
		return this.database.sql("select generation from catalog_generation where state = 'ACTIVE'")
			.query(Long.class)
			.single();
	}

	private long rowsOf(long generation) {
		return this.database.sql("select count(*) from catalog_product where generation = :generation")
			.param("generation", generation)
			.query(Long.class)
			.single();
	}

}
