package dev.retort.maven;

import dev.retort.config.BuildSettings;
import dev.retort.config.ConfigException;
import dev.retort.config.ConfigLoader;
import dev.retort.config.RetortConfig;
import dev.retort.workflow.FailureMessage;
import dev.retort.workflow.Project;
import java.io.File;
import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every retort goal shares: the project, configured as the CLI's is — the {@code RETORT_*} environment over the
 * plugin's {@code <properties>} over {@code retort.properties} (when the module has one) over what the build itself
 * says (the module's classes and classpath, the packages of its entities) over the application's Spring Boot or
 * Quarkus settings — and failures as one line: {@link MojoFailureException} for what the goal found
 * wrong (check's differences), {@link MojoExecutionException} for what stopped it.
 */
abstract class RetortMojo extends AbstractMojo {

    static final String PLUGIN_KEY = "dev.retort:retort-maven-plugin";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /**
     * retort.properties keys with their values, e.g. {@code <database.url>jdbc:postgresql://...</database.url>},
     * {@code <entities.packages>com.example.shop</entities.packages>}. They override the module's retort.properties;
     * {@code RETORT_*} environment variables override them.
     */
    @Parameter
    Map<String, String> properties = new TreeMap<>();

    /** The retort.properties read when present; relative paths in it and in {@code properties} start here. */
    @Parameter(property = "retort.configFile", defaultValue = "${project.basedir}/retort.properties")
    File configFile;

    /** Skip the goal. */
    @Parameter(property = "retort.skip", defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("retort: skipped (retort.skip=true)");
            return;
        }
        if (session.getProjects().size() > 1 && project.getPlugin(PLUGIN_KEY) == null) {
            // In a multi-module build, `mvn retort:check` reaches every module: only those that declare the plugin
            // are retort projects (the others are the entities' modules, the parent pom, ...).
            getLog().info("retort: skipped " + project.getArtifactId()
                    + ": it does not declare retort-maven-plugin in <build><plugins>");
            return;
        }
        try {
            run();
        } catch (MojoFailureException | MojoExecutionException decided) {
            throw decided;
        } catch (Exception failure) {
            throw new MojoExecutionException(FailureMessage.describe(failure, "run Maven again with -e"), failure);
        }
    }

    /** The goal's work; retort's exceptions become one line. */
    abstract void run() throws Exception;

    /** The goal's name: "check". */
    abstract String name();

    /** "retort:check", as failures name the goal. */
    final String goal() {
        return "retort:" + name();
    }

    /**
     * The project; without a configured database server, on an embedded PostgreSQL (core's default).
     *
     * @param scansEntities whether the goal reads the entities, which then must be found
     */
    Project openProject(boolean scansEntities) throws Exception {
        Map<String, String> defaults = scansEntities ? new ModuleDefaults(project, getLog()).settings() : Map.of();
        BuildSettings build = new BuildSettings(properties, "the <properties> of retort-maven-plugin in "
                + project.getFile(), defaults);
        RetortConfig config = ConfigLoader.load(configFile.toPath(), build, System.getenv());
        if (scansEntities && config.entities().packages().isEmpty() && config.entities().persistenceXml() == null) {
            throw new ConfigException("no @Entity class in " + project.getBuild().getOutputDirectory()
                    + " nor in the module's dependencies of group " + project.getGroupId() + ": set"
                    + " entities.packages (or entities.persistence-xml) in the plugin's <properties>");
        }
        if (!writesRevisions() && !Files.isDirectory(config.versionsDirectory())) {
            throw new ConfigException("no revisions yet: " + config.versionsDirectory() + " does not exist; write the"
                    + " first with mvn retort:revision -Dretort.message=... (or set script.location)");
        }
        return new Project(config);
    }

    /** Whether the goal writes revisions, and so creates their directory when the module has none. */
    boolean writesRevisions() {
        return false;
    }

    /** The project, for a goal that reads or changes a real database's state. */
    Project openServer(boolean scansEntities) throws Exception {
        Project opened = openProject(scansEntities);
        opened.requireServer(goal(), "the plugin's <properties> in " + project.getFile().getName() + ", in "
                + configFile.getName());
        return opened;
    }
}
