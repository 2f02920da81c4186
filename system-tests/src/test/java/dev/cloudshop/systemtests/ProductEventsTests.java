package dev.cloudshop.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.cloudshop.stack.LocalStack;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What product-service publishes to Kafka, read by a consumer of our own from the stack's broker. */
@SystemTest
class ProductEventsTests {

    private static final String TOPIC = "product.events";

    @BeforeAll
    static void gatewayRoutesToProducts() {
        Catalog.awaitRoutedThroughGateway();
    }

    @Test
    void publishesEveryChangeOfAProductInOrderAsCloudEvents(LocalStack stack) {
        String sku = Catalog.uniqueSku("EVENTS");
        String productId = Catalog.create(sku).json().get("id").asString();
        Http.Response adjusted = Http.post(Catalog.url(productId) + "/stock-adjustments",
                Map.of("delta", 4, "reason", "Goods received"), Tokens.asAdmin());
        assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(200);

        List<ConsumerRecord<String, String>> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties(stack))) {
            consumer.subscribe(List.of(TOPIC));
            await("the product's events on " + TOPIC)
                    .atMost(Duration.ofSeconds(60))
                    .pollInSameThread()
                    .untilAsserted(() -> {
                        consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                            if (productId.equals(record.key())) {
                                events.add(record);
                            }
                        });
                        assertThat(events).extracting(record -> header(record, "ce_type"))
                                .containsExactly("cloudshop.product.ProductCreated.v1", "cloudshop.product.StockAdjusted.v1");
                    });
        }

        ConsumerRecord<String, String> created = events.get(0);
        assertThat(header(created, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(created, "ce_source")).isEqualTo("/cloudshop/product-service");
        assertThat(header(created, "ce_subject")).isEqualTo(productId);
        assertThat(header(created, "ce_id")).isNotBlank();
        assertThat(header(created, "content-type")).isEqualTo("application/json");
        assertThat(header(created, "traceparent")).as("trace context of the creating request").isNotBlank();
        JsonNode payload = Http.JSON.readTree(created.value());
        assertThat(payload.toString()).contains(sku);
        assertThat(header(events.get(1), "ce_id")).isNotEqualTo(header(created, "ce_id"));
    }

    private static Properties consumerProperties(LocalStack stack) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "system-tests-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        properties.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1000);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return properties;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
