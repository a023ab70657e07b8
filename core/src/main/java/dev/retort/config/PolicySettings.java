package dev.retort.config;

import dev.retort.compare.Category;
import dev.retort.compare.Category.Action;
import dev.retort.compare.ComparePolicy;
import dev.retort.compare.NamePattern;
import dev.retort.compare.PolicyRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The compare policy a configuration states: {@code retort.<kind>[@<glob>]} rules and {@code retort.ignore}. */
final class PolicySettings {

    static final String RULE_PREFIX = "retort.";

    static final String IGNORE_KEY = "retort.ignore";

    /** A rule for every object of one kind ({@code retort.index.extra}), also from the environment. */
    static final List<String> RULE_KEYS = Arrays.stream(Category.values())
            .map(category -> RULE_PREFIX + category.key()).toList();

    /**
     * The bookkeeping tables of other migration tools (Flyway, Liquibase): never the application's schema, so never
     * looked at — not reported, not recorded by a baseline, not created in new environments.
     */
    static final List<String> OTHER_TOOLS_TABLES = List.of("flyway_schema_history", "databasechangelog",
            "databasechangeloglock");

    private PolicySettings() {
    }

    /**
     * {@code retort.<kind>=apply|report|ignore} for every object, {@code retort.<kind>@<glob>=...} for objects whose
     * name matches; {@code retort.ignore=<globs>} for objects never looked at. {@code settingKeys} are the keys of
     * other settings, some of which start with {@code retort.} too ({@code retort.profile}).
     */
    static ComparePolicy policy(Map<String, String> values, Set<String> settingKeys, Path file, FlywaySettings flyway)
            throws ConfigException {
        List<PolicyRule> rules = new ArrayList<>();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            String key = entry.getKey();
            if (!key.startsWith(RULE_PREFIX) || settingKeys.contains(key)) {
                continue;
            }
            String kindAndName = key.substring(RULE_PREFIX.length());
            int at = kindAndName.indexOf('@');
            String kind = at < 0 ? kindAndName : kindAndName.substring(0, at);
            try {
                Category category = Category.byKey(kind);
                NamePattern pattern = at < 0 ? null : new NamePattern(kindAndName.substring(at + 1));
                rules.add(new PolicyRule(category, pattern, action(entry.getValue())));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(key + "=" + entry.getValue() + " in " + file + ": " + e.getMessage()
                        + " (kinds: " + Arrays.stream(Category.values()).map(Category::key)
                        .collect(Collectors.joining(", ")) + "; actions: apply, report, ignore)");
            }
        }
        List<NamePattern> ignored = new ArrayList<>(ConfigLoader.split(values.getOrDefault(IGNORE_KEY, ""), ",").stream()
                .map(NamePattern::new).toList());
        OTHER_TOOLS_TABLES.forEach(table -> ignored.add(new NamePattern(table)));
        if (!OTHER_TOOLS_TABLES.contains(flyway.table())) {
            ignored.add(new NamePattern(flyway.table())); // Flyway's table, renamed (flyway.table)
        }
        return new ComparePolicy(rules, ignored);
    }

    private static Action action(String value) {
        try {
            return Action.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown action '" + value + "'");
        }
    }
}
