-- Reviews: one row per review ever posted. A removed review stays (status REMOVED, who removed
-- it and when) for audit; only PUBLISHED reviews are shown.
create table review (
    id          uuid          primary key,
    product_id  uuid          not null references known_product (product_id),
    customer_id uuid          not null,
    rating      integer       not null,
    title       varchar(120)  not null,
    body        varchar(4000) not null,
    status      varchar(16)   not null,
    posted_at   timestamptz   not null,
    edited_at   timestamptz,
    removed_at  timestamptz,
    removed_by  varchar(16),
    version     bigint        not null,
    constraint review_rating_range check (rating between 1 and 5),
    constraint review_status_known check (status in ('PUBLISHED', 'REMOVED')),
    constraint review_removed_by_known check (removed_by in ('AUTHOR', 'ADMIN')),
    constraint review_removal_recorded
        check ((status = 'REMOVED') = (removed_at is not null and removed_by is not null)),
    constraint review_version_positive check (version >= 1)
);

-- One live review per customer and product. The application checks first for a clear answer;
-- this index decides when two posts race, so both can never win.
create unique index review_one_live_per_customer on review (product_id, customer_id) where status = 'PUBLISHED';

-- The two listing orders (newest first; best rating first), each ending in the id so pages
-- stay stable.
create index review_newest_idx on review (product_id, posted_at desc, id desc) where status = 'PUBLISHED';
create index review_rating_idx on review (product_id, rating desc, posted_at desc, id desc) where status = 'PUBLISHED';
