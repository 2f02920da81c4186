package dev.cloudshop.review.product.messaging;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import dev.cloudshop.review.ReviewApi.Response;
import dev.cloudshop.review.ReviewServiceIntegrationTest;
import dev.cloudshop.review.product.KnownProduct;
import dev.cloudshop.review.product.ProductStatus;
import dev.cloudshop.support.cloudevents.CloudEventHeaders;
import dev.cloudshop.testsupport.SharedInfrastructure;
import dev.cloudshop.testsupport.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import static dev.cloudshop.review.ReviewApi.reviewsOf;
import static dev.cloudshop.review.product.messaging.ProductEventBuilder.aProductEvent;
import static dev.cloudshop.review.product.messaging.ProductEventsListener.PRODUCT_EVENTS_TOPIC;
import static dev.cloudshop.review.review.ReviewBuilder.aReview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The known-products projection fed by real records on product.events, sent the way
 * product-service's outbox sends them (key = product id, CloudEvents headers, JSON value).
 */
class KnownProductsIntegrationTests extends ReviewServiceIntegrationTest {

	private static final String DEAD_LETTER_TOPIC = "review-service.dlt";

	private static final DefaultKafkaProducerFactory<String, String> producers = new DefaultKafkaProducerFactory<>(
			Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers()),
			new StringSerializer(), new StringSerializer());

	private static final KafkaTemplate<String, String> kafka = new KafkaTemplate<>(producers);

	private final UUID productId = UUID.randomUUID();

	@AfterAll
	static void closeProducer() {
		producers.destroy();
	}

	@Test
	void makesACreatedProductReviewable() {
		publish(aProductEvent("ProductCreated.v1").of(this.productId));

		awaitKnown(KnownProduct::isReviewable);
		assertThat(api.post(reviewsOf(this.productId), aReview().asRequest()).status()).isEqualTo(201);
	}

	@Test
	void refusesReviewsOfADiscontinuedProduct() {
		publish(aProductEvent("ProductCreated.v1").of(this.productId).atVersion(1));
		publish(aProductEvent("StockAdjusted.v1").of(this.productId).atVersion(2));
		publish(aProductEvent("ProductDiscontinued.v1").of(this.productId).atVersion(3));

		awaitKnown((product) -> product.equals(new KnownProduct(this.productId, ProductStatus.DISCONTINUED, 3)));
		Response refused = api.post(reviewsOf(this.productId), aReview().asRequest());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.problemType()).isEqualTo("product-discontinued");
	}

	@Test
	void keepsAProductDiscontinuedWhenItsCreationArrivesLate() {
		publish(aProductEvent("ProductDiscontinued.v1").of(this.productId).atVersion(2));
		publish(aProductEvent("ProductCreated.v1").of(this.productId).atVersion(1));
		// A later event on the same partition: once it is applied, so are the two before it.
		publish(aProductEvent("cloudshop.product.ProductAudited.v1").of(this.productId).atVersion(3).withValue("{}"));

		awaitKnown((product) -> product.lastVersion() == 3);
		assertThat(known().status()).isEqualTo(ProductStatus.DISCONTINUED);
		assertThat(api.post(reviewsOf(this.productId), aReview().asRequest()).problemType())
			.isEqualTo("product-discontinued");
	}

	@Test
	void appliesARedeliveredEventOnce() {
		ProductEventBuilder created = aProductEvent("ProductCreated.v1").of(this.productId).atVersion(1);
		publish(created);
		publish(created);
		// Delivered again under the same ce_id, but carrying a discontinuation: only if the
		// redelivery were applied would the product end discontinued.
		publish(aProductEvent("ProductDiscontinued.v1").of(this.productId).atVersion(2).withEventId(created.eventId()));
		publish(aProductEvent("StockAdjusted.v1").of(this.productId).atVersion(3));

		awaitKnown((product) -> product.lastVersion() == 3);
		assertThat(known()).isEqualTo(new KnownProduct(this.productId, ProductStatus.ACTIVE, 3));
	}

	@Test
	void passesOverTheStockReservationsOnTheTopic() {
		UUID orderId = UUID.randomUUID();
		publish(aProductEvent("StockReserved.v1").ofAggregate("StockReservation").of(orderId).onPartition(0));
		// After it on the same partition: once this is applied, the reservation has been read.
		publish(aProductEvent("ProductCreated.v1").of(this.productId).onPartition(0));

		awaitKnown(KnownProduct::isReviewable);
		assertThat(this.knownProducts.find(orderId)).as("an order id is not a product").isEmpty();
		assertThat(api.post(reviewsOf(orderId), aReview().asRequest()).problemType()).isEqualTo("product-not-found");
	}

	@Test
	void parksAPoisonRecordOnTheDeadLetterTopicAndGoesOn() {
		RecordMetadata poison = publish(aProductEvent("ProductCreated.v1").of(this.productId).withValue("{not json"));
		RecordMetadata next = publish(aProductEvent("ProductCreated.v1").of(this.productId).atVersion(1));
		assertThat(next.partition()).as("same key, same partition").isEqualTo(poison.partition());

		awaitKnown(KnownProduct::isReviewable);
		ConsumerRecord<String, String> parked = TopicRecords
			.awaitRecords(DEAD_LETTER_TOPIC, this.productId.toString(), 1)
			.get(0);
		assertThat(parked.value()).isEqualTo("{not json");
		assertThat(CloudEventHeaders.type(parked.headers())).isEqualTo("cloudshop.product.ProductCreated.v1");
		assertThat(CloudEventHeaders.find(parked.headers(), "kafka_dlt-exception-message"))
			.hasValueSatisfying((reason) -> assertThat(reason).contains("not JSON of the expected shape"));
		assertThat(CloudEventHeaders.find(parked.headers(), "kafka_dlt-original-topic")).contains(PRODUCT_EVENTS_TOPIC);
		// Spring Kafka writes the original offset as an 8-byte long.
		assertThat(ByteBuffer.wrap(parked.headers().lastHeader("kafka_dlt-original-offset").value()).getLong())
			.isEqualTo(poison.offset());
	}

	@Test
	void parksARecordWithoutEventIdAndAppliesTheNext() {
		publish(aProductEvent("ProductDiscontinued.v1").of(this.productId).atVersion(2).without(CloudEventHeaders.ID));
		publish(aProductEvent("ProductCreated.v1").of(this.productId).atVersion(1));

		awaitKnown((product) -> product.lastVersion() == 1);
		assertThat(known().isReviewable()).as("the discontinuation was parked, not applied").isTrue();
		List<ConsumerRecord<String, String>> parked = TopicRecords.awaitRecords(DEAD_LETTER_TOPIC,
				this.productId.toString(), 1);
		assertThat(CloudEventHeaders.find(parked.get(0).headers(), "kafka_dlt-exception-message"))
			.hasValueSatisfying((reason) -> assertThat(reason).contains("no ce_id header"));
	}

	private RecordMetadata publish(ProductEventBuilder event) {
		return kafka.send(event.toProducerRecord(PRODUCT_EVENTS_TOPIC)).join().getRecordMetadata();
	}

	private void awaitKnown(Predicate<KnownProduct> condition) {
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.knownProducts.find(this.productId).filter(condition).isPresent());
	}

	private KnownProduct known() {
		Optional<KnownProduct> product = this.knownProducts.find(this.productId);
		assertThat(product).isPresent();
		return product.get();
	}

}
