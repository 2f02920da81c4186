package dev.cloudshop.order.idempotency;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import dev.cloudshop.order.OrderApi;
import dev.cloudshop.order.OrderApi.Response;
import dev.cloudshop.order.OrderServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import static dev.cloudshop.order.OrderApi.ORDERS;
import static dev.cloudshop.order.order.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Idempotency-Key} on {@code POST /api/v1/orders}: a retry gets the first answer and
 * places nothing; the key with another request is 422; racing copies place one order; keys are
 * per customer and forgotten after 24 hours.
 */
class IdempotencyKeyIntegrationTests extends OrderServiceIntegrationTest {

	private static final String KEY = "Idempotency-Key";

	private final UUID customerId = UUID.randomUUID();

	private final String key = UUID.randomUUID().toString();

	@Test
	void answersARetryWithTheFirstAnswerAndPlacesNothing() {
		Map<String, Object> order = anOrderOf("12.00");
		Response first = customer().post(ORDERS, order, KEY, this.key);
		assertThat(first.status()).isEqualTo(201);
		customer().cancel(first.id());

		Response retry = customer().post(ORDERS, order, KEY, this.key);

		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.body()).as("the first answer, not the order as it is now").isEqualTo(first.body());
		assertThat(retry.location()).isEqualTo(first.location());
		assertThat(retry.etag()).isEqualTo(first.etag());
		assertThat(retry.consistencyToken()).isEqualTo(first.consistencyToken());
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(first.header("Idempotent-Replayed")).isNull();
		assertThat(ordersOfTheCustomer()).isEqualTo(1);
	}

	@Test
	void answersARetryEvenWhileProductServiceIsDown() {
		Map<String, Object> order = anOrderOf("12.00");
		Response first = customer().post(ORDERS, order, KEY, this.key);
		productService.failsWith(503);

		Response retry = customer().post(ORDERS, order, KEY, this.key);

		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.id()).isEqualTo(first.id());
	}

	@Test
	void refusesTheKeyForADifferentRequest() {
		customer().place(anOrderOf("12.00"), KEY, this.key);

		Response refused = customer().post(ORDERS, anOrderOf("13.00"), KEY, this.key);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("idempotency-key-reused");
		assertThat(ordersOfTheCustomer()).isEqualTo(1);
	}

	@Test
	void placesOneOrderForRacingCopiesAndGivesEveryCopyItsAnswer() throws Exception {
		// Slow enough that every copy is priced before the first one stores its order: they all
		// meet at the key, and all but one wait there for the first.
		UUID product = productService.aSlowProduct("7.00", Duration.ofMillis(500));
		Map<String, Object> order = anOrder().withLine(product, 1, "7").asRequest();
		Callable<Response> copy = () -> customer().post(ORDERS, order, KEY, this.key);
		ExecutorService clients = Executors.newFixedThreadPool(4);
		try {
			List<Future<Response>> answers = clients.invokeAll(IntStream.range(0, 4).mapToObj((i) -> copy).toList());

			int replayed = 0;
			for (Future<Response> answer : answers) {
				assertThat(answer.get().status()).isEqualTo(201);
				assertThat(answer.get().location()).isEqualTo(answers.get(0).get().location());
				replayed += "true".equals(answer.get().header("Idempotent-Replayed")) ? 1 : 0;
			}
			assertThat(replayed).isEqualTo(3);
		}
		finally {
			clients.shutdownNow();
		}
		assertThat(productService.lookupsOf(product)).as("copies that got past the first check and met at the key")
			.isGreaterThan(1);
		assertThat(ordersOfTheCustomer()).isEqualTo(1);
	}

	@Test
	void keepsKeysPerCustomer() {
		Map<String, Object> order = anOrderOf("12.00");
		Response alices = api.post(ORDERS, order, KEY, this.key);

		Response theCustomers = customer().post(ORDERS, order, KEY, this.key);

		assertThat(theCustomers.status()).isEqualTo(201);
		assertThat(theCustomers.id()).isNotEqualTo(alices.id());
	}

	@Test
	void forgetsAKeyAfterADay() {
		customer().place(anOrderOf("12.00"), KEY, this.key);
		clock.advance(Duration.ofHours(24).plusSeconds(1));

		Response later = customer().post(ORDERS, anOrderOf("13.00"), KEY, this.key);

		assertThat(later.status()).isEqualTo(201);
		assertThat(later.header("Idempotent-Replayed")).isNull();
		assertThat(ordersOfTheCustomer()).isEqualTo(2);
	}

	@Test
	void remembersNothingOfARefusedRequest() {
		UUID unknown = UUID.randomUUID();
		Map<String, Object> order = anOrder().withLine(unknown, 1, "5").asRequest();
		assertThat(customer().post(ORDERS, order, KEY, this.key).status()).isEqualTo(422);
		productService.knows(unknown, "Now known", "5.00", "EUR", "ACTIVE");

		assertThat(customer().post(ORDERS, order, KEY, this.key).status()).isEqualTo(201);
	}

	private OrderApi customer() {
		return api.as(this.customerId);
	}

	private int ordersOfTheCustomer() {
		return customer().get(ORDERS).body().get("page").get("totalElements").asInt();
	}

}
