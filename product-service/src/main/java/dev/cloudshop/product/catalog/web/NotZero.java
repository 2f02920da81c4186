package dev.cloudshop.product.catalog.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A number other than zero. Null is valid. */
@Documented
@Constraint(validatedBy = NotZero.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface NotZero {

	String message() default "must not be zero";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<NotZero, Number> {

		@Override
		public boolean isValid(Number value, ConstraintValidatorContext context) {
			return value == null || value.longValue() != 0;
		}

	}

}
