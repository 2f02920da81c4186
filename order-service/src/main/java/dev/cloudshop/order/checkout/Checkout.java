package dev.cloudshop.order.checkout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/**
 * Prices a customer's items with product-service's current prices: the one synchronous call
 * between Cloudshop's services, made before any transaction is opened.
 */
@Service
public class Checkout {

	private final ProductClient products;

	Checkout(ProductClient products) {
		this.products = products;
	}

	/**
	 * The items with their products' current names and prices, in the order given.
	 * @param items one per product
	 * @throws UnknownProductException naming every product product-service does not know
	 * @throws ProductUnavailableException naming every discontinued product
	 * @throws MixedCurrenciesException when the products are priced in different currencies
	 * @throws PricingUnavailableException when product-service cannot answer now
	 */
	public Quote price(List<Item> items) {
		Map<UUID, CatalogProduct> found = new LinkedHashMap<>();
		List<UUID> unknown = new ArrayList<>();
		for (Item item : items) {
			this.products.find(item.productId())
				.ifPresentOrElse((product) -> found.put(item.productId(), product), () -> unknown.add(item.productId()));
		}
		if (!unknown.isEmpty()) {
			throw new UnknownProductException(unknown);
		}
		List<UUID> discontinued = found.values()
			.stream()
			.filter((product) -> !product.isOrderable())
			.map(CatalogProduct::id)
			.toList();
		if (!discontinued.isEmpty()) {
			throw new ProductUnavailableException(discontinued);
		}
		Set<String> currencies = found.values()
			.stream()
			.map(CatalogProduct::currency)
			.collect(Collectors.toCollection(TreeSet::new));
		if (currencies.size() > 1) {
			throw new MixedCurrenciesException(currencies);
		}
		List<PricedItem> priced = items.stream().map((item) -> {
			CatalogProduct product = found.get(item.productId());
			return new PricedItem(item.productId(), product.name(), item.quantity(), product.price());
		}).toList();
		return new Quote(priced, Currency.getInstance(currencies.iterator().next()));
	}

	static String join(Collection<UUID> ids) {
		return ids.stream().map(UUID::toString).collect(Collectors.joining(", "));
	}

}
