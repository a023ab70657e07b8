package dev.retort.templates;

import java.time.Instant;
import java.util.List;

/** Documents whose rendering is pinned by golden files; their SQL is applied to PostgreSQL by a test. */
final class GoldenDocuments {

    private GoldenDocuments() {
    }

    /** A second revision: a multi-line CREATE TABLE, SQL with quotes and semicolons, a finding, a destructive drop. */
    static RevisionDocument addOrders() {
        return new RevisionDocument(
                "3f2a9c1b7e4d",
                List.of("1a2b3c4d5e6f"),
                "add orders\nand their <notes> & \"status\"",
                Instant.parse("2026-11-23T10:15:30.123456Z"),
                List.of(
                        new ScriptStatement("entity Order (table public.orders)", """
                                CREATE TABLE public.orders (
                                    id bigint NOT NULL,
                                    status varchar(20) DEFAULT 'NEW;' NOT NULL,
                                    note text DEFAULT 'it''s <b>',
                                    CONSTRAINT orders_pkey PRIMARY KEY (id)
                                )""", false),
                        new ScriptStatement("Order.status", "COMMENT ON COLUMN public.orders.status IS "
                                + "'lifecycle: NEW -> PAID; \"quoted\"';", false)),
                List.of(new ScriptStatement("entity Order (table public.orders)", "DROP TABLE public.orders", true)),
                List.of(new ReportedFinding("public.legacy_audit",
                        "table exists in the database\nbut no entity maps it")),
                "0.1.0");
    }

    /** The first revision: no parents, no message, nothing to revert. */
    static RevisionDocument firstEmpty() {
        return new RevisionDocument("1a2b3c4d5e6f", List.of(), "", Instant.parse("2026-11-22T08:00:00Z"),
                List.of(new ScriptStatement("schema app", "CREATE SCHEMA app", false)), List.of(), List.of(), "0.1.0");
    }
}
