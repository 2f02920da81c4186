package dev.cloudshop.query.projection;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ChangeSignalTests {

	private final ChangeSignal changes = new ChangeSignal();

	@Nested
	class AwaitChangeAfter {

		@Test
		void wakesAWaiterAsSoonAsAChangeIsSignalled() {
			long seen = ChangeSignalTests.this.changes.count();
			CompletableFuture<Boolean> waiter = CompletableFuture
				.supplyAsync(() -> awaitChange(seen, Duration.ofSeconds(30)));
			await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(5)).until(() -> !waiter.isDone());

			ChangeSignalTests.this.changes.signal();

			assertThat(waiter).succeedsWithin(Duration.ofSeconds(5)).isEqualTo(true);
		}

		@Test
		void returnsAtOnceWhenAChangeCameAfterTheOneSeen() throws InterruptedException {
			long seen = ChangeSignalTests.this.changes.count();
			ChangeSignalTests.this.changes.signal();

			assertThat(ChangeSignalTests.this.changes.awaitChangeAfter(seen, Duration.ofSeconds(30))).isTrue();
		}

		@Test
		void givesUpAfterTheTimeout() throws InterruptedException {
			assertThat(ChangeSignalTests.this.changes.awaitChangeAfter(ChangeSignalTests.this.changes.count(),
					Duration.ofMillis(20)))
				.isFalse();
		}

	}

	@Nested
	class AwaitReflected {

		@Test
		void answersCaughtUpAtOnceWhenTheViewReflectsTheWrite() {
			assertThat(ChangeSignalTests.this.changes.awaitReflected(() -> true, Duration.ofSeconds(30),
					Duration.ofSeconds(30)))
				.isEqualTo(ConsistencyStatus.CAUGHT_UP);
		}

		@Test
		void answersCaughtUpWhenASignalledChangeReflectsTheWrite() {
			AtomicBoolean reflected = new AtomicBoolean();
			CompletableFuture<ConsistencyStatus> waiter = CompletableFuture.supplyAsync(() -> ChangeSignalTests.this.changes
				.awaitReflected(reflected::get, Duration.ofSeconds(30), Duration.ofSeconds(30)));
			await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(5)).until(() -> !waiter.isDone());

			reflected.set(true);
			ChangeSignalTests.this.changes.signal();

			assertThat(waiter).succeedsWithin(Duration.ofSeconds(5)).isEqualTo(ConsistencyStatus.CAUGHT_UP);
		}

		@Test
		void looksAgainAfterTheRecheckWithoutASignal() {
			AtomicBoolean reflected = new AtomicBoolean();
			CompletableFuture<ConsistencyStatus> waiter = CompletableFuture.supplyAsync(() -> ChangeSignalTests.this.changes
				.awaitReflected(reflected::get, Duration.ofSeconds(30), Duration.ofMillis(50)));
			await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(5)).until(() -> !waiter.isDone());

			reflected.set(true);

			assertThat(waiter).succeedsWithin(Duration.ofSeconds(5)).isEqualTo(ConsistencyStatus.CAUGHT_UP);
		}

		@Test
		void answersStaleWhenTheWaitRunsOut() {
			assertThat(ChangeSignalTests.this.changes.awaitReflected(() -> false, Duration.ofMillis(50),
					Duration.ofMillis(10)))
				.isEqualTo(ConsistencyStatus.STALE);
		}

	}

	private boolean awaitChange(long seen, Duration timeout) {
		try {
			return this.changes.awaitChangeAfter(seen, timeout);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
