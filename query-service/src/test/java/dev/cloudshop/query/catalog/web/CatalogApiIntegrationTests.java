package dev.cloudshop.query.catalog.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import dev.cloudshop.query.CatalogApi.Response;
import dev.cloudshop.query.Events;
import dev.cloudshop.query.Events.Event;
import dev.cloudshop.query.QueryServiceIntegrationTest;
import dev.cloudshop.query.catalog.ProductEvents;
import dev.cloudshop.query.catalog.ReviewEvents;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static dev.cloudshop.query.CatalogApi.PRODUCTS;
import static dev.cloudshop.query.catalog.ProductEvents.aProduct;
import static dev.cloudshop.query.catalog.ProductEvents.uniqueWord;
import static dev.cloudshop.query.catalog.ReviewEvents.aReviewOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** GET /api/v1/catalog/products and /api/v1/catalog/products/{id}. */
class CatalogApiIntegrationTests extends QueryServiceIntegrationTest {

	private static final String TOKEN = "Consistency-Token";

	private static final String STATUS = "Consistency-Status";

	/** Creates the products, each a second newer than the one before, and waits until the catalog shows them. */
	private List<ProductEvents> listed(ProductEvents... products) {
		Instant first = ProductEvents.now().minusSeconds(products.length);
		List<Event> created = new ArrayList<>();
		for (int i = 0; i < products.length; i++) {
			created.add(products[i].created(first.plusSeconds(i)));
		}
		Events.publishAll(created);
		for (ProductEvents product : products) {
			api.awaitProduct(product.id(), 1);
		}
		return List.of(products);
	}

	private static List<String> ids(Response page) {
		return page.content().stream().map((product) -> product.get("id").asString()).toList();
	}

	@Nested
	class Search {

		@Test
		void findsProductsByThePrefixesOfWordsInNameAndDescription() {
			String tag = uniqueWord();
			ProductEvents mug = aProduct().withName("Blue mug " + tag).withDescription("Stoneware");
			ProductEvents cup = aProduct().withName("Red cup " + tag).withDescription("A porcelain cup");
			ProductEvents plate = aProduct().withName("Green plate " + tag).withDescription("Goes with the mug");
			listed(mug, cup, plate);

			assertThat(ids(api.search("q=" + tag + " mu&sort=newest"))).containsExactly(plate.id(), mug.id());
			assertThat(ids(api.search("q=STONEWAR " + tag))).containsExactly(mug.id());
			assertThat(ids(api.search("q=" + tag + "&sort=newest"))).containsExactly(plate.id(), cup.id(), mug.id());
		}

		@Test
		void listsOnlyActiveProducts() {
			String tag = uniqueWord();
			ProductEvents active = aProduct().withName("Active " + tag);
			ProductEvents discontinued = aProduct().withName("Gone " + tag);
			listed(active, discontinued);
			discontinued.discontinued().publish();
			api.awaitProduct(discontinued.id(), 2);

			assertThat(ids(api.search("q=" + tag))).containsExactly(active.id());
			assertThat(api.product(discontinued.id()).text("status")).isEqualTo("DISCONTINUED");
		}

		@Test
		void filtersByPriceRangeInclusive() {
			String tag = uniqueWord();
			ProductEvents five = aProduct().withName(tag).withPrice("5.00");
			ProductEvents ten = aProduct().withName(tag).withPrice("10.00");
			ProductEvents fifteen = aProduct().withName(tag).withPrice("15.00");
			ProductEvents twenty = aProduct().withName(tag).withPrice("20.00");
			listed(five, ten, fifteen, twenty);

			assertThat(ids(api.search("q=" + tag + "&minPrice=10&maxPrice=15.00&sort=price,asc")))
				.containsExactly(ten.id(), fifteen.id());
			assertThat(ids(api.search("q=" + tag + "&minPrice=15&sort=price,asc")))
				.containsExactly(fifteen.id(), twenty.id());
			assertThat(ids(api.search("q=" + tag + "&maxPrice=5&sort=price,asc"))).containsExactly(five.id());
		}

		@Test
		void filtersProductsInStock() {
			String tag = uniqueWord();
			ProductEvents soldOut = aProduct().withName(tag).withStock(0);
			ProductEvents inStock = aProduct().withName(tag).withStock(3);
			listed(soldOut, inStock);

			assertThat(ids(api.search("q=" + tag + "&inStock=true"))).containsExactly(inStock.id());
			assertThat(ids(api.search("q=" + tag + "&inStock=false&sort=newest")))
				.containsExactly(inStock.id(), soldOut.id());
		}

		@Test
		void filtersByLowestRatingAndSortsBestRatedFirstUnratedLast() {
			String tag = uniqueWord();
			ProductEvents unrated = aProduct().withName(tag);
			ProductEvents poor = aProduct().withName(tag);
			ProductEvents good = aProduct().withName(tag);
			listed(unrated, poor, good);
			Events.publish(aReviewOf(poor.id()).rated(2).posted(), aReviewOf(good.id()).rated(5).posted(),
					aReviewOf(good.id()).rated(4).posted());
			await().atMost(Duration.ofSeconds(30))
				.until(() -> api.product(good.id()).body().get("reviewCount").asInt() == 2
						&& api.product(poor.id()).body().get("reviewCount").asInt() == 1);

			assertThat(ids(api.search("q=" + tag + "&minRating=3"))).containsExactly(good.id());
			assertThat(ids(api.search("q=" + tag + "&minRating=2&sort=rating,desc"))).containsExactly(good.id(),
					poor.id());
			assertThat(ids(api.search("q=" + tag + "&sort=rating,desc"))).containsExactly(good.id(), poor.id(),
					unrated.id());
			JsonNode rated = api.search("q=" + tag + "&sort=rating,desc").content().get(0);
			assertThat(rated.get("ratingAverage").decimalValue()).isEqualByComparingTo("4.50");
			assertThat(rated.get("reviewCount").asInt()).isEqualTo(2);
		}

		@Test
		void sortsByPrice() {
			String tag = uniqueWord();
			ProductEvents middle = aProduct().withName(tag).withPrice("12.00");
			ProductEvents cheap = aProduct().withName(tag).withPrice("3.50");
			ProductEvents dear = aProduct().withName(tag).withPrice("99.99");
			listed(middle, cheap, dear);

			assertThat(ids(api.search("q=" + tag + "&sort=price,asc"))).containsExactly(cheap.id(), middle.id(),
					dear.id());
			assertThat(ids(api.search("q=" + tag + "&sort=price,desc"))).containsExactly(dear.id(), middle.id(),
					cheap.id());
		}

		@Test
		void sortsNewestFirstWithoutSearchText() {
			String tag = uniqueWord();
			ProductEvents older = aProduct().withName(tag);
			ProductEvents newer = aProduct().withName(tag);
			listed(older, newer);

			Response everything = api.search("size=100");
			List<JsonNode> content = everything.content();
			for (int i = 1; i < content.size(); i++) {
				assertThat(Instant.parse(content.get(i - 1).get("createdAt").asString()))
					.isAfterOrEqualTo(Instant.parse(content.get(i).get("createdAt").asString()));
			}
			assertThat(ids(api.search("q=" + tag + "&sort=newest"))).containsExactly(newer.id(), older.id());
		}

		@Test
		void sortsByRelevanceWhenSearching() {
			String tag = uniqueWord();
			ProductEvents aside = aProduct().withName("Shade " + tag).withDescription("Fits a lamp");
			ProductEvents lamp = aProduct().withName("Lamp " + tag).withDescription("A lamp, with a lamp shade");
			listed(lamp, aside);

			assertThat(ids(api.search("q=" + tag + " lamp"))).containsExactly(lamp.id(), aside.id());
		}

		@Test
		void pagesThroughTheResults() {
			String tag = uniqueWord();
			ProductEvents[] products = new ProductEvents[5];
			for (int i = 0; i < products.length; i++) {
				products[i] = aProduct().withName(tag);
			}
			listed(products);

			Response first = api.search("q=" + tag + "&sort=newest&size=2");
			Response last = api.search("q=" + tag + "&sort=newest&size=2&page=2");
			Response beyond = api.search("q=" + tag + "&sort=newest&size=2&page=3");

			assertThat(ids(first)).containsExactly(products[4].id(), products[3].id());
			JsonNode page = first.body().get("page");
			assertThat(page.get("size").asInt()).isEqualTo(2);
			assertThat(page.get("number").asInt()).isZero();
			assertThat(page.get("totalElements").asInt()).isEqualTo(5);
			assertThat(page.get("totalPages").asInt()).isEqualTo(3);
			assertThat(ids(last)).containsExactly(products[0].id());
			assertThat(beyond.content()).isEmpty();
			assertThat(beyond.totalElements()).isEqualTo(5);
		}

		@Test
		void showsTheFreshnessOfEveryProductListed() {
			String tag = uniqueWord();
			ProductEvents product = aProduct().withName("Kettle " + tag).withPrice("40.00");
			listed(product);
			Event priceChanged = product.priceChanged("35.00").publish();
			api.awaitProduct(product.id(), 2);

			JsonNode listedProduct = api.search("q=" + tag).content().get(0);

			assertThat(listedProduct.propertyNames()).containsExactlyInAnyOrder("id", "sku", "name", "description",
					"price", "currency", "stock", "status", "ratingAverage", "reviewCount", "createdAt", "freshness");
			JsonNode freshness = listedProduct.get("freshness");
			assertThat(freshness.get("productVersion").asLong()).isEqualTo(2);
			assertThat(Instant.parse(freshness.get("lastEventAt").asString())).isEqualTo(priceChanged.time());
			assertThat(Instant.parse(freshness.get("appliedAt").asString())).isAfterOrEqualTo(priceChanged.time());
		}

		@Test
		void answersWithoutConsistencyHeaderWhenNoTokenWasSent() {
			Response page = api.search("size=1");

			assertThat(page.status()).isEqualTo(200);
			assertThat(page.header(STATUS)).isNull();
		}

	}

	@Nested
	class InvalidSearches {

		@ParameterizedTest(name = "{0}={1}")
		@CsvSource({ "q, '!!!'", "minPrice, cheap", "minPrice, -1", "maxPrice, 1e3", "inStock, yes", "minRating, 0",
				"minRating, 6", "sort, name", "sort, relevance", "page, -1", "page, first", "size, 0", "size, 101" })
		void rejectsABadParameterNamingIt(String field, String value) {
			Response response = api.search(field + "=" + value);

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.problemType()).isEqualTo("invalid-request");
			assertThat(response.errorFields()).containsExactly(field);
		}

		@Test
		void rejectsALowestPriceAboveTheHighest() {
			Response response = api.search("minPrice=20&maxPrice=10");

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.errorFields()).containsExactly("minPrice");
		}

		@Test
		void namesEveryBadParameterAtOnce() {
			Response response = api.search("minPrice=x&size=1000&sort=up");

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.errorFields()).containsExactly("minPrice", "size", "sort");
		}

	}

	@Nested
	class Product {

		@Test
		void answers404ForAnUnknownProduct() {
			Response response = api.product(UUID.randomUUID().toString());

			assertThat(response.status()).isEqualTo(404);
			assertThat(response.problemType()).isEqualTo("product-not-found");
		}

		@Test
		void rejectsAnIdThatIsNotAUuid() {
			Response response = api.product("not-a-uuid");

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.problemType()).isEqualTo("invalid-request");
			assertThat(response.errorFields()).containsExactly("id");
		}

	}

	@Nested
	class ReadYourWrites {

		@Test
		void waitsForAWriteNotYetAppliedAndAnswersCaughtUp() {
			ProductEvents product = aProduct().withPrice("50.00");
			listed(product);
			Event priceChanged = product.priceChanged("45.00");

			CompletableFuture<Response> read = CompletableFuture
				.supplyAsync(() -> api.product(product.id(), TOKEN, product.token()));
			await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> !read.isDone());
			priceChanged.publish();

			Response response = read.join();
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.header(STATUS)).isEqualTo("caught-up");
			assertThat(response.version()).isEqualTo(2);
			assertThat(response.body().get("price").decimalValue()).isEqualByComparingTo("45.00");
		}

		@Test
		void answersStaleWithTheCurrentViewWhenTheWaitRunsOut() {
			ProductEvents product = aProduct();
			listed(product);
			String tokenOfAWriteNeverSeen = "Product:" + product.id() + ":7";

			long started = System.nanoTime();
			Response response = api.product(product.id(), TOKEN, tokenOfAWriteNeverSeen);

			assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(1400));
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.header(STATUS)).isEqualTo("stale");
			assertThat(response.version()).isEqualTo(1);
		}

		@Test
		void answersNotFoundAndStaleForAProductThatNeverCame() {
			String neverCreated = UUID.randomUUID().toString();

			Response response = api.product(neverCreated, TOKEN, "Product:" + neverCreated + ":1");

			assertThat(response.status()).isEqualTo(404);
			assertThat(response.problemType()).isEqualTo("product-not-found");
			assertThat(response.header(STATUS)).isEqualTo("stale");
		}

		@Test
		void answersCaughtUpAtOnceForAWriteAlreadyApplied() {
			ProductEvents product = aProduct();
			listed(product);
			Events.publish(product.stockAdjusted(1), product.stockAdjusted(1));
			api.awaitProduct(product.id(), 3);

			Response response = api.product(product.id(), TOKEN, "Product:" + product.id() + ":2");

			assertThat(response.header(STATUS)).isEqualTo("caught-up");
			assertThat(response.version()).isEqualTo(3);
		}

		@Test
		void waitsForAReviewWrite() {
			ProductEvents product = aProduct();
			listed(product);
			ReviewEvents review = aReviewOf(product.id()).rated(5);
			Event posted = review.posted();

			CompletableFuture<Response> read = CompletableFuture
				.supplyAsync(() -> api.product(product.id(), TOKEN, review.token()));
			await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> !read.isDone());
			posted.publish();

			Response response = read.join();
			assertThat(response.header(STATUS)).isEqualTo("caught-up");
			assertThat(response.body().get("reviewCount").asInt()).isEqualTo(1);
			assertThat(response.body().get("latestReviews").get(0).get("reviewId").asString()).isEqualTo(review.id());
		}

		@Test
		void waitsInTheListingToo() {
			String tag = uniqueWord();
			ProductEvents product = aProduct().withName(tag);
			Event created = product.created();

			CompletableFuture<Response> read = CompletableFuture
				.supplyAsync(() -> api.search("q=" + tag, TOKEN, product.token()));
			await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> !read.isDone());
			created.publish();

			Response response = read.join();
			assertThat(response.header(STATUS)).isEqualTo("caught-up");
			assertThat(ids(response)).containsExactly(product.id());
		}

		@ParameterizedTest(name = "{0}")
		@CsvSource({ "not a token", "Product:abc", "Product:0b6f9a52-3c1e-4d8a-9f2e-7c5d1a4b8e90:0",
				"Order:0b6f9a52-3c1e-4d8a-9f2e-7c5d1a4b8e90:1", "Product:not-a-uuid:1" })
		void rejectsATokenItCannotWaitFor(String token) {
			Response product = api.product(UUID.randomUUID().toString(), TOKEN, token);
			Response search = api.search("size=1", TOKEN, token);

			for (Response response : List.of(product, search)) {
				assertThat(response.status()).isEqualTo(400);
				assertThat(response.problemType()).isEqualTo("invalid-consistency-token");
				assertThat(response.errorFields()).containsExactly(TOKEN);
			}
		}

	}

	@Test
	void refusesChangesToTheCatalogView() {
		assertThat(api.post(PRODUCTS).status()).isEqualTo(401);
	}

}
