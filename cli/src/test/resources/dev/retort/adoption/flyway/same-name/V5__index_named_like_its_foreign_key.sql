-- An index named after the foreign key it serves: legal, a foreign key is not a relation.
CREATE INDEX fk_order_customer ON purchase_order (customer_id);
