package dev.cloudshop.query.orders.application;

import java.util.List;
import java.util.UUID;

import dev.cloudshop.query.orders.OrderView;
import dev.cloudshop.query.orders.persistence.OrderViews;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers a customer's questions about their own orders. A page, its payments and its total are
 * read in one read-only repeatable-read transaction, so they agree.
 */
@Service
public class OrderReader {

	private final OrderViews views;

	private final TransactionTemplate snapshot;

	OrderReader(OrderViews views, PlatformTransactionManager transactionManager) {
		this.views = views;
		this.snapshot = new TransactionTemplate(transactionManager);
		this.snapshot.setReadOnly(true);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/** The customer's orders, newest first. */
	public Page<OrderView> orders(UUID customerId, Pageable pageable) {
		return this.snapshot.execute((transaction) -> {
			List<OrderView> orders = this.views.orders(customerId, pageable.getOffset(), pageable.getPageSize());
			return new PageImpl<>(orders, pageable, this.views.count(customerId));
		});
	}

	/** @throws OrderNotFoundException if the customer has no such order in the view */
	public OrderView order(UUID customerId, UUID orderId) {
		OrderView order = this.snapshot.execute((transaction) -> this.views.order(customerId, orderId).orElse(null));
		if (order == null) {
			throw new OrderNotFoundException(orderId);
		}
		return order;
	}

}
