package dev.cloudshop.query.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * Reads query parameters, collecting every problem so that one answer names all of them. A
 * parameter that is absent or blank is not given.
 */
public final class QueryParameters {

	public static final int DEFAULT_PAGE_SIZE = 20;

	public static final int MAX_PAGE_SIZE = 100;

	private final List<InvalidField> errors = new ArrayList<>();

	/** Adds a problem with a parameter. */
	public void reject(String field, String message) {
		this.errors.add(new InvalidField(field, message));
	}

	/** @throws InvalidParametersException if any parameter was rejected */
	public void throwIfRejected() {
		if (!this.errors.isEmpty()) {
			throw new InvalidParametersException(this.errors);
		}
	}

	public static boolean given(String value) {
		return value != null && !value.isBlank();
	}

	/** A decimal in plain notation ({@code 12.50}) from {@code min} to {@code max}; null when not given or rejected. */
	public BigDecimal decimal(String field, String value, BigDecimal min, BigDecimal max) {
		if (!given(value)) {
			return null;
		}
		String text = value.strip();
		if (!text.matches("[0-9]{1,13}(\\.[0-9]{1,10})?")) {
			reject(field, "must be a decimal number such as 12.50");
			return null;
		}
		BigDecimal number = new BigDecimal(text);
		if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
			reject(field, "must be from " + min.toPlainString() + " to " + max.toPlainString());
			return null;
		}
		return number;
	}

	/** {@code true} or {@code false}; null when not given or rejected. */
	public Boolean bool(String field, String value) {
		if (!given(value)) {
			return null;
		}
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> {
				reject(field, "must be true or false");
				yield null;
			}
		};
	}

	/** A whole number from {@code min} to {@code max}, {@code defaultValue} when not given or rejected. */
	public int whole(String field, String value, int min, int max, int defaultValue) {
		if (!given(value)) {
			return defaultValue;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// rejected below
		}
		reject(field, "must be a whole number from " + min + " to " + max);
		return defaultValue;
	}

	/** One of the given values; null when not given or rejected. */
	public <T> T oneOf(String field, String value, Function<String, T> parse, List<String> allowed) {
		if (!given(value)) {
			return null;
		}
		T parsed = parse.apply(value.strip());
		if (parsed == null) {
			reject(field, "must be one of " + String.join(", ", allowed));
		}
		return parsed;
	}

	/** {@code page} (from 0) and {@code size} (1 to {@value #MAX_PAGE_SIZE}, default {@value #DEFAULT_PAGE_SIZE}). */
	public Pageable page(String page, String size) {
		return PageRequest.of(whole("page", page, 0, Integer.MAX_VALUE, 0),
				whole("size", size, 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE));
	}

}
