package dev.cloudshop.query.catalog.web;

import java.net.URI;
import java.util.UUID;

import dev.cloudshop.query.catalog.Rebuild;
import dev.cloudshop.query.catalog.projection.CatalogRebuilds;
import dev.cloudshop.query.web.QueryParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Rebuilding the catalog from the event topics, for administrators. */
@Tag(name = "Catalog rebuilds", description = "Replay the topics into a fresh catalog, then swap it in")
@RestController
@RequestMapping(RebuildController.REBUILDS)
class RebuildController {

	static final String REBUILDS = "/api/v1/catalog/rebuilds";

	private final CatalogRebuilds rebuilds;

	RebuildController(CatalogRebuilds rebuilds) {
		this.rebuilds = rebuilds;
	}

	@Operation(description = "Starts a rebuild in the background (202, Location to follow it); 409 while one runs. "
			+ "The current catalog keeps serving until the rebuilt one replaces it in one step.")
	@PostMapping
	ResponseEntity<RebuildResponse> start() {
		Rebuild rebuild = this.rebuilds.start();
		URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
			.path("/{id}")
			.buildAndExpand(rebuild.id())
			.toUri();
		return ResponseEntity.accepted().location(location).body(RebuildResponse.from(rebuild));
	}

	@GetMapping("/{id}")
	RebuildResponse get(@PathVariable UUID id) {
		return RebuildResponse.from(this.rebuilds.find(id));
	}

	@Operation(description = "The latest rebuilds first")
	@GetMapping
	PagedModel<RebuildResponse> list(
			@Parameter(description = "Page number from 0") @RequestParam(required = false) String page,
			@Parameter(description = "Page size, 1 to 100 (default 20)") @RequestParam(required = false) String size) {
		QueryParameters parameters = new QueryParameters();
		Pageable pageable = parameters.page(page, size);
		parameters.throwIfRejected();
		return new PagedModel<>(this.rebuilds.latest(pageable).map(RebuildResponse::from));
	}

}
