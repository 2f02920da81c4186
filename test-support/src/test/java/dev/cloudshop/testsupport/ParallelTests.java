package dev.cloudshop.testsupport;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParallelTests {

	@Test
	void runsTheCallsAtOnceAndReturnsTheirResultsInOrder() throws Exception {
		CyclicBarrier together = new CyclicBarrier(8);

		assertThat(Parallel.run(8, (i) -> () -> {
			together.await(10, TimeUnit.SECONDS);
			return i;
		})).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
	}

}
