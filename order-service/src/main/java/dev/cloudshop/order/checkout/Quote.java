package dev.cloudshop.order.checkout;

import java.util.Currency;
import java.util.List;

/** The items priced at this moment, in the order they were asked for, all in one currency. */
public record Quote(List<PricedItem> items, Currency currency) {
}
