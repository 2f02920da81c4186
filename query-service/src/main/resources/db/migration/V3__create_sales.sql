-- Sales figures (feature dev.cloudshop.query.sales), from order.events. Each table holds the
-- facts as they come, in whatever order: an order's lines from OrderPlaced, its confirmation or
-- cancellation time from its end. The figures are sums over a time window, computed when asked.

-- One row per order seen: its confirmation (with the total the customer paid) or cancellation.
create table sales_order (
    order_id      uuid        primary key,
    total         numeric,
    currency      varchar(3),
    confirmed_at  timestamptz,
    cancelled_at  timestamptz,
    last_event_at timestamptz not null,
    applied_at    timestamptz not null
);

create index sales_order_confirmed_idx on sales_order (confirmed_at) where confirmed_at is not null;
create index sales_order_cancelled_idx on sales_order (cancelled_at) where cancelled_at is not null;
create index sales_order_applied_idx on sales_order (applied_at);
create index sales_order_last_event_idx on sales_order (last_event_at);

-- The lines of every placed order, with the order's confirmation time once it is confirmed
-- (null before, and for ever if it is cancelled).
create table sales_line (
    order_id     uuid        not null,
    product_id   uuid        not null,
    product_name text        not null,
    quantity     integer     not null,
    line_total   numeric     not null,
    currency     varchar(3)  not null,
    confirmed_at timestamptz,
    primary key (order_id, product_id)
);

create index sales_line_confirmed_idx on sales_line (confirmed_at) where confirmed_at is not null;
