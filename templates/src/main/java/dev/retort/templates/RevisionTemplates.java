package dev.retort.templates;

import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Renders a {@link RevisionDocument} into the text of a revision file through the FreeMarker template
 * {@value #TEMPLATE_FILE}. A project's own copy of the template wins over the built-in one.
 *
 * <p>The template receives structured data, never pre-rendered SQL blocks:
 * <ul>
 *   <li>{@code revisionId}, {@code message} (one line), {@code createdAt} (ISO-8601 instant, e.g.
 *       {@code 2026-11-23T10:15:30Z}) and {@code retortVersion}: strings;</li>
 *   <li>{@code parentIds}: a sequence of strings, empty for the first revision;</li>
 *   <li>{@code upgrade} and {@code downgrade}: sequences of statements, each with {@code cause} (one line),
 *       {@code sql} (possibly several lines, without its {@code ;}), {@code destructive} (boolean) and
 *       {@code transactional} (boolean: false for a statement that belongs in a {@code -- retort:no-transaction}
 *       block);</li>
 *   <li>{@code findings}: a sequence of {@code object} / {@code reason} pairs, both one line;</li>
 *   <li>{@code pending} (an expand revision's {@code -- retort:pending} lines, as strings) and {@code completes}
 *       (a contract revision's expand revision ids): sequences, empty for other revisions.</li>
 * </ul>
 * Output is plain text: nothing is escaped. Rendering is deterministic for a given document and template.
 */
public final class RevisionTemplates {

    public static final String TEMPLATE_FILE = "revision.sql.ftl";
    /**
     * The template of one Flyway script ({@code script.format=flyway}): it renders the migration and, again, its undo
     * script, told apart by {@code undo} (a boolean), each from {@code statements} (the upgrade's, or the
     * downgrade's), with the same data as {@value #TEMPLATE_FILE} besides.
     */
    public static final String FLYWAY_TEMPLATE_FILE = "flyway.sql.ftl";
    /**
     * The template of a Liquibase formatted SQL changelog ({@code script.format=liquibase}): it receives
     * {@code author} and {@code changeSets} ({@link ChangeSetData}), with the same data as {@value #TEMPLATE_FILE}
     * besides.
     */
    public static final String LIQUIBASE_TEMPLATE_FILE = "liquibase.sql.ftl";

    /** The project's template file, or null for the built-in one. */
    private final Path projectTemplate;
    /** Which template: {@value #TEMPLATE_FILE}, {@value #FLYWAY_TEMPLATE_FILE} or {@value #LIQUIBASE_TEMPLATE_FILE}. */
    private final String templateFile;
    /** Parsed on first use and kept: a FreeMarker Template is safe to run from several threads. */
    private Template parsed;

    private RevisionTemplates(Path projectTemplate, String templateFile) {
        this.projectTemplate = projectTemplate;
        this.templateFile = templateFile;
    }

    public static RevisionTemplates builtIn() {
        return new RevisionTemplates(null, TEMPLATE_FILE);
    }

    /** The project's directory copy of {@value #TEMPLATE_FILE} wins when present; otherwise the built-in one. */
    public static RevisionTemplates forProject(Path templateDirectory) {
        return forProject(templateDirectory, TEMPLATE_FILE);
    }

    /** The same for {@value #FLYWAY_TEMPLATE_FILE}, which renders Flyway scripts. */
    public static RevisionTemplates flywayForProject(Path templateDirectory) {
        return forProject(templateDirectory, FLYWAY_TEMPLATE_FILE);
    }

    /** The same for {@value #LIQUIBASE_TEMPLATE_FILE}, which renders Liquibase formatted SQL changelogs. */
    public static RevisionTemplates liquibaseForProject(Path templateDirectory) {
        return forProject(templateDirectory, LIQUIBASE_TEMPLATE_FILE);
    }

    private static RevisionTemplates forProject(Path templateDirectory, String templateFile) {
        Path candidate = templateDirectory.resolve(templateFile);
        return new RevisionTemplates(Files.isRegularFile(candidate) ? candidate : null, templateFile);
    }

    /** Names the template in use: the project file's path, or "built-in revision.sql.ftl". */
    public String source() {
        return projectTemplate == null ? "built-in " + templateFile : projectTemplate.toString();
    }

    public String render(RevisionDocument document) throws TemplateRenderException {
        Objects.requireNonNull(document, "document");
        return render(model(document));
    }

    /**
     * One Flyway script of the document: its migration, or its undo script, for {@value #FLYWAY_TEMPLATE_FILE}.
     * The template also receives {@code undo} and {@code statements}.
     */
    public String renderScript(RevisionDocument document, boolean undo) throws TemplateRenderException {
        Map<String, Object> model = model(Objects.requireNonNull(document, "document"));
        model.put("undo", undo);
        model.put("statements", statements(undo ? document.downgrade() : document.upgrade()));
        return render(model);
    }

    /** A Liquibase changelog of the document's changesets, for {@value #LIQUIBASE_TEMPLATE_FILE}. */
    public String renderChangeLog(RevisionDocument document, String author, List<ChangeSetData> changeSets)
            throws TemplateRenderException {
        Map<String, Object> model = model(Objects.requireNonNull(document, "document"));
        model.put("author", Objects.requireNonNull(author, "author"));
        model.put("changeSets", changeSets.stream().map(RevisionTemplates::changeSet).toList());
        return render(model);
    }

    private static Map<String, Object> changeSet(ChangeSetData changeSet) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", changeSet.id());
        model.put("runInTransaction", changeSet.runInTransaction());
        model.put("splitStatements", changeSet.splitStatements());
        model.put("rollbackSplitStatements", changeSet.rollbackSplitStatements());
        model.put("statements", statements(changeSet.statements()));
        model.put("rollback", statements(changeSet.rollback()));
        return model;
    }

    private String render(Map<String, Object> model) throws TemplateRenderException {
        Template template = load();
        StringWriter out = new StringWriter();
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            throw new TemplateRenderException(TemplateErrors.describe(source(), e), e);
        } catch (IOException e) {
            throw new TemplateRenderException(source() + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** Writes the built-in template into the directory (for {@code retort init}); never overwrites an existing file. */
    public static Path copyBuiltInTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path target = directory.resolve(TEMPLATE_FILE);
        try {
            Files.writeString(target, builtInText(TEMPLATE_FILE), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException alreadyThere) {
            // The project's copy is theirs: keep it as it is.
        }
        return target;
    }

    private synchronized Template load() throws TemplateRenderException {
        if (parsed == null) {
            parsed = parse();
        }
        return parsed;
    }

    private Template parse() throws TemplateRenderException {
        String text;
        try {
            text = projectTemplate == null ? builtInText(templateFile)
                    : Files.readString(projectTemplate, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TemplateRenderException(source() + ": cannot read the template: " + e.getMessage(), e);
        }
        try {
            return new Template(source(), text, configuration());
        } catch (ParseException e) {
            throw new TemplateRenderException(TemplateErrors.describe(source(), e), e);
        } catch (IOException e) {
            throw new TemplateRenderException(source() + ": " + e.getMessage(), e);
        }
    }

    private static String builtInText(String templateFile) {
        try (InputStream in = RevisionTemplates.class.getResourceAsStream(templateFile)) {
            if (in == null) {
                throw new IllegalStateException("the retort templates jar lacks its " + templateFile);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Configuration configuration() {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_35);
        configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
        // SQL is not HTML: no output format may escape quotes or angle brackets.
        configuration.setRecognizeStandardFileExtensions(false);
        configuration.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        configuration.setLocale(Locale.ROOT);
        configuration.setNumberFormat("computer");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        // A template renders text; it has no business instantiating Java classes.
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        return configuration;
    }

    private static Map<String, Object> model(RevisionDocument document) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("revisionId", document.revisionId());
        model.put("parentIds", document.parentIds());
        model.put("message", document.message());
        model.put("createdAt", DateTimeFormatter.ISO_INSTANT.format(document.createdAt()));
        model.put("upgrade", statements(document.upgrade()));
        model.put("downgrade", statements(document.downgrade()));
        model.put("findings", document.findings().stream().map(RevisionTemplates::finding).toList());
        model.put("retortVersion", document.retortVersion());
        model.put("pending", document.pending().stream().map(PendingStep::line).toList());
        model.put("completes", document.completes());
        return model;
    }

    private static List<Map<String, Object>> statements(List<ScriptStatement> statements) {
        return statements.stream().map(RevisionTemplates::statement).toList();
    }

    private static Map<String, Object> statement(ScriptStatement statement) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("cause", statement.cause());
        model.put("sql", statement.sql());
        model.put("destructive", statement.destructive());
        model.put("transactional", statement.transactional());
        return model;
    }

    private static Map<String, Object> finding(ReportedFinding finding) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("object", finding.object());
        model.put("reason", finding.reason());
        return model;
    }
}
