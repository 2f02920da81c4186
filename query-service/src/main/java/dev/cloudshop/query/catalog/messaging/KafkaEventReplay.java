package dev.cloudshop.query.catalog.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.cloudshop.query.catalog.IncomingEvent;
import dev.cloudshop.query.catalog.PartitionProgress;
import dev.cloudshop.query.catalog.projection.CatalogEventDecoder;
import dev.cloudshop.query.catalog.projection.EventReplay;
import dev.cloudshop.query.projection.MalformedEventException;
import dev.cloudshop.query.projection.messaging.EventRecords;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Replays the catalog's topics with a KafkaConsumer of its own: no consumer group (partitions
 * assigned, nothing committed, so the live listener's offsets are never touched), from the
 * beginning of every partition to the end it had when the replay opened.
 */
@Component
class KafkaEventReplay implements EventReplay {

	private static final Log logger = LogFactory.getLog(KafkaEventReplay.class);

	private final ConsumerFactory<?, ?> consumerFactory;

	private final CatalogEventDecoder decoder;

	KafkaEventReplay(ConsumerFactory<?, ?> consumerFactory, CatalogEventDecoder decoder) {
		this.consumerFactory = consumerFactory;
		this.decoder = decoder;
	}

	@Override
	public Replay open() {
		Map<String, Object> config = new HashMap<>(this.consumerFactory.getConfigurationProperties());
		config.remove(ConsumerConfig.GROUP_ID_CONFIG);
		config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
		config.put(ConsumerConfig.CLIENT_ID_CONFIG, "query-service-catalog-rebuild");
		KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer());
		try {
			return new KafkaReplay(consumer);
		}
		catch (RuntimeException ex) {
			consumer.close(Duration.ZERO);
			throw ex;
		}
	}

	private final class KafkaReplay implements Replay {

		private final KafkaConsumer<String, String> consumer;

		private final Map<TopicPartition, PartitionProgress> partitions = new HashMap<>();

		private long skipped;

		KafkaReplay(KafkaConsumer<String, String> consumer) {
			this.consumer = consumer;
			List<TopicPartition> assigned = new ArrayList<>();
			for (String topic : List.of(CatalogRecords.PRODUCT_EVENTS_TOPIC, CatalogRecords.REVIEW_EVENTS_TOPIC)) {
				for (PartitionInfo partition : consumer.partitionsFor(topic)) {
					assigned.add(new TopicPartition(topic, partition.partition()));
				}
			}
			consumer.assign(assigned);
			Map<TopicPartition, Long> ends = consumer.endOffsets(assigned);
			Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(assigned);
			consumer.seekToBeginning(assigned);
			for (TopicPartition partition : assigned) {
				long begin = beginnings.get(partition);
				this.partitions.put(partition, new PartitionProgress(partition.topic(), partition.partition(), begin,
						ends.get(partition), begin));
			}
			pauseFinished();
		}

		@Override
		public List<PartitionProgress> progress() {
			return List.copyOf(this.partitions.values());
		}

		@Override
		public boolean done() {
			return this.partitions.values().stream().allMatch(PartitionProgress::done);
		}

		@Override
		public List<IncomingEvent> poll(Duration timeout) {
			List<IncomingEvent> events = new ArrayList<>();
			for (ConsumerRecord<String, String> record : this.consumer.poll(timeout)) {
				TopicPartition partition = new TopicPartition(record.topic(), record.partition());
				PartitionProgress progress = this.partitions.get(partition);
				if (progress == null || record.offset() >= progress.endOffset()) {
					continue;
				}
				this.partitions.put(partition, progress.at(record.offset() + 1));
				try {
					events.add(CatalogRecords.read(record, KafkaEventReplay.this.decoder));
				}
				catch (MalformedEventException ex) {
					this.skipped++;
					logger.warn("Rebuild skips " + EventRecords.describe(record) + ": " + ex.getMessage());
				}
			}
			for (TopicPartition partition : this.consumer.assignment()) {
				PartitionProgress progress = this.partitions.get(partition);
				this.partitions.put(partition, progress.at(Math.max(progress.position(), this.consumer.position(partition))));
			}
			pauseFinished();
			return events;
		}

		/** A partition read to its end is not read further: what follows is the live listener's. */
		private void pauseFinished() {
			List<TopicPartition> finished = this.partitions.entrySet()
				.stream()
				.filter((entry) -> entry.getValue().done())
				.map(Map.Entry::getKey)
				.toList();
			this.consumer.pause(finished);
		}

		@Override
		public long skipped() {
			return this.skipped;
		}

		@Override
		public void close() {
			this.consumer.close(Duration.ofSeconds(1));
		}

	}

}
