package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What SARIF 2.1.0 requires of a log, and GitHub code scanning of its results, checked on a parsed
 * {@code check --format sarif}: the official schema is not at hand offline, so its required properties are spelled
 * out here.
 */
final class SarifShape {

    private SarifShape() {
    }

    /** The members the schema allows (its objects have {@code additionalProperties: false}), of those retort uses. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "log", Set.of("$schema", "version", "runs", "inlineExternalProperties", "properties"),
            "run", Set.of("tool", "invocations", "results", "originalUriBaseIds", "artifacts", "logicalLocations",
                    "automationDetails", "columnKind", "properties"),
            "toolComponent", Set.of("name", "version", "semanticVersion", "informationUri", "rules", "notifications",
                    "fullName", "organization", "properties"),
            "reportingDescriptor", Set.of("id", "name", "shortDescription", "fullDescription", "help", "helpUri",
                    "defaultConfiguration", "properties"),
            "invocation", Set.of("executionSuccessful", "exitCode", "toolExecutionNotifications",
                    "toolConfigurationNotifications", "properties"),
            "notification", Set.of("message", "level", "descriptor", "associatedRule", "locations", "properties"),
            "result", Set.of("ruleId", "ruleIndex", "rule", "kind", "level", "message", "locations",
                    "partialFingerprints", "fingerprints", "relatedLocations", "suppressions", "properties"),
            "location", Set.of("physicalLocation", "logicalLocations", "message", "properties"),
            "physicalLocation", Set.of("artifactLocation", "region", "contextRegion", "properties"),
            "logicalLocation", Set.of("name", "fullyQualifiedName", "kind", "decoratedName", "index", "parentIndex",
                    "properties"));

    private static Map<String, Object> checked(String definition, Object value) {
        Map<String, Object> object = object(value);
        assertThat(ALLOWED.get(definition)).as("the members of a SARIF %s", definition)
                .containsAll(object.keySet());
        return object;
    }

    /** Parses the output, insists it is one well-formed SARIF log with one run, and returns that run. */
    static Map<String, Object> onlyRun(String output) {
        Map<String, Object> log = checked("log", JsonReader.read(output));
        assertThat(log.get("$schema")).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(log.get("version")).isEqualTo("2.1.0");
        List<Object> runs = list(log.get("runs"));
        assertThat(runs).hasSize(1);
        Map<String, Object> run = checked("run", runs.get(0));
        Map<String, Object> driver = checked("toolComponent", object(run.get("tool")).get("driver"));
        assertThat(driver.get("name")).isEqualTo("retort");
        assertThat((String) driver.get("version")).isNotBlank();
        List<String> ruleIds = new ArrayList<>();
        for (Object rule : list(driver.get("rules"))) {
            String id = (String) checked("reportingDescriptor", rule).get("id");
            assertThat(ruleIds).as("rule ids are unique").doesNotContain(id);
            ruleIds.add(id);
            assertThat((String) object(object(rule).get("shortDescription")).get("text"))
                    .as("rule %s says what it is", id).isNotBlank().isNotEqualTo(id);
        }
        for (Map<String, Object> result : results(run)) {
            checked("result", result);
            String ruleId = (String) result.get("ruleId");
            assertThat(ruleIds).as("the rule of %s", result).contains(ruleId);
            assertThat(((BigDecimal) result.get("ruleIndex")).intValueExact()).isEqualTo(ruleIds.indexOf(ruleId));
            assertThat(result.get("level")).isIn("none", "note", "warning", "error");
            assertThat((String) object(result.get("message")).get("text")).isNotBlank();
            List<Object> locations = list(result.get("locations"));
            assertThat(locations).hasSize(1);
            Map<String, Object> location = checked("location", locations.get(0));
            list(location.get("logicalLocations")).forEach(logical -> checked("logicalLocation", logical));
            Map<String, Object> physical = checked("physicalLocation", location.get("physicalLocation"));
            assertThat((String) object(physical.get("artifactLocation")).get("uri")).isNotBlank();
            assertThat(((BigDecimal) object(physical.get("region")).get("startLine")).intValueExact())
                    .isPositive();
        }
        List<Object> invocations = list(run.get("invocations"));
        assertThat(invocations).hasSize(1);
        Map<String, Object> invocation = checked("invocation", invocations.get(0));
        assertThat(invocation.get("executionSuccessful")).isInstanceOf(Boolean.class);
        for (Object notification : list(invocation.get("toolExecutionNotifications"))) {
            assertThat(messageText(checked("notification", notification))).isNotBlank();
        }
        return run;
    }

    static List<Map<String, Object>> results(Map<String, Object> run) {
        return list(run.get("results")).stream().map(SarifShape::object).toList();
    }

    static Map<String, Object> invocation(Map<String, Object> run) {
        return object(list(run.get("invocations")).get(0));
    }

    static String messageText(Map<String, Object> withMessage) {
        return (String) object(withMessage.get("message")).get("text");
    }

    /** The result's one physical location: its artifact's uri, uriBaseId (or null) and start line. */
    static List<Object> physicalLocation(Map<String, Object> result) {
        Map<String, Object> physical = object(object(list(result.get("locations")).get(0)).get("physicalLocation"));
        Map<String, Object> artifact = object(physical.get("artifactLocation"));
        return List.of(artifact.get("uri"), String.valueOf(artifact.get("uriBaseId")),
                ((BigDecimal) object(physical.get("region")).get("startLine")).intValueExact());
    }

    static Map<String, Object> logicalLocation(Map<String, Object> result) {
        return object(list(object(list(result.get("locations")).get(0)).get("logicalLocations")).get(0));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Object>) value;
    }
}
