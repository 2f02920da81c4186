package dev.cloudshop.payment.payment.web;

import java.time.Instant;
import java.util.UUID;

import dev.cloudshop.payment.PaymentApi.Response;
import dev.cloudshop.payment.PaymentServiceIntegrationTest;
import dev.cloudshop.payment.payment.AuthorizePaymentBuilder;
import dev.cloudshop.payment.payment.RefundPayment;
import dev.cloudshop.payment.payment.application.PaymentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.cloudshop.payment.PaymentApi.PAYMENTS;
import static dev.cloudshop.payment.payment.AuthorizePaymentBuilder.anAuthorization;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/v1/payments?orderId=}; the payments are made through the service, as the commands would. */
class PaymentApiIntegrationTests extends PaymentServiceIntegrationTest {

	@Autowired
	private PaymentService payments;

	private final UUID customerId = aCustomer();

	private final UUID orderId = UUID.randomUUID();

	private final AuthorizePaymentBuilder authorization = anAuthorization().forOrder(this.orderId)
		.ofCustomer(this.customerId)
		.forAmount("12.34");

	@BeforeEach
	void fundTheCustomer() {
		api.as(customerId).deposited("50.00");
	}

	@Test
	void showsTheOwnerAnAuthorizedPayment() {
		this.payments.authorize(UUID.randomUUID().toString(), authorization.build());

		Response found = api.as(customerId).paymentsOf(orderId);

		assertThat(found.status()).isEqualTo(200);
		assertThat(found.body().isArray()).isTrue();
		assertThat(found.body()).hasSize(1);
		JsonNode payment = found.body().get(0);
		assertThat(payment.propertyNames()).containsExactlyInAnyOrder("paymentId", "orderId", "status", "amount",
				"currency", "authorizedAt", "refundedAt", "declineReason");
		assertThat(UUID.fromString(payment.get("paymentId").asString())).isNotNull();
		assertThat(payment.get("orderId").asString()).isEqualTo(orderId.toString());
		assertThat(payment.get("status").asString()).isEqualTo("AUTHORIZED");
		assertThat(payment.get("amount").decimalValue()).isEqualByComparingTo("12.34");
		assertThat(payment.get("currency").asString()).isEqualTo("EUR");
		assertThat(Instant.parse(payment.get("authorizedAt").asString())).isBefore(Instant.now().plusSeconds(1));
		assertThat(payment.get("refundedAt").isNull()).isTrue();
		assertThat(payment.get("declineReason").isNull()).isTrue();
	}

	@Test
	void showsARefundedPaymentWithItsTimes() {
		this.payments.authorize(UUID.randomUUID().toString(), authorization.build());
		this.payments.refund(UUID.randomUUID().toString(), new RefundPayment(orderId));

		JsonNode payment = api.as(customerId).paymentsOf(orderId).body().get(0);

		assertThat(payment.get("status").asString()).isEqualTo("REFUNDED");
		assertThat(Instant.parse(payment.get("refundedAt").asString()))
			.isAfterOrEqualTo(Instant.parse(payment.get("authorizedAt").asString()));
	}

	@Test
	void showsADeclinedPaymentWithItsReason() {
		this.payments.authorize(UUID.randomUUID().toString(), authorization.forAmount("50.01").build());

		JsonNode payment = api.as(customerId).paymentsOf(orderId).body().get(0);

		assertThat(payment.get("status").asString()).isEqualTo("DECLINED");
		assertThat(payment.get("declineReason").asString()).isEqualTo("INSUFFICIENT_FUNDS");
		assertThat(payment.get("authorizedAt").isNull()).isTrue();
	}

	@Test
	void answersNotFoundForAnotherCustomersOrder() {
		this.payments.authorize(UUID.randomUUID().toString(), authorization.build());

		Response refused = api.as(aCustomer()).paymentsOf(orderId);

		assertThat(refused.status()).isEqualTo(404);
		assertThat(refused.problemType()).isEqualTo("payment-not-found");
		assertThat(refused.text("detail")).contains(orderId.toString());
	}

	@Test
	void answersNotFoundForAnOrderWithoutPayment() {
		Response refused = api.as(customerId).paymentsOf(orderId);

		assertThat(refused.status()).isEqualTo(404);
		assertThat(refused.problemType()).isEqualTo("payment-not-found");
	}

	@Test
	void answersNotFoundForAPaymentVoidedBeforeAnyAuthorization() {
		this.payments.refund(UUID.randomUUID().toString(), new RefundPayment(orderId));

		assertThat(api.as(customerId).paymentsOf(orderId).status()).isEqualTo(404);
	}

	@Test
	void requiresTheOrderId() {
		Response refused = api.as(customerId).get(PAYMENTS);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.problemType()).isEqualTo("invalid-request");
		assertThat(refused.errorFields()).containsExactly("orderId");
	}

	@Test
	void rejectsAnOrderIdThatIsNotAUuid() {
		Response refused = api.as(customerId).get(PAYMENTS + "?orderId=order-1");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.problemType()).isEqualTo("invalid-request");
		assertThat(refused.errorFields()).containsExactly("orderId");
		assertThat(refused.body().get("errors").get(0).get("message").asString()).isEqualTo("must be a UUID");
	}

}
