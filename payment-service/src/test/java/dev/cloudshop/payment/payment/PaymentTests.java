package dev.cloudshop.payment.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static dev.cloudshop.payment.payment.AuthorizePaymentBuilder.anAuthorization;
import static dev.cloudshop.payment.payment.PaymentBuilder.aPayment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PaymentTests {

	private static final Instant LATER = Instant.parse("2026-11-25T11:00:00Z");

	private final UUID orderId = UUID.randomUUID();

	private final UUID customerId = UUID.randomUUID();

	private final AuthorizePaymentBuilder authorization = anAuthorization().forOrder(this.orderId)
		.ofCustomer(this.customerId)
		.forAmount("30.00");

	@Nested
	class AnsweringAnAuthorization {

		@Test
		void answersAnAuthorizedPaymentWithPaymentAuthorizedEveryTime() {
			Payment payment = aPayment().of(authorization).authorized();

			PaymentEvent first = payment.answer(authorization.build());
			PaymentEvent again = payment.answer(authorization.build());

			assertThat(first).isEqualTo(new PaymentAuthorized(orderId, payment.id(), customerId,
					new BigDecimal("30.00"), "EUR"));
			assertThat(again).isEqualTo(first);
			assertThat(payment.authorizedAt()).isEqualTo(PaymentBuilder.AUTHORIZED_AT);
		}

		@Test
		void answersTheFirstOutcomeEvenWhenAskedForAnotherAmount() {
			Payment payment = aPayment().of(authorization).authorized();

			PaymentEvent answer = payment.answer(authorization.forAmount("99.00").build());

			assertThat(answer).isInstanceOf(PaymentAuthorized.class)
				.extracting("amount")
				.isEqualTo(new BigDecimal("30.00"));
		}

		@Test
		void answersADeclinedPaymentWithItsReasonEveryTime() {
			Payment payment = aPayment().of(authorization).declined(DeclineReason.INSUFFICIENT_FUNDS);

			assertThat(payment.answer(authorization.build())).isEqualTo(new PaymentDeclined(orderId, customerId,
					new BigDecimal("30.00"), "EUR", DeclineReason.INSUFFICIENT_FUNDS));
			assertThat(payment.status()).isEqualTo(PaymentStatus.DECLINED);
			assertThat(payment.authorizedAt()).isNull();
		}

		@Test
		void declinesALateAuthorizationOfAVoidedPaymentAsOrderRefunded() {
			Payment payment = aPayment().of(authorization).voided();

			PaymentEvent answer = payment.answer(authorization.build());

			assertThat(answer).isEqualTo(new PaymentDeclined(orderId, customerId, new BigDecimal("30.00"), "EUR",
					DeclineReason.ORDER_REFUNDED));
			assertThat(payment.status()).isEqualTo(PaymentStatus.VOIDED);
		}

		@Test
		void answersARefundedPaymentWithItsAuthorization() {
			Payment payment = aPayment().of(authorization).refunded();

			assertThat(payment.answer(authorization.build())).isInstanceOf(PaymentAuthorized.class);
		}

		@Test
		void refusesACommandAboutAnotherOrder() {
			Payment payment = aPayment().of(authorization).authorized();

			assertThatIllegalArgumentException().isThrownBy(() -> payment.answer(anAuthorization().build()));
		}

	}

	@Nested
	class Refunding {

		@Test
		void givesBackWhatWasTakenOnce() {
			Payment payment = aPayment().of(authorization).authorized();

			BigDecimal first = payment.refund(LATER);
			BigDecimal again = payment.refund(LATER.plusSeconds(60));

			assertThat(first).isEqualTo(new BigDecimal("30.00"));
			assertThat(again).isZero();
			assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
			assertThat(payment.refundedAt()).isEqualTo(LATER);
		}

		@Test
		void answersWithTheAmountGivenBackEveryTime() {
			Payment payment = aPayment().of(authorization).refunded();

			assertThat(payment.refundAnswer()).isEqualTo(new PaymentRefunded(orderId, payment.id(), customerId,
					new BigDecimal("30.00"), "EUR"));
			assertThat(payment.refundAnswer()).isEqualTo(payment.refundAnswer());
		}

		@Test
		void givesBackNothingForADeclinedPaymentAndKeepsItDeclined() {
			Payment payment = aPayment().of(authorization).declined(DeclineReason.INSUFFICIENT_FUNDS);

			assertThat(payment.refund(LATER)).isZero();

			assertThat(payment.status()).isEqualTo(PaymentStatus.DECLINED);
			assertThat(payment.refundAnswer()).isEqualTo(new PaymentRefunded(orderId, payment.id(), customerId,
					new BigDecimal("0.00"), "EUR"));
			assertThat(payment.answer(authorization.build())).isInstanceOf(PaymentDeclined.class);
		}

		@Test
		void voidsAPaymentNotAuthorizedYetTakingNothingFromNobody() {
			Payment payment = aPayment().of(authorization).voided();

			assertThat(payment.status()).isEqualTo(PaymentStatus.VOIDED);
			assertThat(payment.refund(LATER)).isZero();
			assertThat(payment.refundAnswer()).isEqualTo(new PaymentRefunded(orderId, payment.id(), null,
					new BigDecimal("0.00"), "EUR"));
			assertThat(payment.refundedAt()).isEqualTo(PaymentBuilder.REFUNDED_AT);
		}

		@Test
		void cannotAnswerARefundBeforeRefunding() {
			Payment payment = aPayment().of(authorization).authorized();

			assertThatIllegalStateException().isThrownBy(payment::refundAnswer);
		}

	}

	@Nested
	class Ownership {

		@Test
		void belongsToTheCustomerWhoseOrderItPays() {
			Payment payment = aPayment().of(authorization).authorized();

			assertThat(payment.belongsTo(customerId)).isTrue();
			assertThat(payment.belongsTo(UUID.randomUUID())).isFalse();
		}

		@Test
		void belongsToNobodyWhenVoidedBeforeAnyAuthorization() {
			Payment payment = aPayment().of(authorization).voided();

			assertThat(payment.belongsTo(customerId)).isFalse();
		}

	}

}
