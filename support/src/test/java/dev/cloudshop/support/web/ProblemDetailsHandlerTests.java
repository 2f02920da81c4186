package dev.cloudshop.support.web;

import java.util.UUID;

import dev.cloudshop.support.security.Customers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProblemDetailsHandlerTests {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new ThingController())
		.setControllerAdvice(new ThingProblems())
		.build();

	record NewThing(@NotBlank String name, @Positive Integer quantity) {
	}

	static class ThingNotFoundException extends RuntimeException {

	}

	@RestController
	static class ThingController {

		@PostMapping("/things")
		NewThing create(@Valid @RequestBody NewThing thing) {
			return thing;
		}

		@GetMapping("/things/{id}")
		String get(@PathVariable UUID id, @RequestParam(required = false) Integer page) {
			throw new ThingNotFoundException();
		}

		@GetMapping("/things")
		String find(@RequestParam String owner) {
			return owner;
		}

		@PostMapping("/things/{id}/renames")
		String rename(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch) {
			return ifMatch;
		}

		@PostMapping("/things/{id}/changes")
		boolean change(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
			return IfMatch.parse(ifMatch, "thing").matches(1);
		}

		@GetMapping("/my/things")
		UUID mine() {
			return Customers.idOf(new TestingAuthenticationToken("cloudshop-service", "n/a"));
		}

		@GetMapping("/broken")
		String broken() {
			throw new IllegalStateException("internal detail");
		}

	}

	@RestControllerAdvice
	static class ThingProblems extends ProblemDetailsHandler {

		@ExceptionHandler
		ProblemDetail thingNotFound(ThingNotFoundException ex) {
			return problem(HttpStatus.NOT_FOUND, "thing-not-found", "Thing not found", "No such thing");
		}

	}

	private ResultActions perform(RequestBuilder request) throws Exception {
		return this.mvc.perform(request);
	}

	private ResultActions postThing(String json) throws Exception {
		return perform(post("/things").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private static void isProblem(ResultActions result, int status, String name) throws Exception {
		result.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value(ProblemDetailsHandler.TYPE_PREFIX + name))
			.andExpect(jsonPath("$.status").value(status));
	}

	@Nested
	class Body {

		@Test
		void answersMalformedJsonAsMalformedRequest() throws Exception {
			ResultActions result = postThing("{\"name\": ");

			isProblem(result, 400, "malformed-request");
			result.andExpect(jsonPath("$.title").value("Malformed request"))
				.andExpect(jsonPath("$.detail").value("The request body is missing or is not valid JSON"));
		}

		/** The parser knows the field it was in, but the body is still no JSON. */
		@Test
		void answersJsonBrokenOffInsideAFieldAsMalformedRequest() throws Exception {
			isProblem(postThing("{\"name\": \"mu"), 400, "malformed-request");
		}

		@Test
		void answersAMissingBodyAsMalformedRequest() throws Exception {
			isProblem(perform(post("/things").contentType(MediaType.APPLICATION_JSON)), 400,
					"malformed-request");
		}

		@Test
		void namesTheFieldOfAValueOfTheWrongType() throws Exception {
			ResultActions result = postThing("{\"name\": \"mug\", \"quantity\": \"many\"}");

			isProblem(result, 400, "invalid-request");
			result.andExpect(jsonPath("$.detail").value("The request has a value of the wrong type"))
				.andExpect(jsonPath("$.errors[0].field").value("quantity"))
				.andExpect(jsonPath("$.errors[0].message").value("must be a whole number in range"));
		}

		@Test
		void namesTheFieldOfANumberOutOfRange() throws Exception {
			ResultActions result = postThing("{\"name\": \"mug\", \"quantity\": 99999999999}");

			isProblem(result, 400, "invalid-request");
			result.andExpect(jsonPath("$.errors[0].field").value("quantity"))
				.andExpect(jsonPath("$.errors[0].message").value("is out of range"));
		}

		@Test
		void listsEveryInvalidFieldSortedByName() throws Exception {
			ResultActions result = postThing("{\"name\": \" \", \"quantity\": 0}");

			isProblem(result, 400, "invalid-request");
			result.andExpect(jsonPath("$.title").value("Invalid request"))
				.andExpect(jsonPath("$.detail").value("The request has invalid fields"))
				.andExpect(jsonPath("$.errors[*].field", contains("name", "quantity")));
		}

	}

	@Nested
	class PathQueryAndHeaders {

		@Test
		void namesAPathVariableThatIsNoUuid() throws Exception {
			ResultActions result = perform(get("/things/not-a-uuid"));

			isProblem(result, 400, "invalid-request");
			result.andExpect(jsonPath("$.errors[0].field").value("id"))
				.andExpect(jsonPath("$.errors[0].message").value("must be a UUID"));
		}

		@Test
		void namesAQueryParameterOfTheWrongType() throws Exception {
			ResultActions result = perform(get("/things/" + UUID.randomUUID()).param("page", "first"));

			isProblem(result, 400, "invalid-request");
			result.andExpect(jsonPath("$.errors[0].field").value("page"))
				.andExpect(jsonPath("$.errors[0].message").value("must be a whole number in range"));
		}

		@Test
		void namesAMissingQueryParameter() throws Exception {
			ResultActions result = perform(get("/things"));

			isProblem(result, 400, "invalid-request");
			result.andExpect(jsonPath("$.detail").value("The request lacks a required parameter"))
				.andExpect(jsonPath("$.errors[0].field").value("owner"))
				.andExpect(jsonPath("$.errors[0].message").value("is required"));
		}

		@Test
		void namesAMissingHeader() throws Exception {
			ResultActions result = perform(post("/things/" + UUID.randomUUID() + "/renames"));

			isProblem(result, 400, "invalid-request");
			result.andExpect(jsonPath("$.detail").value("The request lacks a required header"))
				.andExpect(jsonPath("$.errors[0].field").value("If-Match"));
		}

		@Test
		void requiresIfMatchForAConditionalChange() throws Exception {
			ResultActions result = perform(post("/things/" + UUID.randomUUID() + "/changes"));

			isProblem(result, 428, "precondition-required");
			result.andExpect(jsonPath("$.title").value("If-Match required"))
				.andExpect(jsonPath("$.detail")
					.value("This change needs an If-Match header with the thing's current ETag"));
		}

		@Test
		void forbidsACustomerCallWithATokenWhoseSubjectIsNoCustomerId() throws Exception {
			ResultActions result = perform(get("/my/things"));

			isProblem(result, 403, "forbidden");
			result.andExpect(jsonPath("$.detail")
				.value("The token's subject 'cloudshop-service' is not a customer id"));
		}

	}

	@Nested
	class Others {

		@Test
		void answersTheServicesOwnProblems() throws Exception {
			ResultActions result = perform(get("/things/" + UUID.randomUUID()));

			isProblem(result, 404, "thing-not-found");
			result.andExpect(jsonPath("$.title").value("Thing not found"));
		}

		@Test
		void typesTheProblemsSpringMvcReportsItself() throws Exception {
			isProblem(perform(delete("/things")), 405, "method-not-allowed");
			isProblem(perform(get("/nothing/here")), 404, "not-found");
		}

		@Test
		void answersADefectWithoutItsInternals() throws Exception {
			ResultActions result = perform(get("/broken"));

			isProblem(result, 500, "internal-error");
			result.andExpect(jsonPath("$.detail").value("The request failed unexpectedly; it has been logged"));
		}

	}

}
