package dev.cloudshop.product.catalog.web;

import java.math.BigDecimal;

import dev.cloudshop.product.catalog.Price;
import dev.cloudshop.product.catalog.Product;
import dev.cloudshop.product.catalog.ProductDetails;
import dev.cloudshop.product.catalog.Sku;
import dev.cloudshop.product.catalog.application.NewProduct;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/products}. */
record NewProductRequest(
		@Schema(description = "Unique and unchangeable; upper-case letters and digits in groups joined by single hyphens",
				example = "TSHIRT-RED-M")
		@NotNull @Size(min = Sku.MIN_LENGTH, max = Sku.MAX_LENGTH)
		@Pattern(regexp = Sku.PATTERN, message = "must be upper-case letters and digits in groups joined by single hyphens")
		String sku,
		@NotBlank @Size(max = ProductDetails.MAX_NAME_LENGTH) String name,
		@Size(max = ProductDetails.MAX_DESCRIPTION_LENGTH) String description,
		@Schema(description = "Price of one unit: positive, at most two decimals", example = "19.99")
		@NotNull @Positive @Digits(integer = Price.MAX_INTEGER_DIGITS, fraction = Price.MAX_FRACTION_DIGITS)
		BigDecimal price,
		@Schema(description = "ISO 4217 code", example = "EUR") @NotNull @CurrencyCode String currency,
		@Schema(description = "Units available at creation") @NotNull @PositiveOrZero @Max(Product.MAX_STOCK)
		Integer stock) {

	NewProduct toNewProduct() {
		return new NewProduct(new Sku(this.sku), new ProductDetails(this.name, this.description,
				Price.of(this.price, this.currency)), this.stock);
	}

}
