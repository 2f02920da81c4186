package dev.cloudshop.product.catalog.web;

import java.net.URI;
import java.util.UUID;

import dev.cloudshop.product.catalog.Product;
import dev.cloudshop.product.catalog.application.ExpectedVersion;
import dev.cloudshop.product.catalog.application.ProductService;
import dev.cloudshop.support.consistency.ConsistencyToken;
import dev.cloudshop.support.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The catalog over HTTP. Every product response carries the product's version as its ETag;
 * every change also answers with a {@code Consistency-Token} that query-service waits for.
 */
@Tag(name = "Products", description = "The catalog and the stock of each product")
@RestController
@RequestMapping("/api/v1/products")
class ProductController {

	/** The aggregate type product events carry ({@code ce_aggregatetype}), which query-service matches tokens by. */
	static final String AGGREGATE_TYPE = "Product";

	private final ProductService products;

	ProductController(ProductService products) {
		this.products = products;
	}

	@PostMapping
	ResponseEntity<ProductResponse> create(@Valid @RequestBody NewProductRequest request) {
		Product product = this.products.create(request.toNewProduct());
		URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
			.path("/{id}")
			.buildAndExpand(product.id())
			.toUri();
		return ResponseEntity.created(location)
			.eTag(IfMatch.etagOf(product.version()))
			.header(ConsistencyToken.HEADER, consistencyToken(product))
			.body(ProductResponse.from(product));
	}

	@Operation(description = "Answers 304 when If-None-Match holds the current ETag")
	@GetMapping("/{id}")
	ResponseEntity<ProductResponse> get(@PathVariable UUID id) {
		return ok(this.products.get(id));
	}

	@Operation(description = "Sortable by sku, name, price and stock (default sku); at most 100 per page")
	@GetMapping
	PagedModel<ProductResponse> list(@ParameterObject @PageableDefault(size = 20, sort = "sku") Pageable pageable) {
		return new PagedModel<>(this.products.list(ProductSorting.checked(pageable)).map(ProductResponse::from));
	}

	@Operation(description = "Replaces name, description and price. A change of the price alone publishes "
			+ "ProductPriceChanged, any other change ProductUpdated.")
	@PutMapping("/{id}")
	ResponseEntity<ProductResponse> revise(@PathVariable UUID id,
			@Parameter(description = "The ETag of the version this change is based on (or *)", required = true)
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody ProductRevisionRequest request) {
		return written(this.products.revise(id, expectedVersion(ifMatch), request.toDetails()));
	}

	@Operation(description = "Takes the product out of the catalog for good; it takes no further changes")
	@PostMapping("/{id}/discontinue")
	ResponseEntity<ProductResponse> discontinue(@PathVariable UUID id) {
		return written(this.products.discontinue(id));
	}

	@Operation(description = "Adds units to the stock or takes them away; stock never goes below zero")
	@PostMapping("/{id}/stock-adjustments")
	ResponseEntity<ProductResponse> adjustStock(@PathVariable UUID id,
			@Valid @RequestBody StockAdjustmentRequest request) {
		return written(this.products.adjustStock(id, request.delta(), request.reason()));
	}

	private static ExpectedVersion expectedVersion(String ifMatch) {
		IfMatch expected = IfMatch.parse(ifMatch, "product");
		return new ExpectedVersion(expected.any(), expected.versions());
	}

	private static ResponseEntity<ProductResponse> ok(Product product) {
		return ResponseEntity.ok().eTag(IfMatch.etagOf(product.version())).body(ProductResponse.from(product));
	}

	/** A change's answer also names the version it reached, for read-your-writes on the catalog view. */
	private static ResponseEntity<ProductResponse> written(Product product) {
		return ResponseEntity.ok()
			.eTag(IfMatch.etagOf(product.version()))
			.header(ConsistencyToken.HEADER, consistencyToken(product))
			.body(ProductResponse.from(product));
	}

	private static String consistencyToken(Product product) {
		return new ConsistencyToken(AGGREGATE_TYPE, product.id().toString(), product.version())
			.value();
	}

}
