-- The customer order view (feature dev.cloudshop.query.orders), from order.events and payment.events.

-- One row per placed order, as its customer sees it. Created by OrderPlaced (version 1); the
-- order's end (version 2) sets its status. The lines are a JSON document:
-- [{productId, productName, quantity, unitPrice}].
create table orders_order (
    order_id      uuid        primary key,
    customer_id   uuid        not null,
    status        varchar(16) not null,
    cancel_reason text,
    lines         jsonb       not null,
    total         numeric     not null,
    currency      varchar(3)  not null,
    placed_at     timestamptz not null,
    confirmed_at  timestamptz,
    cancelled_at  timestamptz,
    version       bigint      not null,
    last_event_at timestamptz not null,
    applied_at    timestamptz not null,
    constraint orders_order_status_known check (status in ('PENDING', 'CONFIRMED', 'CANCELLED'))
);

-- A customer's orders, newest first.
create index orders_order_customer_idx on orders_order (customer_id, placed_at desc, order_id desc);

-- The version of every order whose events were applied, including those of types the view does
-- not read (they advance the version, nothing else). An order's next event applies only at
-- version + 1.
create table orders_sequence (
    order_id uuid   primary key,
    version  bigint not null
);

-- Order events that came before their predecessor (an order's end before its placing). They are
-- applied, in version order, as soon as the gap closes; never over it.
create table orders_parked_event (
    order_id   uuid        not null,
    version    bigint      not null,
    event_id   text        not null,
    type       text        not null,
    payload    text        not null,
    event_time timestamptz not null,
    parked_at  timestamptz not null default now(),
    primary key (order_id, version)
);

-- The payment steps of every order, the first event of each step kept (a repeated answer, under
-- another event id or version, is the same step). Kept whether or not the order is there yet;
-- the view merges them by state when it is read.
create table orders_payment_step (
    order_id    uuid        not null,
    step        varchar(16) not null,
    customer_id uuid,
    amount      numeric,
    currency    varchar(3),
    reason      text,
    event_time  timestamptz not null,
    applied_at  timestamptz not null,
    primary key (order_id, step),
    constraint orders_payment_step_known check (step in ('AUTHORIZED', 'DECLINED', 'REFUNDED'))
);
