package dev.cloudshop.order.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order was placed at the prices of the moment; its saga starts. */
public record OrderPlaced(UUID orderId, UUID customerId, List<Line> lines, BigDecimal total, String currency,
		Instant placedAt) implements OrderEvent {

	public record Line(UUID productId, String productName, int quantity, BigDecimal unitPrice) {
	}

}
