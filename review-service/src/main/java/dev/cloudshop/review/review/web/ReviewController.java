package dev.cloudshop.review.review.web;

import java.net.URI;
import java.util.UUID;

import dev.cloudshop.review.review.Review;
import dev.cloudshop.review.review.application.ExpectedVersion;
import dev.cloudshop.review.review.application.ReviewService;
import dev.cloudshop.support.consistency.ConsistencyToken;
import dev.cloudshop.support.security.Customers;
import dev.cloudshop.support.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Reviews of a product over HTTP. Every review response carries the review's version as its
 * ETag; every change answers with a {@value ConsistencyToken#HEADER} a query can wait for.
 */
@Tag(name = "Reviews", description = "What customers say about a product")
@RestController
@RequestMapping(ReviewApiSecurity.REVIEWS)
class ReviewController {

	private final ReviewService reviews;

	ReviewController(ReviewService reviews) {
		this.reviews = reviews;
	}

	@Operation(description = "Posts the signed-in customer's review of an active product; one live review per "
			+ "customer and product")
	@PostMapping
	ResponseEntity<ReviewResponse> post(@PathVariable UUID productId, @Valid @RequestBody ReviewRequest request,
			@Parameter(hidden = true) Authentication caller) {
		Review review = this.reviews.post(productId, Customers.idOf(caller), request.toContent());
		URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
			.path("/{reviewId}")
			.buildAndExpand(review.id())
			.toUri();
		return ResponseEntity.created(location)
			.eTag(IfMatch.etagOf(review.version()))
			.header(ConsistencyToken.HEADER, consistencyToken(review))
			.body(ReviewResponse.from(review));
	}

	@Operation(description = "The product's published reviews, newest first (sort=newest) or best rating first "
			+ "(sort=rating); at most 100 per page")
	@Parameters({
			@Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number, from 0",
					schema = @Schema(type = "integer", defaultValue = "0", minimum = "0")),
			@Parameter(name = "size", in = ParameterIn.QUERY, description = "Reviews per page, at most 100",
					schema = @Schema(type = "integer", defaultValue = "20", minimum = "1", maximum = "100")) })
	@GetMapping
	PagedModel<ReviewResponse> list(@PathVariable UUID productId,
			@Parameter(description = "Order of the reviews",
					schema = @Schema(allowableValues = { ReviewSorting.NEWEST, ReviewSorting.RATING }))
			@RequestParam(defaultValue = ReviewSorting.NEWEST) String sort,
			@Parameter(hidden = true) @PageableDefault(size = 20) Pageable pageable) {
		Pageable page = ReviewSorting.sorted(sort, pageable);
		return new PagedModel<>(this.reviews.list(productId, page).map(ReviewResponse::from));
	}

	@Operation(description = "A published review; answers 304 when If-None-Match holds the current ETag")
	@GetMapping("/{reviewId}")
	ResponseEntity<ReviewResponse> get(@PathVariable UUID productId, @PathVariable UUID reviewId) {
		Review review = this.reviews.get(productId, reviewId);
		return ResponseEntity.ok().eTag(IfMatch.etagOf(review.version())).body(ReviewResponse.from(review));
	}

	@Operation(description = "Replaces rating, title and body of the caller's own review")
	@PutMapping("/{reviewId}")
	ResponseEntity<ReviewResponse> edit(@PathVariable UUID productId, @PathVariable UUID reviewId,
			@Parameter(description = "The ETag of the version this change is based on (or *)", required = true)
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody ReviewRequest request, @Parameter(hidden = true) Authentication caller) {
		Review review = this.reviews.edit(productId, reviewId, Customers.idOf(caller), expectedVersion(ifMatch),
				request.toContent());
		return ResponseEntity.ok()
			.eTag(IfMatch.etagOf(review.version()))
			.header(ConsistencyToken.HEADER, consistencyToken(review))
			.body(ReviewResponse.from(review));
	}

	@Operation(description = "Removes a review, by its author or an administrator; it is kept for audit but no "
			+ "longer shown, and its author may post a new one")
	@DeleteMapping("/{reviewId}")
	ResponseEntity<Void> remove(@PathVariable UUID productId, @PathVariable UUID reviewId,
			@Parameter(hidden = true) Authentication caller) {
		Review review = this.reviews.remove(productId, reviewId, Reviewers.caller(caller));
		return ResponseEntity.noContent().header(ConsistencyToken.HEADER, consistencyToken(review)).build();
	}

	private static ExpectedVersion expectedVersion(String ifMatch) {
		IfMatch expected = IfMatch.parse(ifMatch, "review");
		return new ExpectedVersion(expected.any(), expected.versions());
	}

	private static String consistencyToken(Review review) {
		return new ConsistencyToken(Review.AGGREGATE_TYPE, review.id().toString(), review.version()).value();
	}

}
