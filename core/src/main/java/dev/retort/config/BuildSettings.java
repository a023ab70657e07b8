package dev.retort.config;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a build tool's plugin knows of the project, for {@link ConfigLoader#load(java.nio.file.Path, BuildSettings,
 * Map)}: the settings its configuration declares, which take the place of retort.properties' keys (over the file,
 * under the {@code RETORT_*} variables), and the defaults it derives from the build (under those, over what the
 * application's Spring Boot or Quarkus settings guess: the entities' classpath and packages of a Maven module). With it, a project needs no retort.properties at all: the
 * build declares it.
 *
 * @param declared   retort.properties keys and values from the build's configuration
 * @param declaredIn where they are, for error messages ("the &lt;properties&gt; of retort-maven-plugin in pom.xml")
 * @param defaults   values for keys that nothing else sets
 */
public record BuildSettings(Map<String, String> declared, String declaredIn, Map<String, String> defaults) {

    /** No build: the command line, where a project must be configured somewhere. */
    static final BuildSettings NONE = new BuildSettings(Map.of(), "", Map.of());

    public BuildSettings {
        declared = Map.copyOf(new TreeMap<>(declared));
        Objects.requireNonNull(declaredIn, "declaredIn");
        defaults = Map.copyOf(new TreeMap<>(defaults));
    }
}
