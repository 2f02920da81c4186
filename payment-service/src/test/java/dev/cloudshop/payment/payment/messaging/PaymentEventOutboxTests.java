package dev.cloudshop.payment.payment.messaging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.cloudshop.payment.payment.DeclineReason;
import dev.cloudshop.payment.payment.Payment;
import dev.cloudshop.payment.payment.PaymentBuilder;
import dev.cloudshop.payment.payment.PaymentEvent;
import dev.cloudshop.support.outbox.OutboxEvent;
import org.junit.jupiter.api.Test;

import static dev.cloudshop.payment.payment.PaymentBuilder.aPayment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PaymentEventOutboxTests {

	private final List<OutboxEvent> appended = new ArrayList<>();

	private final PaymentEventOutbox outbox = new PaymentEventOutbox(this.appended::add);

	@Test
	void appendsAnAuthorizationOutcomeAsVersionOneAndARefundAsVersionTwoKeyedByOrder() {
		PaymentBuilder declined = aPayment();
		PaymentBuilder refunded = aPayment();
		Payment declinedPayment = declined.declined(DeclineReason.INSUFFICIENT_FUNDS);
		Payment refundedPayment = refunded.refunded();

		this.outbox.publish(declinedPayment.answer(declined.command()));
		this.outbox.publish(refundedPayment.answer(refunded.command()));
		this.outbox.publish(refundedPayment.refundAnswer());

		assertThat(this.appended).extracting(OutboxEvent::topic, OutboxEvent::aggregateType,
				OutboxEvent::aggregateId, OutboxEvent::aggregateVersion, OutboxEvent::type)
			.containsExactly(
					tuple("payment.events", "Payment", declinedPayment.orderId().toString(), 1L,
							"cloudshop.payment.PaymentDeclined.v1"),
					tuple("payment.events", "Payment", refundedPayment.orderId().toString(), 1L,
							"cloudshop.payment.PaymentAuthorized.v1"),
					tuple("payment.events", "Payment", refundedPayment.orderId().toString(), 2L,
							"cloudshop.payment.PaymentRefunded.v1"));
	}

	@Test
	void namesEveryEventTypeAsAVersionedCloudEventsType() {
		assertThat(Arrays.asList(PaymentEvent.class.getPermittedSubclasses()))
			.allSatisfy((type) -> assertThat(PaymentEventOutbox.TYPES.get(type))
				.isEqualTo("cloudshop.payment." + type.getSimpleName() + ".v1"));
	}

}
