package dev.retort.cli;

import dev.retort.compare.Category;
import dev.retort.compare.Comparison;
import dev.retort.compare.Difference;
import dev.retort.lint.LintReport;
import dev.retort.workflow.CheckReport;
import dev.retort.workflow.CheckWorkflow;
import dev.retort.workflow.RetortVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code check --format sarif}: a SARIF 2.1.0 log for GitHub code scanning, one run, one result per difference,
 * one rule per kind of difference ({@code column.type}). A result's level says what becomes of the difference:
 * {@code error} when it would become SQL in the next revision, {@code warning} when it is reported only (drift,
 * what the database has beyond the entities), {@code note} for what retort cannot compare yet. A check that stops
 * short (a problem with the revisions, or a failure) is a log too, whose invocation did not succeed and says why.
 */
final class SarifLog {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final String RULES_SECTION = "#kinds-of-difference-and-stating-your-intent";
    private static final Properties TEXTS = texts();

    private SarifLog() {
    }

    /** The log of a check that ran: its differences as results, its problems and warnings as notifications. */
    static Map<String, Object> of(CheckWorkflow.Outcome outcome, int exitCode, SarifLocations locations) {
        return of(outcome, exitCode, locations, null);
    }

    /**
     * The log of a check that ran, with what linting its pending revisions found as results after the differences
     * (their rules follow the kinds of difference).
     *
     * @param lint null when nothing was linted
     */
    static Map<String, Object> of(CheckWorkflow.Outcome outcome, int exitCode, SarifLocations locations,
                                  LintReport lint) {
        List<Object> results = new ArrayList<>();
        List<Object> notifications = new ArrayList<>();
        for (CheckWorkflow.Problem problem : outcome.problems()) {
            notifications.add(notification("error", problem.kind().label(), problem.message()));
        }
        if (outcome.drift() != null) {
            outcome.drift().warnings().forEach(warning -> notifications.add(notification("warning", "warning",
                    warning)));
            Comparison comparison = outcome.drift().comparison();
            for (Difference difference : comparison.differences()) {
                String origin = outcome.drift().provenance().originOf(difference.path()).orElse(null);
                results.add(result(difference, comparison.reported().contains(difference), origin, locations));
            }
        }
        if (lint != null) {
            results.addAll(LintSarif.results(lint, locations, Category.values().length));
        }
        Map<String, Object> run = run(outcome.problems().isEmpty(), exitCode, notifications, results, rules());
        if (!locations.originalUriBaseIds().isEmpty()) {
            run.put("originalUriBaseIds", locations.originalUriBaseIds());
        }
        return log(run);
    }

    /** The log of a check that could not run: no results, and the one line stderr prints as its notification. */
    static Map<String, Object> failure(Exception failure) {
        List<Object> notifications = List.of(notification("error", "error", ErrorReporter.describe(failure)));
        return log(run(false, ErrorReporter.exitCode(failure), notifications, List.of(), rules()));
    }

    /**
     * The level of a result: {@code error} for what would become SQL, {@code warning} for what is reported only,
     * {@code note} for what retort cannot compare.
     */
    private static String level(Difference difference, boolean reported) {
        if (difference.category() == Category.UNSUPPORTED) {
            return "note";
        }
        return reported ? "warning" : "error";
    }

    /** The level of a rule's results when nothing tells apart (no history): its kind's default action. */
    private static String defaultLevel(Category category) {
        if (category == Category.UNSUPPORTED) {
            return "note";
        }
        return category.defaultAction() == Category.Action.APPLY ? "error" : "warning";
    }

    static Map<String, Object> log(Map<String, Object> run) {
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return log;
    }

    static Map<String, Object> run(boolean successful, int exitCode, List<Object> notifications,
                                   List<Object> results, List<Object> rules) {
        Map<String, Object> invocation = new LinkedHashMap<>();
        invocation.put("executionSuccessful", successful);
        invocation.put("exitCode", exitCode);
        invocation.put("toolExecutionNotifications", notifications);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver(rules)));
        run.put("invocations", List.of(invocation));
        run.put("results", results);
        return run;
    }

    private static Map<String, Object> driver(List<Object> rules) {
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "retort");
        home().ifPresent(home -> driver.put("informationUri", home));
        driver.put("version", RetortVersion.get());
        driver.put("rules", rules);
        return driver;
    }

    /** check's rules: one per kind of difference, then one per lint rule. */
    private static List<Object> rules() {
        List<Object> rules = new ArrayList<>();
        for (Category category : Category.values()) {
            rules.add(rule(category));
        }
        rules.addAll(LintSarif.rules());
        return rules;
    }

    private static Map<String, Object> rule(Category category) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", category.key());
        rule.put("shortDescription", text(TEXTS.getProperty(category.key(), category.key())));
        String actions = category.canApply() ? "apply|report|ignore" : "report|ignore";
        rule.put("help", text("State the team's intent with retort." + category.key() + "=" + actions
                + " in retort.properties (optionally for some objects only: retort." + category.key()
                + "@schema.name_*=ignore); what is applied goes into the next `retort revision --autogenerate`."));
        home().ifPresent(home -> rule.put("helpUri", home + RULES_SECTION));
        rule.put("defaultConfiguration", Map.of("level", defaultLevel(category)));
        return rule;
    }

    private static Map<String, Object> result(Difference difference, boolean reported, String origin,
                                              SarifLocations locations) {
        Map<String, Object> logical = new LinkedHashMap<>();
        logical.put("fullyQualifiedName", difference.path().toString());
        logical.put("kind", difference.path().kind().label());
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("physicalLocation", locations.physicalLocation(origin));
        location.put("logicalLocations", List.of(logical));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("category", difference.category().key());
        properties.put("action", reported ? "reported" : "operation");
        properties.put("cause", difference.cause().label());
        properties.put("aspect", difference.aspect().label());
        properties.put("from", difference.from());
        properties.put("to", difference.to());
        properties.put("reason", difference.reason());
        properties.put("origin", origin);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ruleId", difference.category().key());
        result.put("ruleIndex", difference.category().ordinal());
        result.put("level", level(difference, reported));
        result.put("message", text(CheckReport.line(difference, origin)));
        result.put("locations", List.of(location));
        // Ours, so that code scanning tells results apart by object rather than by the text of the line shown.
        result.put("partialFingerprints", Map.of("retortDifference/v1", difference.category().key() + " "
                + difference.path() + " " + Objects.toString(difference.identity(), "") + " "
                + difference.aspect().label()));
        result.put("properties", properties);
        return result;
    }

    static Map<String, Object> notification(String level, String id, String message) {
        Map<String, Object> notification = new LinkedHashMap<>();
        notification.put("level", level);
        notification.put("message", text(message));
        notification.put("descriptor", Map.of("id", id));
        return notification;
    }

    static Map<String, Object> text(String text) {
        return Map.of("text", text);
    }

    static Optional<String> home() {
        String home = TEXTS.getProperty("home", "").strip();
        return home.isEmpty() ? Optional.empty() : Optional.of(home);
    }

    private static Properties texts() {
        Properties texts = new Properties();
        try (InputStream in = SarifLog.class.getResourceAsStream("sarif.properties")) {
            if (in == null) {
                throw new IllegalStateException("sarif.properties is missing from retort's jar");
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
