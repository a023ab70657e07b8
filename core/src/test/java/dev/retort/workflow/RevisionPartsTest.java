package dev.retort.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.compare.Change;
import dev.retort.dialect.postgresql.LockAwareForm;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.Operation;
import dev.retort.plan.MigrationPlan;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Provenance;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.UniqueConstraint;
import dev.retort.templates.ScriptStatement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * How a revision is cut for Flyway and Liquibase: every operation in one part, each part undone by its own
 * operations' inverses. That the parts run and undo exactly is judged against PostgreSQL, through Flyway and
 * Liquibase themselves, by cli's {@code FlywayLockAwareTest} and {@code LiquibaseLockAwareTest}.
 */
class RevisionPartsTest {

    private static final QualifiedName BOOK = QualifiedName.of("public", "book");
    private static final QualifiedName PUBLISHER = QualifiedName.of("public", "publisher");
    private static final Column ISBN = Column.of("isbn", "character varying(13)", true);
    private static final RevisionScripts.Style ALL = new RevisionScripts.Style(Duration.ofSeconds(5),
            LockAwareForm.all());

    @Test
    void aConstraintAddedNotValidGoesAfterTheTransactionWholeAndEachPartIsUndoneByItsOwnInverses() {
        RevisionParts parts = RevisionParts.split(plan(new AddColumn(BOOK, Column.of("publisher_id", "bigint", true)),
                new AddConstraint(BOOK, ForeignKey.of("fk_book_publisher", List.of("publisher_id"), PUBLISHER,
                        List.of("id"))),
                new CreateIndex(BOOK, Index.of("idx_book_title", false, "title")),
                new AddConstraint(BOOK, UniqueConstraint.of("uk_book_isbn", "isbn")),
                new AlterColumn(BOOK, ISBN, ISBN.withNullable(false))), Provenance.none(), ALL);

        assertThat(parts.parts()).extracting(RevisionParts.Part::transactional).containsExactly(true, false);
        RevisionParts.Part transaction = parts.parts().get(0);
        assertThat(sql(transaction.upgrade())).containsExactly("SET lock_timeout = '5s'",
                "ALTER TABLE public.book ADD COLUMN publisher_id bigint");
        assertThat(sql(transaction.downgrade())).containsExactly("SET lock_timeout = '5s'",
                "ALTER TABLE public.book DROP COLUMN publisher_id");
        RevisionParts.Part outside = parts.parts().get(1);
        assertThat(sql(outside.upgrade())).containsExactly("SET lock_timeout = '5s'",
                "ALTER TABLE public.book ADD CONSTRAINT fk_book_publisher FOREIGN KEY (publisher_id)"
                        + " REFERENCES public.publisher (id) NOT VALID",
                "ALTER TABLE public.book VALIDATE CONSTRAINT fk_book_publisher",
                "DROP INDEX CONCURRENTLY IF EXISTS public.idx_book_title",
                "CREATE INDEX CONCURRENTLY idx_book_title ON public.book (title)",
                "DROP INDEX CONCURRENTLY IF EXISTS public.uk_book_isbn",
                "CREATE UNIQUE INDEX CONCURRENTLY uk_book_isbn ON public.book (isbn)",
                "ALTER TABLE public.book ADD CONSTRAINT uk_book_isbn UNIQUE USING INDEX uk_book_isbn",
                "ALTER TABLE public.book ADD CONSTRAINT isbn_not_null CHECK (isbn IS NOT NULL) NOT VALID",
                "ALTER TABLE public.book VALIDATE CONSTRAINT isbn_not_null",
                "ALTER TABLE public.book ALTER COLUMN isbn SET NOT NULL",
                "ALTER TABLE public.book DROP CONSTRAINT isbn_not_null");
        assertThat(sql(outside.downgrade())).containsExactly("SET lock_timeout = '5s'",
                "DROP INDEX CONCURRENTLY public.idx_book_title",
                "ALTER TABLE public.book ALTER COLUMN isbn DROP NOT NULL",
                "ALTER TABLE public.book DROP CONSTRAINT uk_book_isbn",
                "ALTER TABLE public.book DROP CONSTRAINT fk_book_publisher");
        assertThat(Stream.of(outside.upgrade(), outside.downgrade()).flatMap(List::stream))
                .noneMatch(ScriptStatement::transactional);
        assertThat(parts.downgrade()).containsExactlyElementsOf(Stream.concat(outside.downgrade().stream(),
                transaction.downgrade().stream()).toList());
    }

    @Test
    void setNotNullAlongWithAnotherChangeOfTheColumnIsCompletedInTheTransaction() {
        RevisionParts parts = RevisionParts.split(plan(new AlterColumn(BOOK, ISBN, ISBN.withNullable(false)
                .withDefault("'none'::character varying"))), Provenance.none(), ALL);

        assertThat(parts.parts()).singleElement().satisfies(part -> {
            assertThat(part.transactional()).isTrue();
            assertThat(sql(part.upgrade())).containsExactly("SET lock_timeout = '5s'",
                    "ALTER TABLE public.book ADD CONSTRAINT isbn_not_null CHECK (isbn IS NOT NULL) NOT VALID",
                    "ALTER TABLE public.book ALTER COLUMN isbn SET DEFAULT 'none'::character varying",
                    "ALTER TABLE public.book VALIDATE CONSTRAINT isbn_not_null",
                    "ALTER TABLE public.book ALTER COLUMN isbn SET NOT NULL",
                    "ALTER TABLE public.book DROP CONSTRAINT isbn_not_null");
            assertThat(part.upgrade()).allMatch(ScriptStatement::transactional);
        });
    }

    private static MigrationPlan plan(Operation... operations) {
        return new MigrationPlan(Stream.of(operations).map(op -> new Change(op, List.of())).toList());
    }

    private static List<String> sql(List<ScriptStatement> statements) {
        return statements.stream().map(ScriptStatement::sql).toList();
    }
}
