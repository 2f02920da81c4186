package dev.cloudshop.order.idempotency.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import dev.cloudshop.order.idempotency.IdempotentRequest;
import dev.cloudshop.order.idempotency.StoredAnswer;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code idempotency_key} table: one row per customer and key, with the fingerprint of the
 * request that claimed it and, once that request's transaction commits, its answer.
 */
@Repository
public class IdempotencyKeyRepository {

	private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	IdempotencyKeyRepository(DataSource dataSource, JsonMapper json) {
		this.jdbc = JdbcClient.create(dataSource);
		this.json = json;
	}

	/** A key as stored: the fingerprint it was claimed with and the answer (absent until committed). */
	public record StoredKey(String fingerprint, Optional<StoredAnswer> answer) {
	}

	/** The key, unless it expired before {@code now}. */
	public Optional<StoredKey> find(IdempotentRequest request, Instant now) {
		return this.jdbc.sql("""
				select request_hash, response_status, response_headers, response_body
				from idempotency_key
				where customer_id = ? and idempotency_key = ? and expires_at > ?
				""")
			.params(request.customerId(), request.key(), utc(now))
			.query((rs, row) -> {
				int status = rs.getInt("response_status");
				Optional<StoredAnswer> answer = rs.wasNull() ? Optional.empty()
						: Optional.of(new StoredAnswer(status,
								this.json.readValue(rs.getString("response_headers"), HEADERS),
								rs.getString("response_body")));
				return new StoredKey(rs.getString("request_hash"), answer);
			})
			.optional();
	}

	/**
	 * Claims the key for the request in the caller's transaction: inserts it, after deleting an
	 * expired row of the same key. When another transaction is inserting the same key, this waits
	 * for it to end (the primary key), and then claims nothing if it committed.
	 * @return true if claimed, false if the key is already taken
	 */
	public boolean claim(IdempotentRequest request, Instant now, Instant expiresAt) {
		this.jdbc.sql("delete from idempotency_key where customer_id = ? and idempotency_key = ? and expires_at <= ?")
			.params(request.customerId(), request.key(), utc(now))
			.update();
		return this.jdbc.sql("""
				insert into idempotency_key (customer_id, idempotency_key, request_hash, created_at, expires_at)
				values (?, ?, ?, ?, ?)
				on conflict do nothing
				""")
			.params(request.customerId(), request.key(), request.fingerprint(), utc(now),
					utc(expiresAt))
			.update() == 1;
	}

	/** Stores the answer of a claimed key, in the transaction that claimed it. */
	public void answer(IdempotentRequest request, StoredAnswer answer) {
		int updated = this.jdbc.sql("""
				update idempotency_key
				set response_status = ?, response_headers = cast(? as json), response_body = ?
				where customer_id = ? and idempotency_key = ?
				""")
			.params(answer.status(), this.json.writeValueAsString(answer.headers()), answer.body(), request.customerId(),
					request.key())
			.update();
		if (updated != 1) {
			throw new IllegalStateException("Idempotency key '" + request.key() + "' was not claimed");
		}
	}

	/** Deletes the keys that expired before {@code now}; returns how many. */
	public int deleteExpired(Instant now) {
		return this.jdbc.sql("delete from idempotency_key where expires_at <= ?").param(utc(now)).update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
