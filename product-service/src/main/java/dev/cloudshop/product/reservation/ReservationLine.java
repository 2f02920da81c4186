package dev.cloudshop.product.reservation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.cloudshop.product.catalog.Product;

/** Units of one product an order asks for or holds: 1 to {@link Product#MAX_STOCK} of them. */
public record ReservationLine(UUID productId, int quantity) {

	public ReservationLine {
		Objects.requireNonNull(productId, "productId");
		if (quantity < 1 || quantity > Product.MAX_STOCK) {
			throw new IllegalArgumentException(
					"A line reserves 1 to " + Product.MAX_STOCK + " units of product " + productId + ": " + quantity);
		}
	}

	/**
	 * One line per product, the quantities of repeated products added up, in the order the
	 * products first appear.
	 * @throws IllegalArgumentException when a product's total exceeds {@link Product#MAX_STOCK}
	 */
	public static List<ReservationLine> merge(List<ReservationLine> lines) {
		Map<UUID, Long> quantities = new LinkedHashMap<>();
		for (ReservationLine line : lines) {
			quantities.merge(line.productId(), (long) line.quantity(), Long::sum);
		}
		return quantities.entrySet().stream().map((entry) -> {
			if (entry.getValue() > Product.MAX_STOCK) {
				throw new IllegalArgumentException("An order reserves at most " + Product.MAX_STOCK
						+ " units of product " + entry.getKey() + ": " + entry.getValue());
			}
			return new ReservationLine(entry.getKey(), entry.getValue().intValue());
		}).toList();
	}

}
