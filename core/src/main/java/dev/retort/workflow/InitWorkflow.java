package dev.retort.workflow;

import dev.retort.config.ConfigException;
import dev.retort.config.ConfigLoader;
import dev.retort.templates.RevisionTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code retort init}: a configuration file, the revision directory and the project's copy of the template. */
public final class InitWorkflow {

    /**
     * What {@code init} writes into the configuration; blanks are left for the user to fill in. An empty URL
     * writes an example, commented out: the project then uses the embedded PostgreSQL.
     */
    public record InitSettings(String url, String user, String classpath, String packages, String scriptLocation) {
    }

    private static final String EXAMPLE_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

    private InitWorkflow() {
    }

    /** Returns the files and directories it created. Refuses to overwrite an existing configuration. */
    public static List<Path> init(Path directory, InitSettings settings) throws ConfigException, IOException {
        Path config = directory.resolve(ConfigLoader.FILE_NAME);
        if (Files.exists(config)) {
            throw new ConfigException(config + " already exists: edit it, or init another directory");
        }
        List<Path> created = new ArrayList<>();
        Files.createDirectories(directory);
        Files.writeString(config, configText(settings), StandardCharsets.UTF_8);
        created.add(config);
        Path scripts = directory.resolve(settings.scriptLocation());
        Path versions = scripts.resolve("versions");
        if (!Files.isDirectory(versions)) {
            Files.createDirectories(versions);
            created.add(versions);
        }
        Path template = scripts.resolve(RevisionTemplates.TEMPLATE_FILE);
        if (!Files.exists(template)) {
            created.add(RevisionTemplates.copyBuiltInTo(scripts));
        }
        return created;
    }

    private static String configText(InitSettings settings) {
        String text = template();
        boolean embedded = settings.url().isEmpty();
        Map<String, String> values = Map.of("url", embedded ? EXAMPLE_URL : settings.url(),
                "user", settings.user(), "off", embedded ? "#" : "",
                "classpath", settings.classpath(), "packages", settings.packages(),
                "scripts", settings.scriptLocation());
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("${" + value.getKey() + "}", escape(value.getValue()));
        }
        return text;
    }

    /** java.util.Properties reads a backslash as an escape: Windows paths need theirs doubled. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\");
    }

    private static String template() {
        try (InputStream in = InitWorkflow.class.getResourceAsStream("/dev/retort/config/retort.properties.template")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
