-- Later rules the DBA added: every customer has a name (stored as text), a legacy code from the old shop,
-- and comments for the reporting team.
UPDATE customer SET full_name = email WHERE full_name IS NULL;
ALTER TABLE customer ALTER COLUMN full_name TYPE text;
ALTER TABLE customer ALTER COLUMN full_name SET NOT NULL;
ALTER TABLE customer ADD COLUMN legacy_code varchar(20);
UPDATE customer SET legacy_code = 'OLD-' || id WHERE id < 3;
COMMENT ON TABLE customer IS 'People who buy from the shop';
COMMENT ON COLUMN customer.legacy_code IS 'Customer number in the shop before 2024';

-- A table of the DBA's own, which no entity maps: the import log of the old shop.
CREATE TABLE customer_import_log (id bigint PRIMARY KEY, imported_at timestamp NOT NULL DEFAULT now(), source text);
INSERT INTO customer_import_log VALUES (1, '2024-01-02 03:04:05', 'old shop');
