package dev.cloudshop.order.idempotency.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import dev.cloudshop.order.idempotency.IdempotencyKeyReusedException;
import dev.cloudshop.order.idempotency.IdempotentRequest;
import dev.cloudshop.order.idempotency.StoredAnswer;
import dev.cloudshop.order.idempotency.persistence.IdempotencyKeyRepository;
import dev.cloudshop.order.idempotency.persistence.IdempotencyKeyRepository.StoredKey;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@value IdempotentRequest#HEADER} semantics of a creating request, per customer and key:
 * <ul>
 * <li>the first request with a key claims it, and stores its answer in the transaction of its
 * effect: both are stored, or neither (a failed request leaves the key free);</li>
 * <li>a retry with the same key and the same request gets that answer again, and has no
 * effect;</li>
 * <li>the same key with a different request is refused ({@link IdempotencyKeyReusedException});</li>
 * <li>a copy racing the first waits for the first's transaction, then gets its answer;</li>
 * <li>a key is remembered for {@code cloudshop.idempotency.retention} (24 h), then forgotten.</li>
 * </ul>
 */
@Service
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotentRequests {

	private static final Log logger = LogFactory.getLog(IdempotentRequests.class);

	private final IdempotencyKeyRepository keys;

	private final IdempotencyProperties properties;

	private final Clock clock;

	IdempotentRequests(IdempotencyKeyRepository keys, IdempotencyProperties properties, Clock clock) {
		this.keys = keys;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The answer an earlier request with this key got, if the key is known.
	 * @throws IdempotencyKeyReusedException when the key was used for a different request
	 */
	@Transactional(readOnly = true)
	public Optional<StoredAnswer> earlierAnswer(IdempotentRequest request) {
		return this.keys.find(request, this.clock.instant()).flatMap((stored) -> answerFor(request, stored));
	}

	/**
	 * Claims the key in the caller's transaction, which then stores its answer with
	 * {@link #remember}. If a racing request holds the key, waits for its transaction to end.
	 * @return empty when claimed; the answer of the request that holds the key otherwise
	 * @throws IdempotencyKeyReusedException when the key holder was a different request
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<StoredAnswer> claim(IdempotentRequest request) {
		Instant now = this.clock.instant();
		if (this.keys.claim(request, now, now.plus(this.properties.retention()))) {
			return Optional.empty();
		}
		StoredKey holder = this.keys.find(request, now)
			.orElseThrow(() -> new IllegalStateException("Idempotency key '" + request.key() + "' vanished"));
		return Optional.of(answerFor(request, holder)
			.orElseThrow(() -> new IllegalStateException("Idempotency key '" + request.key() + "' has no answer")));
	}

	/** Stores the answer of the request that claimed the key, in its transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void remember(IdempotentRequest request, StoredAnswer answer) {
		this.keys.answer(request, answer);
	}

	@Scheduled(fixedDelayString = "${cloudshop.idempotency.purge-interval:1h}")
	@Transactional
	public void forgetExpired() {
		int deleted = this.keys.deleteExpired(this.clock.instant());
		if (deleted > 0 && logger.isDebugEnabled()) {
			logger.debug("Forgot " + deleted + " expired idempotency keys");
		}
	}

	private static Optional<StoredAnswer> answerFor(IdempotentRequest request, StoredKey stored) {
		if (!stored.fingerprint().equals(request.fingerprint())) {
			throw new IdempotencyKeyReusedException(request.key());
		}
		return stored.answer();
	}

}
