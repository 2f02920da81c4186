package dev.cloudshop.product.catalog.web;

import dev.cloudshop.product.catalog.Product;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/products/{id}/stock-adjustments}. */
record StockAdjustmentRequest(
		@Schema(description = "Units added (positive) or taken away (negative)", example = "-3")
		@NotNull @NotZero @Min(-Product.MAX_STOCK) @Max(Product.MAX_STOCK) Integer delta,
		@Schema(example = "Goods received") @NotBlank @Size(max = Product.MAX_REASON_LENGTH) String reason) {
}
