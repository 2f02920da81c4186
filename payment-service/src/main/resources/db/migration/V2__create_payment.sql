-- Payments: at most one per order, whatever happens to it. The unique order_id is what makes
-- "money is never taken twice for one order" hold even when two deliveries of a command race:
-- the second insert fails, its transaction (debit included) rolls back, and its retry finds the
-- first payment and answers with its outcome.
create table payment (
    id             uuid           primary key,
    order_id       uuid           not null,
    customer_id    uuid,
    amount         numeric(12, 2) not null,
    currency       varchar(3)     not null,
    status         varchar(16)    not null,
    decline_reason varchar(32),
    created_at     timestamptz    not null,
    authorized_at  timestamptz,
    refunded_at    timestamptz,
    constraint payment_order_id_key unique (order_id),
    constraint payment_amount_not_negative check (amount >= 0),
    constraint payment_status_known check (status in ('AUTHORIZED', 'DECLINED', 'REFUNDED', 'VOIDED')),
    constraint payment_decline_reason_known
        check (decline_reason in ('INSUFFICIENT_FUNDS', 'CURRENCY_NOT_SUPPORTED', 'ORDER_REFUNDED')),
    constraint payment_declined_has_reason check ((status = 'DECLINED') = (decline_reason is not null)),
    -- Only a refund that came before any authorisation (VOIDED) leaves the customer unknown.
    constraint payment_customer_known check (status = 'VOIDED' or customer_id is not null),
    constraint payment_authorized_at_known
        check ((status in ('AUTHORIZED', 'REFUNDED')) = (authorized_at is not null)),
    constraint payment_refunded_at_known check ((status in ('REFUNDED', 'VOIDED')) = (refunded_at is not null))
);
