package dev.retort.revisions;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScriptSplittingTest {

    @Test
    void aSemicolonEndsAStatementAndLinesCountFromOne() {
        assertThat(split("create table a (id int);\n\ncreate table b (id int);\n")).containsExactly(
                new SqlStatement("create table a (id int)", 1),
                new SqlStatement("create table b (id int)", 3));
    }

    @Test
    void aMultiLineStatementStartsAtItsFirstTokenAfterItsComments() {
        String text = """
                -- entity Order
                -- DESTRUCTIVE: may lose data
                CREATE TABLE orders (
                    id bigint
                );
                """;

        assertThat(split(text)).containsExactly(new SqlStatement("CREATE TABLE orders (\n    id bigint\n)", 3, true,
                true));
    }

    @Test
    void onlyTheStatementRightAfterADestructiveMarkIsMarked() {
        String text = """
                -- DESTRUCTIVE: may lose data
                DROP TABLE a;
                -- a cause
                DROP TABLE b;
                SELECT 1 -- DESTRUCTIVE inside a statement marks nothing
                ;
                -- DESTRUCTIVE: may lose data
                """;

        assertThat(split(text)).extracting(SqlStatement::destructive).containsExactly(true, false, false);
        assertThat(Script.parse(text).destructive()).isOne();
    }

    @Test
    void semicolonsInsideStandardStringsWithDoubledQuotesDoNotSplit() {
        assertThat(split("insert into t values ('a;b', 'it''s; fine');select 1;")).extracting(SqlStatement::sql)
                .containsExactly("insert into t values ('a;b', 'it''s; fine')", "select 1");
    }

    @Test
    void escapeStringsTakeBackslashEscapedQuotes() {
        assertThat(split("select E'a\\';b', e'\\\\';select 2")).extracting(SqlStatement::sql)
                .containsExactly("select E'a\\';b', e'\\\\'", "select 2");
    }

    @Test
    void aBackslashInAStandardStringEscapesNothing() {
        assertThat(split("select 'a\\';select 2")).extracting(SqlStatement::sql)
                .containsExactly("select 'a\\'", "select 2");
    }

    @Test
    void anIdentifierEndingInEIsNotAnEscapeStringPrefix() {
        // "somE" followed by a standard string: the backslash does not escape the quote that ends it.
        assertThat(split("select somE'\\';select 2")).extracting(SqlStatement::sql)
                .containsExactly("select somE'\\'", "select 2");
    }

    @Test
    void quotedIdentifiersMayHoldSemicolonsAndDoubledQuotes() {
        assertThat(split("create table \"a;\"\"b\" (id int);select 1")).extracting(SqlStatement::sql)
                .containsExactly("create table \"a;\"\"b\" (id int)", "select 1");
    }

    @Test
    void aFunctionBodyInDollarQuotesKeepsItsSemicolons() {
        String text = """
                CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $body$
                BEGIN
                    NEW.updated_at := now(); -- a comment; with a semicolon
                    RAISE NOTICE 'it''s $$ done;';
                    RETURN NEW;
                END;
                $body$;
                CREATE FUNCTION one() RETURNS int LANGUAGE sql AS $$ select 1; $$;
                """;

        List<SqlStatement> statements = split(text);

        assertThat(statements).hasSize(2);
        assertThat(statements.get(0).sql()).startsWith("CREATE FUNCTION touch()").endsWith("END;\n$body$");
        assertThat(statements.get(0).line()).isEqualTo(1);
        assertThat(statements.get(1)).isEqualTo(
                new SqlStatement("CREATE FUNCTION one() RETURNS int LANGUAGE sql AS $$ select 1; $$", 8));
    }

    @Test
    void aSemicolonInsideParenthesesDoesNotSplitAsInARuleWithSeveralActions() {
        String text = "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO log VALUES (1); DELETE FROM q);select 2";

        assertThat(split(text)).extracting(SqlStatement::sql).containsExactly(
                "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO log VALUES (1); DELETE FROM q)", "select 2");
    }

    @Test
    void aBeginAtomicBodyOfAFunctionOrProcedureKeepsItsSemicolonsAsPsqlDoes() {
        String text = """
                CREATE OR REPLACE PROCEDURE p(x int) LANGUAGE sql
                BEGIN ATOMIC
                    INSERT INTO t VALUES (CASE WHEN x > 0 THEN x ELSE 0 END);
                    DELETE FROM t WHERE v < 0;
                END;
                BEGIN;
                CREATE TABLE "end" (id int);
                """;

        assertThat(split(text)).extracting(SqlStatement::line).containsExactly(1, 6, 7);
        assertThat(split(text).get(0).sql()).endsWith("DELETE FROM t WHERE v < 0;\nEND");
    }

    @Test
    void aDollarSignInsideAnIdentifierOrParameterOpensNoQuote() {
        assertThat(split("select a$b$ from t;select $1;select 3")).extracting(SqlStatement::sql)
                .containsExactly("select a$b$ from t", "select $1", "select 3");
    }

    @Test
    void commentsHideSemicolonsAndBlockCommentsNest() {
        String text = "select 1 /* outer; /* inner; */ still comment; */ + 1;\n-- just a comment; here\nselect 2;";

        assertThat(split(text)).containsExactly(
                new SqlStatement("select 1 /* outer; /* inner; */ still comment; */ + 1", 1),
                new SqlStatement("select 2", 3));
    }

    @Test
    void commentOnlyFragmentsAndEmptyStatementsAreNotStatements() {
        assertThat(split("-- nothing here;\n/* nor; here */ ;;\n  ;\n-- (no statements)\n")).isEmpty();
    }

    @Test
    void aLastStatementMayOmitItsSemicolon() {
        assertThat(split("select 1;\nselect 2 -- trailing\n")).containsExactly(
                new SqlStatement("select 1", 1), new SqlStatement("select 2", 2));
    }

    @Test
    void lineBreaksInsideStringsAndCommentsAreCounted() {
        String text = "select 'a\nb';\n/* x\ny */\nselect $$\n;\n$$;\nselect 3;";

        assertThat(split(text)).extracting(SqlStatement::line).containsExactly(1, 5, 8);
    }

    @Test
    void anUnterminatedDollarQuoteIsReportedWithTheLineWhereItOpens() {
        assertThatThrownBy(() -> Script.parse("select 1;\nselect $fn$ begin;\nend;"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line 2: unterminated dollar-quoted string $fn$");
    }

    @Test
    void unterminatedStringsIdentifiersAndCommentsAreReported() {
        assertThatThrownBy(() -> Script.parse("select 'abc;")).hasMessage("line 1: unterminated '…' string");
        assertThatThrownBy(() -> Script.parse("\nselect E'abc\\';")).hasMessage("line 2: unterminated E'…' string");
        assertThatThrownBy(() -> Script.parse("select \"abc;")).hasMessage("line 1: unterminated quoted identifier");
        assertThatThrownBy(() -> Script.parse("select 1; /* /* */")).hasMessage("line 1: unterminated /* comment");
    }

    private static List<SqlStatement> split(String text) {
        return Script.parse(text).statements();
    }
}
