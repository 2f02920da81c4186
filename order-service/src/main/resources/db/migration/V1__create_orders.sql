-- Orders and the state of each order's saga, kept in the order's own row: the status (which
-- step's reply the saga awaits, or how the order ended), the deadline of that reply, the cancel
-- reason, and the compensations still to be acknowledged. The checks back the aggregate's rules.
create table orders (
    id                    uuid           primary key,
    customer_id           uuid           not null,
    status                varchar(20)    not null,
    cancel_reason         varchar(20),
    total                 numeric(16, 2) not null,
    currency              varchar(3)     not null,
    placed_at             timestamptz    not null,
    deadline              timestamptz,
    stock_release_pending boolean        not null,
    refund_pending        boolean        not null,
    version               bigint         not null,
    constraint orders_status_known check (status in ('PENDING', 'AWAITING_PAYMENT', 'COMPENSATING', 'CONFIRMED', 'CANCELLED')),
    constraint orders_reason_known check (cancel_reason in ('OUT_OF_STOCK', 'PAYMENT_DECLINED', 'TIMEOUT', 'CUSTOMER_CANCELLED')),
    constraint orders_reason_when_cancelling check ((cancel_reason is not null) = (status in ('COMPENSATING', 'CANCELLED'))),
    constraint orders_deadline_until_ended check ((deadline is null) = (status in ('CONFIRMED', 'CANCELLED'))),
    constraint orders_compensations_while_compensating check (
        (stock_release_pending or refund_pending) = (status = 'COMPENSATING')),
    constraint orders_total_positive check (total > 0),
    constraint orders_version_positive check (version >= 1)
);

-- A customer's orders, newest first (ties broken by id so pages stay stable).
create index orders_customer_idx on orders (customer_id, placed_at desc, id desc);

-- The timeout sweeper's question: which orders are past their deadline?
create index orders_deadline_idx on orders (deadline) where deadline is not null;

-- The priced lines, in the order the customer listed them.
create table order_line (
    order_id     uuid           not null references orders (id),
    line_number  integer        not null,
    product_id   uuid           not null,
    product_name varchar(200)   not null,
    quantity     integer        not null,
    unit_price   numeric(12, 2) not null,
    primary key (order_id, line_number),
    constraint order_line_quantity_range check (quantity between 1 and 100),
    constraint order_line_price_positive check (unit_price > 0)
);

-- Every status an order went through, with its time (and the cancel reason, once there is one).
create table order_status_change (
    order_id   uuid        not null references orders (id),
    position   integer     not null,
    status     varchar(20) not null,
    reason     varchar(20),
    changed_at timestamptz not null,
    primary key (order_id, position)
);
