package dev.retort.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A YAML file as the flat dotted keys Spring Boot and Quarkus see: nested maps join their keys with dots
 * ({@code spring: datasource: url:} is {@code spring.datasource.url}) and list items get an index
 * ({@code locations[0]}), one map per YAML document ({@code ---}), in file order. Only plain data is built (SnakeYAML's
 * safe constructor): a tag naming a Java class is an error, never an instantiation.
 */
final class YamlFlattener {

    private YamlFlattener() {
    }

    static List<Map<String, String>> documents(Path file) throws ConfigException {
        List<Map<String, String>> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader)) {
                Map<String, String> flat = new LinkedHashMap<>();
                if (document instanceof Map<?, ?> map) {
                    flatten("", map, flat);
                } else if (document != null) {
                    throw new ConfigException(file + " is not a map of settings (a document is a "
                            + document.getClass().getSimpleName() + ")");
                }
                documents.add(flat);
            }
        } catch (IOException | YAMLException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage());
        }
        return documents;
    }

    /** The flat keys of one YAML value under {@code prefix}. */
    static void flatten(String prefix, Object value, Map<String, String> into) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> flatten(prefix.isEmpty() ? String.valueOf(key)
                    : prefix + "." + key, child, into));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), into);
            }
            if (list.isEmpty()) {
                into.put(prefix, "");
            }
        } else {
            // Like Spring, an empty value (key with nothing after the colon) is an empty string.
            into.put(prefix, value == null ? "" : String.valueOf(value));
        }
    }
}
