package dev.cloudshop.query.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The merge rule of an order's payment: by the steps seen, whatever order they came in. */
class PaymentTests {

	private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

	private static final RecordedPaymentStep AUTHORIZED = new RecordedPaymentStep(PaymentStep.AUTHORIZED,
			new BigDecimal("59.97"), null, T0);

	private static final RecordedPaymentStep DECLINED = new RecordedPaymentStep(PaymentStep.DECLINED,
			new BigDecimal("59.97"), "INSUFFICIENT_FUNDS", T0);

	private static final RecordedPaymentStep REFUNDED = new RecordedPaymentStep(PaymentStep.REFUNDED,
			new BigDecimal("59.97"), null, T0.plusSeconds(5));

	private static final RecordedPaymentStep VOIDED = new RecordedPaymentStep(PaymentStep.REFUNDED,
			new BigDecimal("0.00"), null, T0);

	private static final RecordedPaymentStep DECLINED_AS_REFUNDED = new RecordedPaymentStep(PaymentStep.DECLINED,
			new BigDecimal("59.97"), "ORDER_REFUNDED", T0.plusSeconds(1));

	@Test
	void isPendingWithoutAnyStep() {
		assertThat(Payment.merge(List.of())).isEqualTo(Payment.PENDING);
		assertThat(Payment.PENDING.amount()).isNull();
		assertThat(Payment.PENDING.at()).isNull();
	}

	@Test
	void isAuthorizedOnceTheAmountWasTaken() {
		assertThat(Payment.merge(List.of(AUTHORIZED)))
			.isEqualTo(new Payment(PaymentState.AUTHORIZED, new BigDecimal("59.97"), null, T0));
	}

	@Test
	void isDeclinedWithTheReason() {
		assertThat(Payment.merge(List.of(DECLINED)))
			.isEqualTo(new Payment(PaymentState.DECLINED, new BigDecimal("59.97"), "INSUFFICIENT_FUNDS", T0));
	}

	@RepeatedTest(4)
	void staysRefundedWhateverOrderTheAuthorisationAndRefundComeIn() {
		assertThat(Payment.merge(shuffled(AUTHORIZED, REFUNDED))).isEqualTo(
				new Payment(PaymentState.REFUNDED, new BigDecimal("59.97"), null, T0.plusSeconds(5)));
	}

	@RepeatedTest(4)
	void staysRefundedWhenAVoidedPaymentIsDeclinedLate() {
		assertThat(Payment.merge(shuffled(VOIDED, DECLINED_AS_REFUNDED)))
			.isEqualTo(new Payment(PaymentState.REFUNDED, new BigDecimal("0.00"), "ORDER_REFUNDED", T0));
	}

	@Test
	void staysRefundedWhenTheAuthorisationIsAnsweredAgainAfterTheRefund() {
		RecordedPaymentStep answeredAgain = new RecordedPaymentStep(PaymentStep.AUTHORIZED, new BigDecimal("59.97"),
				null, T0.plusSeconds(9));

		assertThat(Payment.merge(List.of(AUTHORIZED, REFUNDED, answeredAgain)).state())
			.isEqualTo(PaymentState.REFUNDED);
	}

	@Test
	void showsNothingGivenBackForARefundOfADeclinedPayment() {
		RecordedPaymentStep refundedNothing = new RecordedPaymentStep(PaymentStep.REFUNDED, new BigDecimal("0.00"),
				null, T0.plusSeconds(3));

		assertThat(Payment.merge(List.of(DECLINED, refundedNothing))).isEqualTo(new Payment(PaymentState.REFUNDED,
				new BigDecimal("0.00"), "INSUFFICIENT_FUNDS", T0.plusSeconds(3)));
	}

	@Test
	void keepsTheFirstOfARepeatedStep() {
		RecordedPaymentStep later = new RecordedPaymentStep(PaymentStep.AUTHORIZED, new BigDecimal("1.00"), null,
				T0.plusSeconds(60));

		assertThat(Payment.merge(List.of(AUTHORIZED, later)).at()).isEqualTo(T0);
	}

	private static List<RecordedPaymentStep> shuffled(RecordedPaymentStep... steps) {
		List<RecordedPaymentStep> list = new ArrayList<>(List.of(steps));
		Collections.shuffle(list);
		return list;
	}

}
