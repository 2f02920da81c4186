-- Idempotency-Key of POST /api/v1/orders, per customer: the fingerprint of the request that
-- first used the key and the answer it got, written in the transaction that created the order.
-- The primary key makes a racing duplicate wait for the first request's transaction.
create table idempotency_key (
    customer_id      uuid         not null,
    idempotency_key  varchar(255) not null,
    request_hash     varchar(64)  not null,
    response_status  integer,
    response_headers json,
    response_body    text,
    created_at       timestamptz  not null,
    expires_at       timestamptz  not null,
    primary key (customer_id, idempotency_key)
);

-- The purge deletes expired keys.
create index idempotency_key_expires_at on idempotency_key (expires_at);
