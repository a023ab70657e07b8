INSERT INTO category (id, name) VALUES (1, 'Tea'), (2, 'Coffee'), (3, 'Accessories');

INSERT INTO product (id, sku, title, price, status, category_id) VALUES
    (1, 'TEA-001', 'Sencha', 12.50, 'ACTIVE', 1),
    (2, 'TEA-002', 'Assam', 9.90, 'ACTIVE', 1),
    (3, 'COF-001', 'Yirgacheffe', 15.00, 'ACTIVE', 2),
    (4, 'ACC-001', 'Kettle', 49.00, 'RETIRED', 3),
    (5, 'ACC-002', 'Filter papers', 3.20, 'ACTIVE', NULL);

INSERT INTO tag (id, label) VALUES (1, 'organic'), (2, 'bestseller'), (3, 'gift');

INSERT INTO product_tag (tag_id, product_id) VALUES (1, 1), (2, 1), (2, 3), (3, 4);

INSERT INTO customer (id, email, full_name, loyalty_points, created_at) VALUES
    (1, 'ada@example.com', 'Ada Lovelace', 120, '2024-01-05 10:00:00'),
    (2, 'alan@example.com', 'Alan Turing', 0, '2024-02-11 16:30:00'),
    (3, 'grace@example.com', NULL, 35, '2024-03-20 08:15:00');

INSERT INTO purchase_order (id, customer_id, placed_at, note) VALUES
    (1, 1, '2024-04-01 09:00:00+00', 'leave at the door'),
    (2, 1, '2024-04-15 12:00:00+00', NULL),
    (3, 3, '2024-05-02 18:45:00+00', 'gift wrap');

INSERT INTO order_line (order_id, line_no, product_id, quantity) VALUES
    (1, 1, 1, 2), (1, 2, 3, 1), (2, 1, 2, 5), (3, 1, 4, 1), (3, 2, 5, 3);
