package dev.cloudshop.query.sales.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import dev.cloudshop.query.sales.SalesStatistics;
import dev.cloudshop.query.sales.SalesWindows;
import dev.cloudshop.query.sales.TopProduct;
import dev.cloudshop.query.sales.WindowFigures;
import dev.cloudshop.query.sales.persistence.SalesFigures;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers the sales figures as of now (this service's {@link Clock}), every window read in one
 * read-only repeatable-read transaction so that they agree.
 */
@Service
public class SalesReader {

	private final SalesFigures figures;

	private final Clock clock;

	private final TransactionTemplate snapshot;

	SalesReader(SalesFigures figures, Clock clock, PlatformTransactionManager transactionManager) {
		this.figures = figures;
		this.clock = clock;
		this.snapshot = new TransactionTemplate(transactionManager);
		this.snapshot.setReadOnly(true);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/** @param top how many best-selling products, 1 to {@value SalesWindows#MAX_TOP} */
	public SalesStatistics statistics(int top) {
		if (top < 1 || top > SalesWindows.MAX_TOP) {
			throw new IllegalArgumentException("top must be from 1 to " + SalesWindows.MAX_TOP);
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		return this.snapshot.execute((transaction) -> {
			List<WindowFigures> windows = new ArrayList<>();
			for (Duration window : SalesWindows.WINDOWS) {
				Instant since = now.minus(window);
				windows.add(new WindowFigures(window.toMinutes(), since, this.figures.ordersConfirmed(since, now),
						this.figures.unitsSold(since, now), this.figures.revenue(since, now),
						this.figures.ordersCancelled(since, now)));
			}
			List<TopProduct> topProducts = this.figures.topProducts(now.minus(SalesWindows.TOP_PRODUCTS_WINDOW), now,
					top);
			return new SalesStatistics(now, windows, topProducts, this.figures.freshness());
		});
	}

}
