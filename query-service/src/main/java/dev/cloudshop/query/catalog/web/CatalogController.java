package dev.cloudshop.query.catalog.web;

import java.util.Optional;
import java.util.UUID;

import dev.cloudshop.query.catalog.ProductDetail;
import dev.cloudshop.query.catalog.ProductSummary;
import dev.cloudshop.query.catalog.application.CatalogConsistency;
import dev.cloudshop.query.catalog.application.CatalogReader;
import dev.cloudshop.query.projection.ConsistencyStatus;
import dev.cloudshop.support.consistency.ConsistencyToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalog as shops show it. A request that sends the {@code Consistency-Token} of a write
 * is answered once the catalog reflects that write (or the bounded wait ran out), with
 * {@code Consistency-Status: caught-up} or {@code stale}.
 */
@Tag(name = "Catalog", description = "Products with price, stock, rating and latest reviews; search and filters")
@RestController
@RequestMapping(CatalogController.PRODUCTS)
class CatalogController {

	static final String PRODUCTS = "/api/v1/catalog/products";

	private static final String TOKEN_DESCRIPTION = "The Consistency-Token header of a write (of a Product or a "
			+ "Review): the answer waits, bounded, until it reflects that write";

	private final CatalogReader reader;

	private final CatalogConsistency consistency;

	CatalogController(CatalogReader reader, CatalogConsistency consistency) {
		this.reader = reader;
		this.consistency = consistency;
	}

	@Operation(description = "Active products. q searches name and description (every word, as a prefix); "
			+ "sort is price,asc, price,desc, rating,desc, newest or relevance (default: relevance with q, "
			+ "else newest); size at most 100")
	@GetMapping
	PagedModel<ProductSummary> search(
			@Parameter(description = "Search words") @RequestParam(required = false) String q,
			@Parameter(description = "Lowest price, e.g. 10.00") @RequestParam(required = false) String minPrice,
			@Parameter(description = "Highest price") @RequestParam(required = false) String maxPrice,
			@Parameter(description = "true: only products in stock") @RequestParam(required = false) String inStock,
			@Parameter(description = "Lowest rating average, 1 to 5") @RequestParam(required = false) String minRating,
			@Parameter(description = "price,asc | price,desc | rating,desc | newest | relevance")
			@RequestParam(required = false) String sort,
			@Parameter(description = "Page number from 0") @RequestParam(required = false) String page,
			@Parameter(description = "Page size, 1 to 100 (default 20)") @RequestParam(required = false) String size,
			@Parameter(description = TOKEN_DESCRIPTION) @RequestHeader(name = ConsistencyToken.HEADER,
					required = false) String consistencyToken,
			HttpServletResponse response) {
		ProductSearchRequest request = ProductSearchRequest.of(q, minPrice, maxPrice, inStock, minRating, sort, page,
				size);
		awaitConsistency(consistencyToken, response);
		return new PagedModel<>(this.reader.search(request.search(), request.pageable()));
	}

	@Operation(description = "A product, discontinued ones included, with its five newest published reviews")
	@GetMapping("/{id}")
	ProductDetail product(@PathVariable UUID id,
			@Parameter(description = TOKEN_DESCRIPTION) @RequestHeader(name = ConsistencyToken.HEADER,
					required = false) String consistencyToken,
			HttpServletResponse response) {
		awaitConsistency(consistencyToken, response);
		return this.reader.product(id);
	}

	/**
	 * Waits for the token's write, if a token was sent, and says how that went in the response
	 * header, which a 404 that follows carries too.
	 */
	private void awaitConsistency(String header, HttpServletResponse response) {
		Optional<ConsistencyToken> token = ConsistencyTokens.read(header);
		if (token.isPresent()) {
			ConsistencyStatus status = this.consistency.await(token.get());
			response.setHeader(ConsistencyStatus.HEADER, status.headerValue());
		}
	}

}
