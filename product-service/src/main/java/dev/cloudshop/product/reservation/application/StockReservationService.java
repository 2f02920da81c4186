package dev.cloudshop.product.reservation.application;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.cloudshop.product.catalog.Product;
import dev.cloudshop.product.catalog.messaging.ProductEventOutbox;
import dev.cloudshop.product.catalog.persistence.ProductRepository;
import dev.cloudshop.product.reservation.ReservationLine;
import dev.cloudshop.product.reservation.ReservationStatus;
import dev.cloudshop.product.reservation.StockReservation;
import dev.cloudshop.product.reservation.persistence.StockReservationRepository;
import dev.cloudshop.support.inbox.ProcessedEvents;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order saga's stock step. Each command is handled in one transaction that records its id
 * as processed, locks the order, then the products involved (ordered by id, so two orders never
 * wait for each other's rows), changes the reservation and the products, and appends the
 * products' events and the reply to the outbox: all of it is stored, or none.
 * <p>
 * Commands may come twice: a redelivery (same id) is skipped; a command sent again (new id)
 * finds the order's reservation and is answered as the first was, changing nothing.
 */
@Service
@Transactional
public class StockReservationService {

	/** The name this service records processed commands under. */
	public static final String CONSUMER = "stock-reservations";

	private final StockReservationRepository reservations;

	private final ProductRepository products;

	private final ProductEventOutbox productEvents;

	private final ReservationReplies replies;

	private final ProcessedEvents processedEvents;

	private final Clock clock;

	StockReservationService(StockReservationRepository reservations, ProductRepository products,
			ProductEventOutbox productEvents, ReservationReplies replies, ProcessedEvents processedEvents, Clock clock) {
		this.reservations = reservations;
		this.products = products;
		this.productEvents = productEvents;
		this.replies = replies;
		this.processedEvents = processedEvents;
		this.clock = clock;
	}

	/**
	 * Reserves every line of the order or none, and replies StockReserved or
	 * StockReservationFailed; an order with a reservation already gets its outcome again.
	 * @param commandId the command's {@code ce_id}
	 * @return false for a command handled before (a redelivery), which changes nothing
	 */
	public boolean reserve(String commandId, ReserveStock command) {
		if (!this.processedEvents.markProcessed(CONSUMER, commandId)) {
			return false;
		}
		this.reservations.lockOrder(command.orderId());
		Optional<StockReservation> existing = this.reservations.findById(command.orderId());
		if (existing.isPresent()) {
			this.replies.append(existing.get().outcome());
			return true;
		}
		Map<UUID, Product> locked = lock(command.lines().stream().map(ReservationLine::productId).toList());
		StockReservation reservation = StockReservation.reserve(command.orderId(), command.lines(), locked,
				this.clock.instant());
		this.reservations.insert(reservation);
		locked.values().forEach(this.productEvents::append);
		this.replies.append(reservation.outcome());
		return true;
	}

	/**
	 * Gives back whatever the order holds and replies StockReleased; an order without a
	 * reservation is marked released, so a late request to reserve fails.
	 * @param commandId the command's {@code ce_id}
	 * @return false for a command handled before (a redelivery), which changes nothing
	 */
	public boolean release(String commandId, ReleaseStock command) {
		if (!this.processedEvents.markProcessed(CONSUMER, commandId)) {
			return false;
		}
		this.reservations.lockOrder(command.orderId());
		StockReservation reservation = this.reservations.findById(command.orderId()).orElse(null);
		if (reservation == null) {
			reservation = StockReservation.releasedBeforeReserved(command.orderId(), this.clock.instant());
			this.reservations.insert(reservation);
		}
		else if (reservation.status() != ReservationStatus.RELEASED) {
			Map<UUID, Product> locked = lock(reservation.heldProducts());
			reservation.release(locked, this.clock.instant());
			this.reservations.update(reservation);
			locked.values().forEach(this.productEvents::append);
		}
		this.replies.append(reservation.released());
		return true;
	}

	@Transactional(readOnly = true)
	public Optional<StockReservation> find(UUID orderId) {
		return this.reservations.findById(orderId);
	}

	/** The products that exist among the ids, locked in the order of their ids. */
	private Map<UUID, Product> lock(Collection<UUID> productIds) {
		Map<UUID, Product> locked = new LinkedHashMap<>();
		if (!productIds.isEmpty()) {
			this.products.findAllByIdForUpdate(productIds).forEach((product) -> locked.put(product.id(), product));
		}
		return locked;
	}

}
