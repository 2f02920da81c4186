package dev.cloudshop.payment.payment.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.cloudshop.payment.account.application.AccountService;
import dev.cloudshop.payment.payment.AuthorizePayment;
import dev.cloudshop.payment.payment.DeclineReason;
import dev.cloudshop.payment.payment.Payment;
import dev.cloudshop.payment.payment.PaymentEvent;
import dev.cloudshop.payment.payment.PaymentRefunded;
import dev.cloudshop.payment.payment.RefundPayment;
import dev.cloudshop.payment.payment.persistence.PaymentRepository;
import dev.cloudshop.support.inbox.ProcessedEvents;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out the payment commands of the order saga. Each command runs in one transaction:
 * it records the command's id as processed, locks or creates the order's payment, moves money
 * (a conditional debit, or a credit on refund) and appends the answer to the outbox. So a
 * command's effect and its answer are stored together or not at all.
 * <p>
 * The order's payment remembers the first outcome, so a command delivered again (same
 * {@code ce_id}) or sent again (a new one) moves no money and gets the same answer again; see
 * {@link Payment}.
 */
@Service
@Transactional
public class PaymentService {

	/** The name payment commands are recorded under in the processed events. */
	public static final String CONSUMER = "payment-commands";

	private static final Log logger = LogFactory.getLog(PaymentService.class);

	private final PaymentRepository payments;

	private final AccountService accounts;

	private final ProcessedEvents processedEvents;

	private final PaymentEvents events;

	private final Clock clock;

	PaymentService(PaymentRepository payments, AccountService accounts, ProcessedEvents processedEvents,
			PaymentEvents events, Clock clock) {
		this.payments = payments;
		this.accounts = accounts;
		this.processedEvents = processedEvents;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Takes the amount for the order if nothing was decided for it yet, and answers with the
	 * order's outcome: {@code PaymentAuthorized} or {@code PaymentDeclined}.
	 * @param commandId the command's {@code ce_id}
	 */
	public PaymentEvent authorize(String commandId, AuthorizePayment command) {
		boolean firstDelivery = recordProcessed(commandId);
		Payment payment = this.payments.findByOrderIdForUpdate(command.orderId()).orElseGet(() -> take(command));
		PaymentEvent answer = payment.answer(command);
		this.events.publish(answer);
		logAnswer(commandId, firstDelivery, answer);
		return answer;
	}

	/**
	 * Gives back what was taken for the order, at most once, or voids the order's payment when
	 * nothing was decided for it yet; answers with {@code PaymentRefunded}.
	 * @param commandId the command's {@code ce_id}
	 */
	public PaymentRefunded refund(String commandId, RefundPayment command) {
		boolean firstDelivery = recordProcessed(commandId);
		Instant now = this.clock.instant();
		Optional<Payment> existing = this.payments.findByOrderIdForUpdate(command.orderId());
		Payment payment;
		if (existing.isPresent()) {
			payment = existing.get();
			BigDecimal givenBack = payment.refund(now);
			if (givenBack.signum() > 0) {
				this.accounts.credit(payment.customerId(), givenBack);
			}
		}
		else {
			payment = Payment.voided(UUID.randomUUID(), command.orderId(), AccountService.CURRENCY, now);
			this.payments.insert(payment);
		}
		PaymentRefunded answer = payment.refundAnswer();
		this.events.publish(answer);
		logAnswer(commandId, firstDelivery, answer);
		return answer;
	}

	/**
	 * The caller's payments of the order (at most one).
	 * @throws PaymentNotFoundException when the caller has none: no payment for the order, or
	 * another customer's
	 */
	@Transactional(readOnly = true)
	public List<Payment> findForCustomer(UUID customerId, UUID orderId) {
		return this.payments.findByOrderId(orderId)
			.filter((payment) -> payment.belongsTo(customerId))
			.map(List::of)
			.orElseThrow(() -> new PaymentNotFoundException(orderId));
	}

	private Payment take(AuthorizePayment command) {
		Instant now = this.clock.instant();
		UUID paymentId = UUID.randomUUID();
		Payment payment;
		if (!AccountService.CURRENCY.equals(command.currency())) {
			payment = Payment.declined(paymentId, command, DeclineReason.CURRENCY_NOT_SUPPORTED, now);
		}
		else if (this.accounts.debit(command.customerId(), command.amount())) {
			payment = Payment.authorized(paymentId, command, now);
		}
		else {
			payment = Payment.declined(paymentId, command, DeclineReason.INSUFFICIENT_FUNDS, now);
		}
		this.payments.insert(payment);
		return payment;
	}

	private boolean recordProcessed(String commandId) {
		return this.processedEvents.markProcessed(CONSUMER, commandId);
	}

	private static void logAnswer(String commandId, boolean firstDelivery, PaymentEvent answer) {
		if (logger.isDebugEnabled()) {
			logger.debug("Command " + commandId + (firstDelivery ? "" : " (delivered again)") + " answered with "
					+ answer);
		}
	}

}
