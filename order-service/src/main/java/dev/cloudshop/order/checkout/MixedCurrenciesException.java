package dev.cloudshop.order.checkout;

import java.util.List;
import java.util.Set;

/** The products are priced in different currencies; one order is paid in one. */
public class MixedCurrenciesException extends RuntimeException {

	private final List<String> currencies;

	MixedCurrenciesException(Set<String> currencies) {
		super("The products are priced in " + String.join(", ", currencies) + "; an order is paid in one currency");
		this.currencies = List.copyOf(currencies);
	}

	public List<String> currencies() {
		return this.currencies;
	}

}
