package dev.cloudshop.order.order.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** Order lines name each product once (one line per product, with its quantity). Null is valid. */
@Documented
@Constraint(validatedBy = DistinctProducts.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface DistinctProducts {

	String message() default "must name each product once";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<DistinctProducts, List<NewOrderRequest.LineRequest>> {

		@Override
		public boolean isValid(List<NewOrderRequest.LineRequest> lines, ConstraintValidatorContext context) {
			if (lines == null) {
				return true;
			}
			Set<UUID> products = new HashSet<>();
			return lines.stream()
				.filter(Objects::nonNull)
				.map(NewOrderRequest.LineRequest::productId)
				.filter(Objects::nonNull)
				.allMatch(products::add);
		}

	}

}
