package dev.retort.flyway;

import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionFileException;
import dev.retort.revisions.RevisionWriter;
import dev.retort.revisions.Script;
import dev.retort.templates.RevisionDocument;
import dev.retort.templates.RevisionTemplates;
import dev.retort.templates.ScriptStatement;
import dev.retort.templates.TemplateRenderException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Writes a revision into a Flyway directory as {@code V<version>__<slug>.sql}, the upgrade, and
 * {@code U<version>__<slug>.sql}, the downgrade, through the project's {@value RevisionTemplates#FLYWAY_TEMPLATE_FILE}.
 * The version is the next integer major after the directory's highest ({@link FlywayVersion#nextMajor()}). Both
 * texts are read back before either file is written, and neither overwrites a file.
 */
public final class FlywayScriptWriter {

    private final Path directory;
    private final RevisionTemplates templates;

    public FlywayScriptWriter(Path directory, RevisionTemplates templates) {
        this.directory = directory;
        this.templates = templates;
    }

    /** The version the next revision gets: {@code 1} in an empty directory. */
    public FlywayVersion nextVersion() {
        return FlywayDirectory.highest(directory).map(FlywayVersion::nextMajor)
                .orElse(FlywayVersion.parse("1"));
    }

    /**
     * @param document its revision id must be {@link #nextVersion()}, its parents the directory's highest version
     * @return the revision as the directory now reads it
     */
    public Revision write(RevisionDocument document) throws TemplateRenderException, IOException {
        FlywayVersion version = FlywayVersion.parse(document.revisionId());
        String slug = RevisionWriter.slug(document.message());
        String description = slug.isEmpty() ? "migration" : slug;
        Path migration = directory.resolve(FlywayFileName.migration(version, description));
        Path undo = directory.resolve(FlywayFileName.undo(version, description));
        String migrationText = templates.renderScript(document, false);
        String undoText = templates.renderScript(document, true);
        requireAllStatements(migration, document.upgrade(), migrationText);
        requireAllStatements(undo, document.downgrade(), undoText);
        Files.createDirectories(directory);
        Files.writeString(migration, migrationText, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        Files.writeString(undo, undoText, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        return FlywayDirectory.loadGraph(directory).revision(version.toString());
    }

    /** The rendered script must hold the document's statements, in order; a template may add its own. */
    private void requireAllStatements(Path file, List<ScriptStatement> expected, String text) {
        Script written;
        try {
            written = Script.parse(text);
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
