package dev.cloudshop.review.review.web;

import dev.cloudshop.review.review.ReviewContent;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST} and {@code PUT} on reviews: the whole content. The title is
 * trimmed before it is checked. The rating must be a JSON integer: {@code 4.5} and {@code "4"}
 * are refused, not rounded or converted (config-repo/review-service.yml).
 */
record ReviewRequest(
		@Schema(description = "Stars, a whole number from 1 to 5", example = "4")
		@NotNull @Min(ReviewContent.MIN_RATING) @Max(ReviewContent.MAX_RATING) Integer rating,
		@Schema(description = "1 to 120 characters after trimming", example = "Soft and true to size")
		@NotBlank @Size(max = ReviewContent.MAX_TITLE_LENGTH) String title,
		@Schema(description = "1 to 4000 characters, not blank", example = "Washed it three times, no shrinking.")
		@NotBlank @Size(max = ReviewContent.MAX_BODY_LENGTH) String body) {

	ReviewRequest {
		title = (title != null) ? title.strip() : null;
	}

	ReviewContent toContent() {
		return new ReviewContent(this.rating, this.title, this.body);
	}

}
