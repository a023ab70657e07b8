package dev.retort.config;

import dev.retort.lint.LintRule;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code retort lint}, {@code check} and {@code revision --autogenerate} lint for.
 *
 * @param disabled the rules switched off for the whole project ({@code lint.disable=rule,rule})
 */
public record LintSettings(Set<LintRule> disabled) {

    public static final String DISABLE_KEY = "lint.disable";

    /** Every rule on. */
    public static final LintSettings ALL_RULES = new LintSettings(Set.of());

    public LintSettings {
        disabled = disabled.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(disabled));
    }

    /**
     * {@code lint.disable}'s value: rule ids, comma-separated.
     *
     * @throws IllegalArgumentException naming the word that is no rule, the closest rule and every rule there is
     */
    public static LintSettings parse(String value) {
        Set<LintRule> disabled = EnumSet.noneOf(LintRule.class);
        for (String word : ConfigLoader.split(value, ",")) {
            disabled.add(LintRule.byId(word).orElseThrow(() -> new IllegalArgumentException("'" + word
                    + "' is no lint rule: did you mean " + closest(word).id() + "? (rules: " + ids() + ")")));
        }
        return new LintSettings(disabled);
    }

    private static LintRule closest(String word) {
        return Arrays.stream(LintRule.values())
                .min(Comparator.comparingInt(rule -> EnvironmentVariables.distance(word, rule.id())))
                .orElseThrow();
    }

    private static String ids() {
        return Arrays.stream(LintRule.values()).map(LintRule::id).collect(Collectors.joining(", "));
    }
}
