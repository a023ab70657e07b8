package dev.retort.adoption;

import dev.retort.revisions.Revision;
import dev.retort.revisions.SqlStatement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The upgrade statements of a revision file as a reviewer reads them: each statement's SQL with the comment lines
 * the template wrote above it (its cause with the difference kind in brackets, and the DESTRUCTIVE marker), and the
 * kind of statement it is, told from its SQL.
 */
record RevisionStatements(Revision revision, List<Statement> upgrade) {

    /** One statement with the comments above it. */
    record Statement(String sql, List<String> comments) {

        private static final Pattern DIFFERENCE_KIND = Pattern.compile("\\[([a-z][a-z.\\-]*)(, drift)?]");
        private static final Pattern TYPE_CHANGE = Pattern.compile(
                "ALTER TABLE (\\S+) ALTER COLUMN (\\S+) (?:SET DATA )?TYPE (.+?)(?: USING .*)?$", Pattern.DOTALL);

        boolean destructive() {
            return comments.stream().anyMatch(c -> c.startsWith("-- DESTRUCTIVE"));
        }

        /** The difference kind the template wrote in brackets ({@code column.missing}), or "?" when none. */
        String differenceKind() {
            for (String comment : comments) {
                Matcher kind = DIFFERENCE_KIND.matcher(comment);
                if (kind.find()) {
                    return kind.group(1);
                }
            }
            return "?";
        }

        /**
         * What the statement does, from its SQL: {@code create table}, {@code add column}, {@code add foreign key},
         * {@code type}, {@code drop not null}, {@code rename}, ... (else its first two words: {@code create type}).
         */
        String statementKind() {
            String text = sql.replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
            if (text.contains(" RENAME ")) {
                return "rename";
            }
            if (text.startsWith("CREATE TABLE")) {
                return "create table";
            }
            if (text.startsWith("CREATE SEQUENCE")) {
                return "create sequence";
            }
            if (text.startsWith("CREATE INDEX") || text.startsWith("CREATE UNIQUE INDEX")) {
                return "create index";
            }
            if (text.startsWith("DROP ")) {
                return "drop " + text.split(" ")[1].toLowerCase(Locale.ROOT);
            }
            if (text.matches("ALTER TABLE \\S+ ADD COLUMN .*")) {
                return "add column";
            }
            if (text.matches("ALTER TABLE \\S+ ADD CONSTRAINT \\S+ FOREIGN KEY .*")) {
                return "add foreign key";
            }
            if (text.matches("ALTER TABLE \\S+ ADD CONSTRAINT \\S+ UNIQUE .*")) {
                return "add unique";
            }
            if (text.matches("ALTER TABLE \\S+ ADD CONSTRAINT \\S+ PRIMARY KEY .*")) {
                return "add primary key";
            }
            if (text.matches("ALTER TABLE \\S+ ADD CONSTRAINT \\S+ CHECK .*")) {
                return "add check";
            }
            if (text.matches("ALTER TABLE \\S+ VALIDATE CONSTRAINT \\S+")) {
                return "validate constraint";
            }
            if (text.matches("ALTER TABLE \\S+ DROP .*")) {
                return "drop " + text.replaceFirst("ALTER TABLE \\S+ DROP ", "").split(" ")[0].toLowerCase(Locale.ROOT);
            }
            if (text.matches("ALTER TABLE \\S+ ALTER COLUMN \\S+ (SET DATA )?TYPE .*")) {
                return "type";
            }
            if (text.matches("ALTER TABLE \\S+ ALTER COLUMN \\S+ DROP NOT NULL.*")) {
                return "drop not null";
            }
            if (text.matches("ALTER TABLE \\S+ ALTER COLUMN \\S+ SET NOT NULL.*")) {
                return "set not null";
            }
            if (text.matches("ALTER TABLE \\S+ ALTER COLUMN \\S+ DROP DEFAULT.*")) {
                return "drop default";
            }
            if (text.matches("ALTER TABLE \\S+ ALTER COLUMN \\S+ SET DEFAULT .*")) {
                return "set default";
            }
            String[] words = text.split(" ");
            return (words[0] + (words.length > 1 ? " " + words[1] : "")).toLowerCase(Locale.ROOT);
        }

        /** For a type change: {@code table.column -> new type}; else null. */
        String typeChange() {
            Matcher change = TYPE_CHANGE.matcher(sql.replaceAll("\\s+", " "));
            return change.matches() ? change.group(1) + "." + change.group(2) + " -> " + change.group(3) : null;
        }

        @Override
        public String toString() {
            return String.join("\n", comments) + (comments.isEmpty() ? "" : "\n") + sql + ";";
        }
    }

    static RevisionStatements of(Revision revision) {
        List<String> lines;
        try {
            lines = Files.readAllLines(revision.file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Statement> statements = new ArrayList<>();
        for (SqlStatement statement : revision.upgrade().statements()) {
            List<String> comments = new ArrayList<>();
            for (int i = statement.line() - 2; i >= 0 && lines.get(i).startsWith("--"); i--) {
                comments.add(0, lines.get(i));
            }
            statements.add(new Statement(statement.sql(), comments));
        }
        return new RevisionStatements(revision, statements);
    }

    /** How many upgrade statements of each statement kind. */
    Map<String, Integer> countByStatementKind() {
        Map<String, Integer> counts = new TreeMap<>();
        upgrade.forEach(s -> counts.merge(s.statementKind(), 1, Integer::sum));
        return counts;
    }

    /** How many upgrade statements of each difference kind (from the brackets of their comments). */
    Map<String, Integer> countByDifferenceKind() {
        Map<String, Integer> counts = new TreeMap<>();
        upgrade.forEach(s -> counts.merge(s.differenceKind(), 1, Integer::sum));
        return counts;
    }

    /** The upgrade statements whose SQL, with whitespace collapsed, matches the pattern (anywhere). */
    List<Statement> matching(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return upgrade.stream().filter(s -> pattern.matcher(s.sql().replaceAll("\\s+", " ")).find()).toList();
    }

    @Override
    public String toString() {
        return revision.file() + ":\n" + String.join("\n\n", upgrade.stream().map(Statement::toString).toList());
    }
}
