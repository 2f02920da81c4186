package dev.cloudshop.support.inbox;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.cloudshop.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@SpringBootTest
@Import(TestInfrastructure.class)
class ProcessedEventsIntegrationTests {

	@Autowired
	private ProcessedEvents processedEvents;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcClient jdbc;

	private final String eventId = UUID.randomUUID().toString();

	@Test
	void reportsAnEventOnlyTheFirstTime() {
		assertThat(markInTransaction("catalog", this.eventId)).isTrue();
		assertThat(markInTransaction("catalog", this.eventId)).isFalse();
	}

	@Test
	void keepsConsumersApart() {
		assertThat(markInTransaction("catalog", this.eventId)).isTrue();
		assertThat(markInTransaction("known-products", this.eventId)).isTrue();
	}

	@Test
	void forgetsWhatARolledBackTransactionMarked() {
		this.transactions.executeWithoutResult((status) -> {
			assertThat(this.processedEvents.markProcessed("catalog", this.eventId)).isTrue();
			status.setRollbackOnly();
		});

		assertThat(markInTransaction("catalog", this.eventId)).isTrue();
	}

	@Test
	void needsTheTransactionOfTheEffect() {
		assertThatIllegalStateException().isThrownBy(() -> this.processedEvents.markProcessed("catalog", this.eventId))
			.withMessageContaining("transaction");
	}

	@Test
	void letsARacingRedeliveryWaitForTheFirstAndThenSkip() throws Exception {
		CountDownLatch firstMarked = new CountDownLatch(1);
		CountDownLatch releaseFirst = new CountDownLatch(1);
		CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> this.transactions.execute((status) -> {
			boolean marked = this.processedEvents.markProcessed("catalog", this.eventId);
			firstMarked.countDown();
			await(releaseFirst);
			return marked;
		}));
		await(firstMarked);
		CompletableFuture<Boolean> second = CompletableFuture
			.supplyAsync(() -> markInTransaction("catalog", this.eventId));

		assertThat(second).as("blocked behind the first, uncommitted delivery").isNotCompleted();
		releaseFirst.countDown();

		assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
		assertThat(second.get(10, TimeUnit.SECONDS)).isFalse();
	}

	@Test
	void forgetsAConsumerEntirely() {
		String consumer = "catalog-" + UUID.randomUUID();
		markInTransaction(consumer, this.eventId);
		markInTransaction(consumer, UUID.randomUUID().toString());

		this.processedEvents.forget(consumer);

		assertThat(this.jdbc.sql("select count(*) from processed_event where consumer = ?")
			.param(consumer)
			.query(Integer.class)
			.single()).isZero();
		assertThat(markInTransaction(consumer, this.eventId)).isTrue();
	}

	private boolean markInTransaction(String consumer, String eventId) {
		return this.transactions.execute((status) -> this.processedEvents.markProcessed(consumer, eventId));
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
