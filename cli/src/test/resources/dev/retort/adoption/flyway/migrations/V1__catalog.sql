-- The shop's catalog, as the team first wrote it: one sequence for every entity, starting past the seed rows.
CREATE SEQUENCE store_seq START 1050 INCREMENT 50;

CREATE TABLE category (
    id bigint NOT NULL,
    name varchar(80) NOT NULL,
    CONSTRAINT pk_category PRIMARY KEY (id)
);

CREATE TABLE product (
    id bigint NOT NULL,
    sku varchar(40) NOT NULL,
    title varchar(255) NOT NULL,
    price numeric(12, 2) NOT NULL,
    status varchar(20) NOT NULL DEFAULT 'ACTIVE',
    category_id bigint,
    CONSTRAINT pk_product PRIMARY KEY (id),
    CONSTRAINT fk_product_category FOREIGN KEY (category_id) REFERENCES category (id) ON DELETE SET NULL,
    CONSTRAINT ck_product_price CHECK (price >= 0)
);

-- only active products are searched by title
CREATE INDEX ix_product_active_title ON product (title) WHERE status = 'ACTIVE';

CREATE TABLE tag (
    id bigint NOT NULL,
    label varchar(50) NOT NULL,
    CONSTRAINT pk_tag PRIMARY KEY (id)
);

-- unnamed constraints: PostgreSQL names them (product_tag_tag_id_fkey, ...)
CREATE TABLE product_tag (
    tag_id bigint NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    product_id bigint NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    PRIMARY KEY (tag_id, product_id)
);
