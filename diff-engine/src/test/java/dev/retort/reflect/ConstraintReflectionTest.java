package dev.retort.reflect;

import static dev.retort.reflect.Reflection.reflect;
import static dev.retort.reflect.Reflection.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Deferral;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class ConstraintReflectionTest {

    @Test
    void aCompositePrimaryKeyKeepsItsKeyOrderNotTheColumnOrder(TestDatabase database) {
        database.execute("create table t (a int, b int, c int, constraint t_key primary key (c, a))",
                "create table plain (id int primary key)", "create table keyless (x int)");

        SchemaModel model = reflect(database, "public");

        assertThat(table(model, "public", "t").primaryKey()).isEqualTo(new PrimaryKey("t_key", List.of("c", "a")));
        assertThat(table(model, "public", "plain").primaryKey()).isEqualTo(PrimaryKey.of("plain_pkey", "id"));
        assertThat(table(model, "public", "keyless").primaryKey()).isNull();
    }

    @Test
    void uniqueConstraintsKeepTheirNamesAndColumnOrder(TestDatabase database) {
        database.execute("create table t (a int, b int, c int unique, constraint uq_ba unique (b, a))");

        assertThat(table(reflect(database, "public"), "public", "t").uniqueConstraints()).containsExactly(
                UniqueConstraint.of("t_c_key", "c"), UniqueConstraint.of("uq_ba", "b", "a"));
    }

    @Test
    void checksAreReadAsPgGetConstraintdefPrintsThemWithoutTheCheckKeyword(TestDatabase database) {
        database.execute("create table t (id int, score int check (score >= 0),"
                        + " status varchar(20) check (status in ('A','B')), lo int, hi int,"
                        + " constraint ck_range check (hi > lo), constraint ck_constant check (1 < 2))",
                "alter table t alter column id set not null");

        Table table = table(reflect(database, "public"), "public", "t");

        assertThat(table.checks()).containsExactly(
                new CheckConstraint("ck_constant", "((1 < 2))", List.of()),
                new CheckConstraint("ck_range", "((hi > lo))", List.of("lo", "hi")),
                new CheckConstraint("t_score_check", "((score >= 0))", List.of("score")),
                new CheckConstraint("t_status_check",
                        "(((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[])))",
                        List.of("status")));
        assertThat(database.queryColumn("select substr(pg_get_constraintdef(oid), 7) from pg_constraint"
                + " where conname in ('t_score_check', 't_status_check', 'ck_range', 'ck_constant') order by conname"))
                .containsExactlyElementsOf(table.checks().stream().map(CheckConstraint::expression).toList());
    }

    @Test
    void aCheckNamedLikeAnotherTablesCheckKeepsItsOwnExpression(TestDatabase database) {
        database.execute("create table a (x int, constraint positive check (x > 0))",
                "create table b (y int, constraint positive check (y > 1))");

        SchemaModel model = reflect(database, "public");

        assertThat(table(model, "public", "a").checks()).containsExactly(
                new CheckConstraint("positive", "((x > 0))", List.of("x")));
        assertThat(table(model, "public", "b").checks()).containsExactly(
                new CheckConstraint("positive", "((y > 1))", List.of("y")));
    }

    @Test
    void checkSuffixesForNoInheritAndNotValidAreNotPartOfTheExpression(TestDatabase database) {
        database.execute("create table t (x int, constraint ck_ni check (x > 0) no inherit)",
                "alter table t add constraint ck_nv check (x < 10) not valid");

        assertThat(table(reflect(database, "public"), "public", "t").checks())
                .extracting(CheckConstraint::expression).containsExactly("((x > 0))", "((x < 10))");
    }

    @Test
    void foreignKeysCarryEveryActionAndDeferral(TestDatabase database) {
        database.execute("create table parent (id int primary key, code int unique)",
                "create table child (a int, b int, c int, d int, e int,"
                        + " constraint fk_a foreign key (a) references parent on delete cascade on update set null,"
                        + " constraint fk_b foreign key (b) references parent on delete set default"
                        + " on update restrict deferrable,"
                        + " constraint fk_c foreign key (c) references parent (code) deferrable initially deferred,"
                        + " constraint fk_d foreign key (d) references parent on delete restrict on update cascade,"
                        + " constraint fk_e foreign key (e) references parent on delete set null"
                        + " on update set default deferrable initially immediate)");
        QualifiedName parent = QualifiedName.of("public", "parent");

        assertThat(table(reflect(database, "public"), "public", "child").foreignKeys()).containsExactly(
                new ForeignKey("fk_a", List.of("a"), parent, List.of("id"), ReferentialAction.CASCADE,
                        ReferentialAction.SET_NULL, Deferral.NOT_DEFERRABLE),
                new ForeignKey("fk_b", List.of("b"), parent, List.of("id"), ReferentialAction.SET_DEFAULT,
                        ReferentialAction.RESTRICT, Deferral.DEFERRABLE_INITIALLY_IMMEDIATE),
                new ForeignKey("fk_c", List.of("c"), parent, List.of("code"), ReferentialAction.NO_ACTION,
                        ReferentialAction.NO_ACTION, Deferral.DEFERRABLE_INITIALLY_DEFERRED),
                new ForeignKey("fk_d", List.of("d"), parent, List.of("id"), ReferentialAction.RESTRICT,
                        ReferentialAction.CASCADE, Deferral.NOT_DEFERRABLE),
                new ForeignKey("fk_e", List.of("e"), parent, List.of("id"), ReferentialAction.SET_NULL,
                        ReferentialAction.SET_DEFAULT, Deferral.DEFERRABLE_INITIALLY_IMMEDIATE));
    }

    @Test
    void aCompositeForeignKeyPairsItsColumnsInConstraintOrder(TestDatabase database) {
        database.execute("create table parent (x int, y int, primary key (x, y))",
                "create table child (p int, q int, constraint fk foreign key (q, p) references parent (y, x))");

        assertThat(table(reflect(database, "public"), "public", "child").foreignKeys()).containsExactly(
                ForeignKey.of("fk", List.of("q", "p"), QualifiedName.of("public", "parent"), List.of("y", "x")));
    }

    @Test
    void crossSchemaAndSelfReferencingForeignKeysNameTheirTargetTable(TestDatabase database) {
        database.execute("create schema billing", "create schema \"Archive\"",
                "create table \"Archive\".\"Customer\" (id int primary key)",
                "create table billing.invoice (id int primary key, customer_id int references \"Archive\".\"Customer\","
                        + " previous_id int references billing.invoice)");

        SchemaModel both = reflect(database, "billing", "Archive");
        SchemaModel billingOnly = reflect(database, "billing");

        List<ForeignKey> expected = List.of(
                ForeignKey.of("invoice_customer_id_fkey", List.of("customer_id"),
                        QualifiedName.of("Archive", "Customer"), List.of("id")),
                ForeignKey.of("invoice_previous_id_fkey", List.of("previous_id"),
                        QualifiedName.of("billing", "invoice"), List.of("id")));
        assertThat(table(both, "billing", "invoice").foreignKeys()).containsExactlyElementsOf(expected);
        assertThat(table(billingOnly, "billing", "invoice").foreignKeys()).containsExactlyElementsOf(expected);
        assertThat(billingOnly.tables()).extracting(Table::name)
                .containsExactly(QualifiedName.of("billing", "invoice"));
    }

    @Test
    void aForeignKeyToAPartitionedTableIsReadOnce(TestDatabase database) {
        database.execute("create table measurement (id int, region int, primary key (id, region))"
                        + " partition by list (region)",
                "create table measurement_1 partition of measurement for values in (1)",
                "create table measurement_2 partition of measurement for values in (2)",
                "create table reading (m_id int, m_region int,"
                        + " constraint fk_m foreign key (m_id, m_region) references measurement)");

        assertThat(table(reflect(database, "public"), "public", "reading").foreignKeys()).containsExactly(
                ForeignKey.of("fk_m", List.of("m_id", "m_region"), QualifiedName.of("public", "measurement"),
                        List.of("id", "region")));
    }
}
