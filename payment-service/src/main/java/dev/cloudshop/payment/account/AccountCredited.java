package dev.cloudshop.payment.account;

import java.math.BigDecimal;
import java.util.UUID;

/** Money was paid into a customer's account; balance is the result. */
public record AccountCredited(UUID customerId, BigDecimal amount, String currency, BigDecimal balance) {
}
