package dev.cloudshop.order.order.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import dev.cloudshop.order.checkout.Checkout;
import dev.cloudshop.order.checkout.Item;
import dev.cloudshop.order.checkout.Quote;
import dev.cloudshop.order.idempotency.IdempotentRequest;
import dev.cloudshop.order.idempotency.application.IdempotentRequests;
import dev.cloudshop.order.idempotency.StoredAnswer;
import dev.cloudshop.order.order.Order;
import dev.cloudshop.order.order.OrderLine;
import dev.cloudshop.order.order.persistence.OrderRepository;
import dev.cloudshop.order.saga.application.SagaCoordinator;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A customer's orders: placing one, reading them, cancelling one. A customer reaches only their
 * own orders; another customer's order is "not found".
 */
@Service
public class OrderService {

	private final OrderRepository orders;

	private final Checkout checkout;

	private final IdempotentRequests idempotentRequests;

	private final SagaCoordinator saga;

	private final TransactionTemplate transactions;

	private final Clock clock;

	OrderService(OrderRepository orders, Checkout checkout, IdempotentRequests idempotentRequests,
			SagaCoordinator saga, PlatformTransactionManager transactionManager, Clock clock) {
		this.orders = orders;
		this.checkout = checkout;
		this.idempotentRequests = idempotentRequests;
		this.saga = saga;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** What placing answered: the first answer to the request, given now or again. */
	public record Placement(StoredAnswer answer, boolean replayed) {
	}

	/**
	 * Places an order for the items at their current prices. Pricing asks product-service and
	 * happens before the transaction; the order, its first events and commands, and (with a key)
	 * the idempotency key and its answer are then stored in one transaction.
	 * @param idempotency the request's {@code Idempotency-Key} and fingerprint; null without one
	 * @param answerFor the answer to give for the new order, which a retry with the key gets again
	 * @throws dev.cloudshop.order.idempotency.IdempotencyKeyReusedException when the key was used for
	 * a different request
	 * @throws dev.cloudshop.order.checkout.PricingUnavailableException and the other refusals of
	 * {@link Checkout#price}
	 */
	public Placement place(UUID customerId, List<Item> items, IdempotentRequest idempotency,
			Function<Order, StoredAnswer> answerFor) {
		if (idempotency != null) {
			Optional<StoredAnswer> earlier = this.idempotentRequests.earlierAnswer(idempotency);
			if (earlier.isPresent()) {
				return new Placement(earlier.get(), true);
			}
		}
		Quote quote = this.checkout.price(items);
		return this.transactions.execute((transaction) -> {
			if (idempotency != null) {
				Optional<StoredAnswer> first = this.idempotentRequests.claim(idempotency);
				if (first.isPresent()) {
					return new Placement(first.get(), true);
				}
			}
			Order order = Order.place(UUID.randomUUID(), customerId, linesOf(quote), quote.currency(),
					this.clock.instant());
			// The saga sets the order's first deadline before its row is stored; no one else can
			// see the new order before commit, so its first events may be appended before the insert.
			this.saga.begin(order);
			this.orders.insert(order);
			StoredAnswer answer = answerFor.apply(order);
			if (idempotency != null) {
				this.idempotentRequests.remember(idempotency, answer);
			}
			return new Placement(answer, false);
		});
	}

	@Transactional(readOnly = true)
	public Order get(UUID customerId, UUID orderId) {
		return this.orders.findByIdAndCustomerId(orderId, customerId)
			.orElseThrow(() -> new OrderNotFoundException(orderId));
	}

	@Transactional(readOnly = true)
	public Page<Order> list(UUID customerId, Pageable pageable) {
		return this.orders.findByCustomerId(customerId, pageable);
	}

	/**
	 * The customer cancels their order: what was done is undone and the order ends CANCELLED
	 * (CUSTOMER_CANCELLED). An order already being cancelled, or cancelled, stays as it is.
	 * @throws dev.cloudshop.order.order.OrderNotCancellableException once the order is confirmed
	 */
	@Transactional
	public Order cancel(UUID customerId, UUID orderId) {
		Order order = this.orders.findByIdAndCustomerIdForUpdate(orderId, customerId)
			.orElseThrow(() -> new OrderNotFoundException(orderId));
		this.saga.onCancelRequest(order);
		return order;
	}

	private static List<OrderLine> linesOf(Quote quote) {
		return quote.items()
			.stream()
			.map((item) -> new OrderLine(item.productId(), item.productName(), item.quantity(), item.unitPrice()))
			.toList();
	}

}
