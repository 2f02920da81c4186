package dev.cloudshop.testsupport;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer of a service, as an {@link HttpApi} hands it back: status, headers and the JSON body
 * (null when empty or not JSON). A service's answer record implements it and adds what its
 * bodies carry: {@code record Response(int status, HttpHeaders headers, JsonNode body) implements HttpAnswer}.
 */
public interface HttpAnswer {

	/** What every Problem Details {@code type} starts with. */
	String PROBLEM_TYPE = "https://cloudshop.dev/problems/";

	int status();

	HttpHeaders headers();

	JsonNode body();

	default MediaType contentType() {
		return headers().getContentType();
	}

	default String header(String name) {
		return headers().getFirst(name);
	}

	default String etag() {
		return headers().getETag();
	}

	default URI location() {
		return headers().getLocation();
	}

	default String text(String field) {
		return body().get(field).asString();
	}

	/** The Problem Details type, without the common prefix: {@code product-not-found}. */
	default String problemType() {
		assertThat(contentType()).as("content type of %s", body()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		String type = text("type");
		assertThat(type).startsWith(PROBLEM_TYPE);
		return type.substring(PROBLEM_TYPE.length());
	}

	/** The fields named in a validation problem's errors. */
	default List<String> errorFields() {
		List<String> fields = new ArrayList<>();
		body().get("errors").forEach((error) -> fields.add(error.get("field").asString()));
		return fields;
	}

}
