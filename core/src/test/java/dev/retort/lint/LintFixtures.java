package dev.retort.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionFile;
import dev.retort.schema.QualifiedName;
import dev.retort.testing.TestDatabase;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The hand-written revision files of the lint tests ({@code src/test/resources/lint/<rule>-positive.sql} and
 * {@code -negative.sql}), read by the real {@link RevisionFile} reader, and the schema they all apply to.
 */
final class LintFixtures {

    /** The database every fixture's upgrade applies to: two tables with rows, an index, a check not validated. */
    static final String[] BASE_SCHEMA = {
        "CREATE TABLE public.customer (id bigint PRIMARY KEY, name character varying(100) NOT NULL,"
                + " nick character varying(50), email text, score numeric(10,2), code integer)",
        "CREATE TABLE public.orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, amount integer,"
                + " note character varying(100), status text, created_at timestamp without time zone)",
        "CREATE INDEX orders_status_idx ON public.orders (status)",
        "ALTER TABLE public.orders ADD CONSTRAINT orders_amount_positive CHECK (amount > 0) NOT VALID",
        "INSERT INTO public.customer SELECT g, 'c' || g, 'n' || g, 'e' || g, g, g FROM generate_series(1, 20) g",
        "INSERT INTO public.orders SELECT g, 1 + g % 20, g, 'note ' || g, 's', now() FROM generate_series(1, 50) g"};

    static final QualifiedName CUSTOMER = QualifiedName.of("public", "customer");
    static final QualifiedName ORDERS = QualifiedName.of("public", "orders");

    private LintFixtures() {
    }

    /** The fixture {@code lint/<name>.sql}, read as retort reads a revision file. */
    static Revision fixture(String name) {
        return RevisionFile.read(path(name));
    }

    static Path path(String name) {
        URL resource = LintFixtures.class.getResource("/lint/" + name + ".sql");
        assertThat(resource).as("fixture lint/%s.sql", name).isNotNull();
        try {
            return Path.of(resource.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static LintReport lint(TableFacts facts, Revision... revisions) {
        return new RevisionLinter(Set.of()).lint(List.of(revisions), facts);
    }

    /** The findings of one rule, in report order. */
    static List<LintFinding> of(LintReport report, LintRule rule) {
        return report.findings().stream().filter(finding -> finding.rule() == rule).toList();
    }

    /** The rules a report found, in report order, one per finding. */
    static List<LintRule> rules(LintReport report) {
        return report.findings().stream().map(LintFinding::rule).toList();
    }

    static void createBaseSchema(TestDatabase database) {
        database.execute(BASE_SCHEMA);
    }
}
