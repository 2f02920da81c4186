package dev.cloudshop.order.order.web;

import java.util.List;
import java.util.UUID;

import dev.cloudshop.order.checkout.Item;
import dev.cloudshop.order.order.Order;
import dev.cloudshop.order.order.OrderLine;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/orders}: what to order; prices come from the catalog. */
record NewOrderRequest(
		@Schema(description = "1 to 50 lines, one per product")
		@NotNull @Size(min = 1, max = Order.MAX_LINES) @DistinctProducts
		List<@NotNull @Valid LineRequest> lines) {

	record LineRequest(
			@Schema(example = "0b6f9a52-3c1e-4d8a-9f2e-7c5d1a4b8e90") @NotNull UUID productId,
			@Schema(description = "Units, 1 to 100", example = "2") @NotNull @Min(1) @Max(OrderLine.MAX_QUANTITY)
			Integer quantity) {
	}

	List<Item> items() {
		return this.lines.stream().map((line) -> new Item(line.productId(), line.quantity())).toList();
	}

}
