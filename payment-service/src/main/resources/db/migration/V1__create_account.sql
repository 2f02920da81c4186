-- Customer accounts: one per customer (the token's sub), opened on first use with its opening
-- balance. The balance changes only by conditional updates (a debit needs balance >= amount),
-- and the check below backs that rule: no code path, however wrong, can overdraw an account.
create table account (
    customer_id uuid           primary key,
    balance     numeric(12, 2) not null,
    currency    varchar(3)     not null,
    version     bigint         not null,
    opened_at   timestamptz    not null,
    constraint account_balance_not_negative check (balance >= 0),
    constraint account_version_not_negative check (version >= 0)
);
