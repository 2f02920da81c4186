-- The order saga's stock reservations: one row per order, written by the first command about
-- it (ReserveStock, or a ReleaseStock that came first), so a command sent again is answered
-- from here and never applied twice. lines: the units the order holds (RESERVED) or gave back
-- (RELEASED), [{productId, quantity}], empty if it never held any. A FAILED reservation keeps
-- its reason and the lines it could not serve, [{productId, requested, available}].
create table stock_reservation (
    order_id       uuid        primary key,
    status         varchar(16) not null,
    lines          jsonb       not null,
    failure_reason varchar(32),
    unavailable    jsonb       not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    constraint stock_reservation_status_known check (status in ('RESERVED', 'FAILED', 'RELEASED')),
    constraint stock_reservation_failure_reason_known
        check (failure_reason in ('OUT_OF_STOCK', 'PRODUCT_UNAVAILABLE')),
    constraint stock_reservation_failed_has_reason check (status <> 'FAILED' or failure_reason is not null),
    constraint stock_reservation_lines_array check (jsonb_typeof(lines) = 'array'),
    constraint stock_reservation_unavailable_array check (jsonb_typeof(unavailable) = 'array')
);
