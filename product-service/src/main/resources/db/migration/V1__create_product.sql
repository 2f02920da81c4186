-- The catalog: one row per product. The checks back the aggregate's rules in the database,
-- so no code path, however wrong, can store negative stock or a non-positive price.
create table product (
    id          uuid           primary key,
    sku         varchar(40)    not null,
    name        varchar(200)   not null,
    description varchar(2000)  not null,
    price       numeric(12, 2) not null,
    currency    varchar(3)     not null,
    stock       integer        not null,
    status      varchar(16)    not null,
    version     bigint         not null,
    constraint product_sku_key unique (sku),
    constraint product_stock_not_negative check (stock >= 0),
    constraint product_price_positive check (price > 0),
    constraint product_status_known check (status in ('ACTIVE', 'DISCONTINUED')),
    constraint product_version_positive check (version >= 1)
);

-- Listing sorts by one of these columns and then by id (the tie-breaker that keeps pages
-- stable); sku is unique, so its unique index serves it.
create index product_name_idx on product (name, id);
create index product_price_idx on product (price, id);
create index product_stock_idx on product (stock, id);
