package dev.cloudshop.payment.payment.web;

import java.util.List;
import java.util.UUID;

import dev.cloudshop.payment.payment.application.PaymentService;
import dev.cloudshop.support.security.Customers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in customer's payments over HTTP. */
@Tag(name = "Payments", description = "What was taken for the signed-in customer's orders, and given back")
@RestController
@RequestMapping("/api/v1/payments")
class PaymentController {

	private final PaymentService payments;

	PaymentController(PaymentService payments) {
		this.payments = payments;
	}

	@Operation(description = "The caller's payment of the order, as a list of at most one; 404 when the caller has "
			+ "none (no payment for the order yet, or the order is another customer's)")
	@GetMapping
	List<PaymentResponse> find(@Parameter(description = "The order's id", required = true) @RequestParam UUID orderId,
			@Parameter(hidden = true) Authentication caller) {
		return this.payments.findForCustomer(Customers.idOf(caller), orderId)
			.stream()
			.map(PaymentResponse::from)
			.toList();
	}

}
