package dev.retort.flyway;

import dev.retort.config.FlywaySettings;
import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionGraph;
import dev.retort.revisions.RevisionFileException;
import dev.retort.revisions.RevisionWriter;
import dev.retort.revisions.Script;
import dev.retort.templates.RevisionDocument;
import dev.retort.templates.RevisionTemplates;
import dev.retort.templates.ScriptStatement;
import dev.retort.templates.TemplateRenderException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a revision into a Flyway directory as {@code V<version>__<slug>.sql}, the upgrade, and
 * {@code U<version>__<slug>.sql}, the downgrade, through the project's {@value RevisionTemplates#FLYWAY_TEMPLATE_FILE}.
 * The version is the next integer major after the highest of the directories Flyway reads
 * ({@link FlywayVersion#nextMajor()}). Statements that must run outside a transaction ({@code CREATE INDEX
 * CONCURRENTLY}) get a version of their own, with a {@code .sql.conf} saying {@code executeInTransaction=false}, as
 * their undo does: an upgrade of a transactional block, a non-transactional one and another transactional one is
 * written as three versions. A script whose statements hold text Flyway would take for a placeholder gets
 * {@code placeholderReplacement=false}, so that Flyway runs exactly the statements written. Every text is read back,
 * as Flyway will execute it, before any file is written, and no file is overwritten.
 */
public final class FlywayScriptWriter {

    private final List<Path> directories;
    private final RevisionTemplates templates;
    private final FlywaySettings settings;

    public FlywayScriptWriter(Path directory, RevisionTemplates templates) {
        this(List.of(directory), templates, FlywaySettings.DEFAULTS);
    }

    /** @param directories where Flyway reads; the first is where new versions are written */
    public FlywayScriptWriter(List<Path> directories, RevisionTemplates templates, FlywaySettings settings) {
        this.directories = List.copyOf(directories);
        this.templates = templates;
        this.settings = settings;
    }

    /** The version the next revision gets: {@code 1} in an empty directory. */
    public FlywayVersion nextVersion() {
        return FlywayDirectory.highest(directories).map(FlywayVersion::nextMajor)
                .orElse(FlywayVersion.parse("1"));
    }

    /**
     * @param document its revision id must be {@link #nextVersion()}, its parents the directory's highest version
     * @return the versions written, in order, as the directories now read them: one, unless statements that must
     *         run outside a transaction asked for more
     */
    public List<Revision> write(RevisionDocument document) throws TemplateRenderException, IOException {
        List<Part> parts = parts(document);
        String slug = RevisionWriter.slug(document.message());
        String description = slug.isEmpty() ? "migration" : slug;
        Map<Path, String> files = new LinkedHashMap<>();
        List<String> versions = new ArrayList<>();
        FlywayVersion version = FlywayVersion.parse(document.revisionId());
        List<String> parents = document.parentIds();
        Path directory = directories.get(0);
        for (Part part : parts) {
            String name = part.transactional() || parts.size() == 1 ? description
                    : description + "_outside_transaction";
            RevisionDocument partDocument = new RevisionDocument(version.toString(), parents, document.message(),
                    document.createdAt(), part.upgrade(), part.downgrade(), document.findings(),
                    document.retortVersion());
            Path migration = directory.resolve(FlywayFileName.migration(version, name));
            Path undo = directory.resolve(FlywayFileName.undo(version, name));
            script(migration, partDocument.upgrade(), templates.renderScript(partDocument, false), files);
            script(undo, partDocument.downgrade(), templates.renderScript(partDocument, true), files);
            versions.add(version.toString());
            parents = List.of(version.toString());
            version = version.nextMajor();
        }
        Files.createDirectories(directory);
        for (Map.Entry<Path, String> file : files.entrySet()) {
            if (Files.exists(file.getKey())) {
                throw new FileAlreadyExistsException(file.getKey().toString());
            }
        }
        for (Map.Entry<Path, String> file : files.entrySet()) {
            Files.writeString(file.getKey(), file.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        }
        RevisionGraph graph = FlywayDirectory.loadGraph(directories, settings);
        return versions.stream().map(graph::revision).toList();
    }

    /** One script and, when it needs other settings than Flyway's defaults, its {@code .conf}. */
    private void script(Path file, List<ScriptStatement> statements, String text, Map<Path, String> files) {
        boolean transactional = statements.stream().allMatch(ScriptStatement::transactional);
        boolean placeholders = statements.stream().anyMatch(s -> FlywayPlaceholders.touches(s.sql(), settings));
        FlywayScriptConfig config = new FlywayScriptConfig(transactional, !placeholders);
        requireAllStatements(file, statements, text, config);
        files.put(file, text);
        if (!config.isDefault()) {
            files.put(FlywayScriptConfig.beside(file), config.text());
        }
    }

    /** A run of upgrade statements of one kind, with the downgrade statements that undo it. */
    private record Part(boolean transactional, List<ScriptStatement> upgrade, List<ScriptStatement> downgrade) {
    }

    /**
     * The upgrade's runs of statements of one kind, each with its undo: the downgrade's runs in reverse order, which
     * mirror the upgrade's when each operation's inverse runs as its operation did.
     */
    private static List<Part> parts(RevisionDocument document) {
        List<List<ScriptStatement>> upgrade = runs(document.upgrade());
        List<List<ScriptStatement>> downgrade = runs(document.downgrade());
        if (upgrade.size() <= 1 && downgrade.size() <= 1) {
            boolean transactional = document.upgrade().stream().allMatch(ScriptStatement::transactional);
            return List.of(new Part(transactional, document.upgrade(), document.downgrade()));
        }
        if (upgrade.size() != downgrade.size()) {
            throw new IllegalArgumentException("the upgrade has " + upgrade.size() + " runs of statements inside and"
                    + " outside transactions, its downgrade " + downgrade.size() + ": they cannot be paired into"
                    + " Flyway versions");
        }
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < upgrade.size(); i++) {
            List<ScriptStatement> undo = downgrade.get(downgrade.size() - 1 - i);
            parts.add(new Part(upgrade.get(i).get(0).transactional(), upgrade.get(i), undo));
        }
        return parts;
    }

    private static List<List<ScriptStatement>> runs(List<ScriptStatement> statements) {
        List<List<ScriptStatement>> runs = new ArrayList<>();
        for (ScriptStatement statement : statements) {
            if (runs.isEmpty() || runs.get(runs.size() - 1).get(0).transactional() != statement.transactional()) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(statement);
        }
        return runs;
    }

    /** The script as Flyway will execute it must hold the statements, in order; a template may add its own. */
    private void requireAllStatements(Path file, List<ScriptStatement> expected, String text,
                                      FlywayScriptConfig config) {
        Script written;
        try {
            FlywaySettings effective = config.placeholderReplacement() ? settings
                    : settings.with("placeholderReplacement", "false");
            written = Script.parse(FlywayPlaceholders.replace(text, effective, file.getFileName().toString()));
        } catch (IllegalArgumentException e) {
            throw templateBroke(file, e.getMessage());
        }
        RevisionWriter.firstMissing(expected, written).ifPresent(statement -> {
            throw templateBroke(file, "it lacks the statement for " + statement.cause()
                    + " (or splits it differently: one statement per entry, please)");
        });
    }

    private RevisionFileException templateBroke(Path file, String problem) {
        return new RevisionFileException(file, "not written: the template " + templates.source()
                + " renders a script retort cannot read back: " + problem, null);
    }
}
