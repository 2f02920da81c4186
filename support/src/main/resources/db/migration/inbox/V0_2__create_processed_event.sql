-- The idempotent consumer's memory: which events each consumer has already applied. A row is
-- written in the same transaction as the event's effect, so a redelivered event finds it and is
-- skipped. consumer names a projection or handler (several may consume the same topic).
create table processed_event (
    consumer     text        not null,
    event_id     text        not null,
    processed_at timestamptz not null,
    primary key (consumer, event_id)
);

-- The purge deletes rows older than the retention.
create index processed_event_processed_at on processed_event (processed_at);
