package dev.cloudshop.product.catalog.web;

import java.math.BigDecimal;

import dev.cloudshop.product.catalog.Price;
import dev.cloudshop.product.catalog.ProductDetails;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code PUT /api/v1/products/{id}}: the whole editable state. SKU and stock are
 * not part of it; stock changes through stock adjustments only.
 */
record ProductRevisionRequest(
		@NotBlank @Size(max = ProductDetails.MAX_NAME_LENGTH) String name,
		@Size(max = ProductDetails.MAX_DESCRIPTION_LENGTH) String description,
		@Schema(description = "Price of one unit: positive, at most two decimals", example = "24.99")
		@NotNull @Positive @Digits(integer = Price.MAX_INTEGER_DIGITS, fraction = Price.MAX_FRACTION_DIGITS)
		BigDecimal price,
		@Schema(description = "ISO 4217 code", example = "EUR") @NotNull @CurrencyCode String currency) {

	ProductDetails toDetails() {
		return new ProductDetails(this.name, this.description, Price.of(this.price, this.currency));
	}

}
