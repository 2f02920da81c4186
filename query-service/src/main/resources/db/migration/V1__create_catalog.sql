-- The catalog read model. Every row belongs to a generation: the live catalog is the one ACTIVE
-- generation; a rebuild fills a BUILDING generation beside it from the event topics and then
-- swaps the two in one transaction. Queries read only the ACTIVE generation.
create table catalog_generation (
    generation   bigint      primary key,
    state        varchar(16) not null,
    created_at   timestamptz not null default now(),
    activated_at timestamptz,
    ended_at     timestamptz,
    constraint catalog_generation_state_known check (state in ('BUILDING', 'ACTIVE', 'RETIRED', 'ABANDONED'))
);

-- At most one live catalog and at most one being built, whatever the replicas do.
create unique index catalog_generation_one_active on catalog_generation ((true)) where state = 'ACTIVE';
create unique index catalog_generation_one_building on catalog_generation ((true)) where state = 'BUILDING';

insert into catalog_generation (generation, state, activated_at) values (1, 'ACTIVE', now());

-- The version of every aggregate whose events were applied to a generation, including those
-- whose events this service does not understand (they advance the version, nothing else).
-- An aggregate's next event applies only at version + 1.
create table catalog_aggregate (
    generation     bigint not null,
    aggregate_type text   not null,
    aggregate_id   text   not null,
    version        bigint not null,
    primary key (generation, aggregate_type, aggregate_id)
);

create table catalog_product (
    generation     bigint        not null,
    product_id     uuid          not null,
    sku            text          not null,
    name           text          not null,
    description    text          not null,
    price          numeric       not null,
    currency       varchar(3)    not null,
    stock          integer       not null,
    status         varchar(16)   not null,
    version        bigint        not null,
    created_at     timestamptz   not null,
    last_event_at  timestamptz   not null,
    applied_at     timestamptz   not null,
    rating_average numeric(3, 2),
    review_count   integer       not null default 0,
    search         tsvector      generated always as (to_tsvector('english', name || ' ' || description)) stored,
    primary key (generation, product_id),
    constraint catalog_product_status_known check (status in ('ACTIVE', 'DISCONTINUED'))
);

create index catalog_product_search_idx on catalog_product using gin (search);
create index catalog_product_newest_idx on catalog_product (generation, created_at desc, product_id) where status = 'ACTIVE';
create index catalog_product_price_idx on catalog_product (generation, price, product_id) where status = 'ACTIVE';

-- Reviews are aggregates of their own: a review may arrive before its product and waits here.
create table catalog_review (
    generation    bigint      not null,
    review_id     uuid        not null,
    product_id    uuid        not null,
    customer_id   text        not null,
    rating        integer     not null,
    title         text        not null,
    body          text        not null,
    status        varchar(16) not null,
    version       bigint      not null,
    posted_at     timestamptz not null,
    last_event_at timestamptz not null,
    primary key (generation, review_id),
    constraint catalog_review_status_known check (status in ('PUBLISHED', 'REMOVED'))
);

create index catalog_review_product_idx on catalog_review (generation, product_id, posted_at desc) where status = 'PUBLISHED';

-- Events that came before their predecessor (a gap in the aggregate's versions). They are
-- applied, in version order, as soon as the gap closes; never over it.
create table catalog_parked_event (
    generation     bigint      not null,
    aggregate_type text        not null,
    aggregate_id   text        not null,
    version        bigint      not null,
    event_id       text        not null,
    type           text        not null,
    payload        text        not null,
    event_time     timestamptz not null,
    parked_at      timestamptz not null default now(),
    primary key (generation, aggregate_type, aggregate_id, version)
);

-- Rebuilds and their progress, so that every replica can show them.
create table catalog_rebuild (
    rebuild_id      uuid        primary key,
    generation      bigint      not null references catalog_generation (generation),
    state           varchar(16) not null,
    started_at      timestamptz not null,
    finished_at     timestamptz,
    records_applied bigint      not null default 0,
    records_skipped bigint      not null default 0,
    failure_reason  text,
    constraint catalog_rebuild_state_known check (state in ('RUNNING', 'COMPLETED', 'FAILED'))
);

create unique index catalog_rebuild_one_running on catalog_rebuild ((true)) where state = 'RUNNING';
create index catalog_rebuild_latest_idx on catalog_rebuild (started_at desc);

-- Where the replay of one partition stands: it ends once position reaches end_offset, the end
-- of the partition when the rebuild began (the live listener applies everything after it).
create table catalog_rebuild_partition (
    rebuild_id   uuid    not null references catalog_rebuild (rebuild_id) on delete cascade,
    topic        text    not null,
    partition    integer not null,
    begin_offset bigint  not null,
    end_offset   bigint  not null,
    position     bigint  not null,
    primary key (rebuild_id, topic, partition)
);
