CREATE TABLE customer (
    id bigint NOT NULL,
    email varchar(500) NOT NULL,
    full_name varchar(120),
    loyalty_points bigint NOT NULL DEFAULT 0,
    created_at timestamp NOT NULL DEFAULT now(),
    CONSTRAINT pk_customer PRIMARY KEY (id),
    CONSTRAINT ux_customer_email UNIQUE (email)
);

CREATE INDEX ix_customer_email_lower ON customer (lower(email));

CREATE TABLE purchase_order (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    placed_at timestamptz NOT NULL,
    note varchar(500),
    CONSTRAINT pk_purchase_order PRIMARY KEY (id),
    CONSTRAINT fk_order_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
);

CREATE INDEX ix_purchase_order_placed_at ON purchase_order (placed_at);

CREATE TABLE order_line (
    order_id bigint NOT NULL,
    line_no integer NOT NULL,
    product_id bigint NOT NULL,
    quantity integer NOT NULL DEFAULT 1,
    CONSTRAINT pk_order_line PRIMARY KEY (order_id, line_no),
    CONSTRAINT fk_order_line_order FOREIGN KEY (order_id) REFERENCES purchase_order (id) ON DELETE CASCADE
);
