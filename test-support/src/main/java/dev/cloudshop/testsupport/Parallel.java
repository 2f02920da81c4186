package dev.cloudshop.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Runs calls at once, from many threads, to show what concurrency does to a rule. */
public final class Parallel {

	private static final int THREADS = 16;

	private Parallel() {
	}

	/** Runs the calls at once (released together by a latch) and returns their results in order. */
	public static <T> List<T> run(int count, IntFunction<Callable<T>> call) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(THREADS);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				Callable<T> task = call.apply(i);
				futures.add(threads.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}

}
