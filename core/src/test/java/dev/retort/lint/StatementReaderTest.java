package dev.retort.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.lint.AlterAction.ConstraintKind;
import dev.retort.schema.ColumnType;
import dev.retort.schema.QualifiedName;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the reader makes of the statement forms the rules look at, and that it never fails on anything else. */
class StatementReaderTest {

    private final StatementReader reader = new StatementReader("public");

    @Test
    void namesFoldLikePostgresAndQuotedOnesKeepTheirCase() {
        Ddl ddl = reader.read("ALTER TABLE IF EXISTS ONLY \"Shop\".\"Order\" ALTER COLUMN \"Note\" SET DATA TYPE"
                + " VARCHAR(10) USING \"Note\"::varchar(10), DROP COLUMN IF EXISTS Extra CASCADE");

        assertThat(ddl).isEqualTo(new Ddl.AlterTable(QualifiedName.of("Shop", "Order"), List.of(
                new AlterAction.ChangeType("Note", Optional.of(ColumnType.of("character varying(10)"))),
                new AlterAction.DropColumn("extra"))));
    }

    @Test
    void indexStatementsWithEveryOptionalWord() {
        assertThat(reader.read("create unique index concurrently if not exists idx on only s.t using btree (a)"))
                .isEqualTo(new Ddl.CreateIndex(QualifiedName.of("s", "idx"), QualifiedName.of("s", "t"), true, true));
        assertThat(reader.read("DROP INDEX CONCURRENTLY IF EXISTS a_idx, s.b_idx RESTRICT")).isEqualTo(
                new Ddl.DropIndex(List.of(QualifiedName.of("public", "a_idx"), QualifiedName.of("s", "b_idx")), true));
        assertThat(reader.read("REINDEX (VERBOSE) TABLE CONCURRENTLY orders")).isEqualTo(
                new Ddl.Reindex("table", Optional.of(QualifiedName.of("public", "orders")), true));
    }

    @Test
    void columnDefinitionsTheirTypesDefaultsAndConstraints() {
        Ddl ddl = reader.read("ALTER TABLE t ADD COLUMN c timestamptz(3) DEFAULT clock_timestamp() NOT NULL,"
                + " ADD d numeric(12, 2) DEFAULT NULL REFERENCES s.other (id), ADD e int GENERATED ALWAYS AS IDENTITY");

        assertThat(((Ddl.AlterTable) ddl).actions()).containsExactly(
                new AlterAction.AddColumn(new ColumnDefinition("c",
                        Optional.of(ColumnType.of("timestamp(3) with time zone")), true, true,
                        Optional.of("clock_timestamp()"), Optional.empty(), false)),
                new AlterAction.AddColumn(new ColumnDefinition("d", Optional.of(ColumnType.of("numeric(12,2)")),
                        false, false, Optional.empty(), Optional.of(QualifiedName.of("s", "other")), false)),
                new AlterAction.AddColumn(new ColumnDefinition("e", Optional.of(ColumnType.of("integer")), false,
                        false, Optional.of("an identity"), Optional.empty(), false)));
    }

    @Test
    void constraintsTheirKindNameAndValidity() {
        Ddl ddl = reader.read("ALTER TABLE t ADD CONSTRAINT c_nn CHECK ((c IS NOT NULL)) NOT VALID,"
                + " ADD CHECK (a > 0 AND b IS NOT NULL), ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_idx,"
                + " ADD FOREIGN KEY (a) REFERENCES \"Other\" (id) ON DELETE CASCADE NOT VALID,"
                + " VALIDATE CONSTRAINT c_nn");

        assertThat(((Ddl.AlterTable) ddl).actions()).containsExactly(
                new AlterAction.AddConstraint("c_nn", ConstraintKind.CHECK, false, true, Optional.of("c"),
                        Optional.empty()),
                new AlterAction.AddConstraint("", ConstraintKind.CHECK, false, false, Optional.empty(),
                        Optional.empty()),
                new AlterAction.AddConstraint("t_pkey", ConstraintKind.PRIMARY_KEY, true, false, Optional.empty(),
                        Optional.empty()),
                new AlterAction.AddConstraint("", ConstraintKind.FOREIGN_KEY, false, true, Optional.empty(),
                        Optional.of(QualifiedName.of("public", "Other"))),
                new AlterAction.ValidateConstraint("c_nn"));
    }

    @Test
    void lockTimeoutsAndWhatBoundsAWait() {
        assertThat(reader.read("SET LOCAL lock_timeout TO '5s'")).isEqualTo(new Ddl.SetLockTimeout(true, true));
        assertThat(reader.read("SET lock_timeout = 3000")).isEqualTo(new Ddl.SetLockTimeout(false, true));
        assertThat(reader.read("set session lock_timeout = '0'")).isEqualTo(new Ddl.SetLockTimeout(false, false));
        assertThat(reader.read("SET lock_timeout TO DEFAULT")).isEqualTo(new Ddl.SetLockTimeout(false, false));
        assertThat(reader.read("RESET lock_timeout")).isEqualTo(new Ddl.SetLockTimeout(false, false));
        assertThat(reader.read("SET statement_timeout = 0")).isEqualTo(new Ddl.Other());
    }

    @Test
    void tablesDropsTruncatesAndDeletes() {
        assertThat(reader.read("CREATE TABLE IF NOT EXISTS a (id bigint PRIMARY KEY, b_id bigint REFERENCES b,"
                + " CONSTRAINT a_c_fk FOREIGN KEY (id) REFERENCES s.c (id))")).isEqualTo(new Ddl.CreateTable(
                QualifiedName.of("public", "a"), List.of(
                        new ColumnDefinition("id", Optional.of(ColumnType.of("bigint")), true, false,
                                Optional.empty(), Optional.empty(), true),
                        new ColumnDefinition("b_id", Optional.of(ColumnType.of("bigint")), false, false,
                                Optional.empty(), Optional.of(QualifiedName.of("public", "b")), false)),
                List.of(QualifiedName.of("public", "b"), QualifiedName.of("s", "c"))));
        assertThat(reader.read("DROP TABLE IF EXISTS a, b.c CASCADE")).isEqualTo(new Ddl.DropTable(List.of(
                QualifiedName.of("public", "a"), QualifiedName.of("b", "c"))));
        assertThat(reader.read("TRUNCATE TABLE ONLY a, b RESTART IDENTITY")).isEqualTo(new Ddl.Truncate(List.of(
                QualifiedName.of("public", "a"), QualifiedName.of("public", "b"))));
        assertThat(reader.read("DELETE FROM a")).isEqualTo(new Ddl.DeleteAll(QualifiedName.of("public", "a")));
        assertThat(reader.read("DELETE FROM a USING b WHERE a.id = b.id")).isEqualTo(new Ddl.Other());
    }

    @Test
    void commentsAndLineBreaksInsideAStatementAreBlanks() {
        assertThat(reader.read("ALTER TABLE /* the big one */ orders -- really\n  RENAME COLUMN a TO b"))
                .isEqualTo(new Ddl.AlterTable(QualifiedName.of("public", "orders"),
                        List.of(new AlterAction.RenameColumn("a", "b"))));
    }

    @Test
    void anythingElseIsOtherNeverAnError() {
        for (String sql : List.of("DO $$ BEGIN ALTER TABLE t DROP COLUMN c; END $$",
                "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'select 1'", "ALTER TABLE", "CREATE INDEX",
                "DROP INDEX", "ALTER TABLE t ADD", "COMMENT ON TABLE t IS 'DROP TABLE t'", "SET", "REINDEX",
                "ALTER TABLE t ALTER COLUMN c TYPE", "CREATE TABLE t AS SELECT 1", "(", ")")) {
            Ddl ddl = reader.read(sql);
            assertThat(ddl).as(sql).isNotNull();
        }
        assertThat(reader.read("DO $$ BEGIN ALTER TABLE t DROP COLUMN c; END $$")).isEqualTo(new Ddl.Other());
        assertThat(reader.read("COMMENT ON TABLE t IS 'DROP TABLE t'")).isEqualTo(new Ddl.Other());
    }
}
