package dev.cloudshop.query.sales.web;

import dev.cloudshop.query.sales.SalesStatistics;
import dev.cloudshop.query.sales.SalesWindows;
import dev.cloudshop.query.sales.application.SalesReader;
import dev.cloudshop.query.web.QueryParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Sales figures for administrators. */
@Tag(name = "Sales statistics", description = "Orders, units and revenue of the last 1, 5 and 30 minutes")
@RestController
@RequestMapping(SalesController.STATS)
class SalesController {

	static final String STATS = "/api/v1/stats";

	private final SalesReader reader;

	SalesController(SalesReader reader) {
		this.reader = reader;
	}

	@Operation(description = "Orders confirmed, units sold, revenue per currency and orders cancelled in the last "
			+ "1, 5 and 30 minutes, and the best-selling products of the last 30 minutes")
	@GetMapping("/sales")
	SalesStatistics sales(@Parameter(description = "How many best-selling products, 1 to 20 (default 5)")
	@RequestParam(required = false) String top) {
		QueryParameters parameters = new QueryParameters();
		int count = parameters.whole("top", top, 1, SalesWindows.MAX_TOP, SalesWindows.DEFAULT_TOP);
		parameters.throwIfRejected();
		return this.reader.statistics(count);
	}

}
