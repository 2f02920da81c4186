package dev.cloudshop.product.catalog.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Currency;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An ISO 4217 currency code in upper case, such as {@code EUR}. Null is valid. */
@Documented
@Constraint(validatedBy = CurrencyCode.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface CurrencyCode {

	String message() default "must be an ISO 4217 currency code such as EUR";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<CurrencyCode, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			return Currency.getAvailableCurrencies()
				.stream()
				.anyMatch((currency) -> currency.getCurrencyCode().equals(value));
		}

	}

}
