package dev.cloudshop.query.sales;

import java.math.BigDecimal;

/** The totals of confirmed orders in one currency (amounts of different currencies are never added up). */
public record Revenue(String currency, BigDecimal amount) {
}
