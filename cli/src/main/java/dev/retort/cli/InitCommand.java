package dev.retort.cli;

import dev.retort.config.ConfigException;
import dev.retort.config.Redaction;
import dev.retort.workflow.InitWorkflow;
import dev.retort.workflow.InitWorkflow.InitSettings;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "init", description = "Create retort.properties, the revision directory and the revision template.")
final class InitCommand implements Callable<Integer>, HasGlobalOptions {

    @ParentCommand
    RetortCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Directory to initialize (default: --project).")
    Path directory;

    @Option(names = "--url", paramLabel = "JDBC_URL", defaultValue = "",
            description = "Database URL (default: none; check and revision --autogenerate then use an embedded"
                    + " PostgreSQL).")
    String url;

    @Option(names = "--user", defaultValue = "postgres", description = "Database user (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--entities-classpath", paramLabel = "PATHS", defaultValue = "target/classes",
            description = "Compiled entities: classes directories or jars, path-separated (default: ${DEFAULT-VALUE}).")
    String classpath;

    @Option(names = "--packages", defaultValue = "", description = "Entity packages, comma-separated.")
    String packages;

    @Option(names = "--script-location", paramLabel = "DIR", defaultValue = "migrations",
            description = "Where revisions and the template live (default: ${DEFAULT-VALUE}).")
    String scriptLocation;

    @Override
    public GlobalOptions globalOptions() {
        return root.global;
    }

    @Override
    public Integer call() throws Exception {
        Path target = directory != null ? directory : globalOptions().project;
        if (Redaction.hasUserInfo(url)) {
            // Refused before anything is written: the file would hold a password, and the driver does not read it.
            throw new ConfigException("--url " + Redaction.url(url) + " names a user (and a password) before the host,"
                    + " which PostgreSQL's JDBC driver does not read: pass --url jdbc:postgresql://host:port/db --user U"
                    + " and keep the password in RETORT_DATABASE_PASSWORD");
        }
        for (Path created : InitWorkflow.init(target, new InitSettings(url, user, classpath, packages, scriptLocation))) {
            spec.commandLine().getOut().println("created " + created);
        }
        spec.commandLine().getOut().println("Next: edit " + target.resolve("retort.properties")
                + ", then run `retort revision --autogenerate -m \"first revision\"`.");
        return ExitCode.OK;
    }
}
