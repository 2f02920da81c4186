package dev.cloudshop.query.web;

/** One failing input: the field (query parameter, path variable or header) and why. */
public record InvalidField(String field, String message) {
}
