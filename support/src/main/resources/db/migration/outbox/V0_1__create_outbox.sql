-- Events waiting to be published to Kafka, written in the same transaction as the state change
-- they describe. sequence_number is the publication order; published_at stays null until Kafka
-- has acknowledged the record.
create table outbox_event (
    sequence_number   bigint generated always as identity primary key,
    event_id          uuid        not null,
    topic             text        not null,
    aggregate_type    text        not null,
    aggregate_id      text        not null,
    aggregate_version bigint      not null,
    event_type        text        not null,
    payload           json        not null,
    traceparent       text,
    created_at        timestamptz not null,
    published_at      timestamptz
);

-- The relay reads the unpublished rows in sequence order; this index stays as small as the backlog.
create index outbox_event_unpublished on outbox_event (sequence_number) where published_at is null;

-- The purge deletes published rows older than the retention.
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;
