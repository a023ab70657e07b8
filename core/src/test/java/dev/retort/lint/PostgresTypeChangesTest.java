package dev.retort.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.schema.ColumnType;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The linter's type facts held against PostgreSQL: a statement's spelling of a type read as format_type prints it,
 * and which type changes rewrite the table, seen by whether the table's file (pg_class.relfilenode) changes.
 */
@ExtendWith(PostgresExtension.class)
class PostgresTypeChangesTest {

    @Test
    void aStatementsSpellingOfATypeIsReadAsFormatTypePrintsIt(TestDatabase database) {
        List<String> spellings = List.of("varchar(20)", "VARCHAR", "int8", "int", "int2", "timestamptz(3)",
                "timestamp", "timestamp(3) without time zone", "decimal(10, 2)", "numeric", "float", "float4",
                "bool", "char", "character(5)", "time(2)", "timetz", "int[]", "varbit(5)", "double precision",
                "text", "uuid", "jsonb", "bigserial");
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < spellings.size(); i++) {
            columns.add("c" + i + " " + spellings.get(i));
        }
        database.execute("CREATE TABLE spelled (" + String.join(", ", columns) + ")");
        List<String> printed = database.queryColumn("SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
                + " WHERE attrelid = 'spelled'::regclass AND attnum > 0 ORDER BY attnum");

        assertThat(spellings.stream().map(s -> PostgresTypeChanges.spelled(words(s)).orElseThrow().sql()).toList())
                .containsExactlyElementsOf(printed);
    }

    @Test
    void theChangesJudgedInPlaceKeepTheTablesFileAndTheOthersRewriteIt(TestDatabase database) {
        List<List<String>> changes = List.of(
                List.of("character varying(10)", "character varying(20)"),
                List.of("character varying(10)", "character varying"),
                List.of("character varying(10)", "text"),
                List.of("text", "character varying"),
                List.of("numeric(10,2)", "numeric(12,2)"),
                List.of("numeric(10,2)", "numeric"),
                List.of("timestamp(3) without time zone", "timestamp(5) without time zone"),
                List.of("timestamp(3) with time zone", "timestamp with time zone"),
                List.of("time(2) without time zone", "time(4) without time zone"),
                List.of("interval(2)", "interval"),
                List.of("bit varying(5)", "bit varying(10)"),
                List.of("cidr", "inet"),
                List.of("integer", "bigint"),
                List.of("character varying(20)", "character varying(10)"),
                List.of("numeric(10,2)", "numeric(10,3)"),
                List.of("numeric", "numeric(10,2)"),
                List.of("text", "character varying(10)"),
                List.of("character varying(10)[]", "character varying(20)[]"),
                List.of("timestamp without time zone", "timestamp(3) without time zone"),
                List.of("integer", "text"));
        for (int i = 0; i < changes.size(); i++) {
            ColumnType from = ColumnType.of(changes.get(i).get(0));
            ColumnType to = ColumnType.of(changes.get(i).get(1));
            String table = "change" + i;
            database.execute("CREATE TABLE " + table + " (c " + from.sql() + ")",
                    "INSERT INTO " + table + " VALUES (NULL)");
            String before = relfilenode(database, table);
            database.execute("ALTER TABLE " + table + " ALTER COLUMN c TYPE " + to.sql() + " USING c::" + to.sql());

            boolean rewritten = !relfilenode(database, table).equals(before);
            assertThat(PostgresTypeChanges.withoutRewrite(from, to)).as("%s to %s without a rewrite", from, to)
                    .isEqualTo(!rewritten);
        }
    }

    @Test
    void aChangeKeepsEveryValueWhenTheNewTypeHoldsTheOld() {
        assertThat(PostgresTypeChanges.keepsEveryValue(ColumnType.of("integer"), ColumnType.of("bigint"))).isTrue();
        assertThat(PostgresTypeChanges.keepsEveryValue(ColumnType.of("character varying(300)"),
                ColumnType.of("character varying(255)"))).isFalse();
        assertThat(PostgresTypeChanges.keepsEveryValue(ColumnType.of("timestamp without time zone"),
                ColumnType.of("date"))).isFalse();
        assertThat(PostgresTypeChanges.keepsEveryValue(ColumnType.of("numeric(12,2)"),
                ColumnType.of("numeric(12,0)"))).isFalse();
    }

    private static List<Word> words(String spelling) {
        List<Word> words = new ArrayList<>();
        Words cursor = Words.of(spelling);
        while (!cursor.atEnd()) {
            words.add(cursor.next());
        }
        return words;
    }

    private static String relfilenode(TestDatabase database, String table) {
        return database.queryColumn("SELECT relfilenode FROM pg_class WHERE oid = '" + table + "'::regclass").get(0);
    }
}
