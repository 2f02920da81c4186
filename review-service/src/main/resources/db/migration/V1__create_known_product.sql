-- The products review-service knows of, learnt from product.events (never asked for): one row
-- per product that any event has been seen for. DISCONTINUED is final; last_version is the
-- highest product version seen. See dev.cloudshop.review.product.KnownProduct.
create table known_product (
    product_id   uuid        primary key,
    status       varchar(16) not null,
    last_version bigint      not null,
    updated_at   timestamptz not null,
    constraint known_product_status_known check (status in ('ACTIVE', 'DISCONTINUED')),
    constraint known_product_version_positive check (last_version >= 1)
);
