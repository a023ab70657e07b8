package dev.retort.maven;

import dev.retort.scanner.EntityPackages;
import dev.retort.scanner.EntityScanException;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * What the build says about the entities, as retort.properties defaults: the classpath is the module's classes and
 * its compile and runtime classpath; the packages are those of the {@code @Entity} classes in the module's own classes, or, when
 * it has none, in its dependencies of the same group (a multi-module build whose entities live in a module of their
 * own). Configured values win over these.
 */
final class ModuleDefaults {

    private final MavenProject project;
    private final Log log;

    ModuleDefaults(MavenProject project, Log log) {
        this.project = project;
        this.log = log;
    }

    Map<String, String> settings() throws DependencyResolutionRequiredException, EntityScanException {
        Map<String, String> defaults = new TreeMap<>();
        // Compile and runtime: provided jars (jakarta.persistence, a container's API) are there at run time too.
        Set<String> classpath = new LinkedHashSet<>(project.getCompileClasspathElements());
        classpath.addAll(project.getRuntimeClasspathElements());
        defaults.put("entities.classpath", String.join(File.pathSeparator, classpath));
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        List<String> packages = EntityPackages.in(List.of(classes));
        String where = classes.toString();
        if (packages.isEmpty()) {
            List<Path> siblings = sameGroupDependencies();
            packages = EntityPackages.in(siblings);
            where = "the dependencies " + siblings;
        }
        if (!packages.isEmpty()) {
            defaults.put("entities.packages", String.join(",", packages));
            log.debug("retort: entities of " + String.join(", ", packages) + " found in " + where);
        }
        return defaults;
    }

    private List<Path> sameGroupDependencies() {
        List<Path> files = new ArrayList<>();
        for (Artifact artifact : project.getArtifacts()) {
            boolean runtime = !Artifact.SCOPE_TEST.equals(artifact.getScope());
            if (runtime && project.getGroupId().equals(artifact.getGroupId()) && artifact.getFile() != null) {
                files.add(artifact.getFile().toPath());
            }
        }
        return files;
    }
}
