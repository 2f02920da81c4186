package dev.cloudshop.payment.payment.application;

import java.util.List;
import java.util.UUID;

import dev.cloudshop.payment.PaymentApi.Response;
import dev.cloudshop.payment.PaymentServiceIntegrationTest;
import dev.cloudshop.payment.payment.AuthorizePayment;
import dev.cloudshop.payment.payment.DeclineReason;
import dev.cloudshop.payment.payment.PaymentAuthorized;
import dev.cloudshop.payment.payment.PaymentDeclined;
import dev.cloudshop.payment.payment.PaymentEvent;
import dev.cloudshop.testsupport.Parallel;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import static dev.cloudshop.payment.payment.AuthorizePaymentBuilder.anAuthorization;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payments of one customer carried out at the same time, as several instances (or partitions)
 * of payment-service would: the conditional debit never overdraws the account, and the unique
 * order id never lets an order be paid twice.
 */
class PaymentConcurrencyIntegrationTests extends PaymentServiceIntegrationTest {

	@Autowired
	private PaymentService payments;

	private final UUID customerId = aCustomer();

	@Test
	void neverOverdrawsAnAccountWhenManyOrdersArePaidAtOnce() throws Exception {
		api.as(customerId).deposited("100.00");

		List<PaymentEvent> answers = Parallel.run(20, (i) -> () -> this.payments
			.authorize(UUID.randomUUID().toString(), anAuthorization().ofCustomer(customerId).forAmount("10.00").build()));

		assertThat(answers).filteredOn(PaymentAuthorized.class::isInstance).hasSize(10);
		assertThat(answers).filteredOn(PaymentDeclined.class::isInstance)
			.hasSize(10)
			.allSatisfy((declined) -> assertThat(((PaymentDeclined) declined).reason())
				.isEqualTo(DeclineReason.INSUFFICIENT_FUNDS));
		Response account = api.as(customerId).account();
		assertThat(account.balance()).isEqualByComparingTo("0.00");
		assertThat(account.version()).as("the deposit and ten debits").isEqualTo(11);
	}

	@Test
	void takesTheMoneyForAnOrderOnceWhenItsAuthorizationRunsManyTimesAtOnce() throws Exception {
		api.as(customerId).deposited("100.00");
		AuthorizePayment command = anAuthorization().ofCustomer(customerId).forAmount("10.00").build();

		List<Object> outcomes = Parallel.run(8, (i) -> () -> {
			try {
				return this.payments.authorize(UUID.randomUUID().toString(), command);
			}
			catch (DataIntegrityViolationException ex) {
				// The order was paid by a racing transaction; the Kafka listener retries and answers then.
				return ex;
			}
		});

		assertThat(outcomes).filteredOn(PaymentAuthorized.class::isInstance).isNotEmpty();
		assertThat(outcomes).hasOnlyElementsOfTypes(PaymentAuthorized.class, DataIntegrityViolationException.class);
		assertThat(outcomes).filteredOn(PaymentAuthorized.class::isInstance).map(PaymentAuthorized.class::cast)
			.extracting(PaymentAuthorized::paymentId)
			.containsOnly(((PaymentAuthorized) this.payments.authorize(UUID.randomUUID().toString(), command)).paymentId());
		assertThat(api.as(customerId).balance()).isEqualByComparingTo("90.00");
	}

}
