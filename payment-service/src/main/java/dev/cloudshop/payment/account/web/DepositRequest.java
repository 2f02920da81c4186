package dev.cloudshop.payment.account.web;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** The body of {@code POST /api/v1/accounts/me/deposits}; the amount is in the account's currency (EUR). */
record DepositRequest(
		@Schema(description = "EUR paid in: more than 0, at most 10000.00, at most two decimals, a JSON number",
				example = "50.00")
		@NotNull @Positive @DecimalMax("10000.00") @Digits(integer = 5, fraction = 2) BigDecimal amount) {
}
