package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.lint.LintRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lint.disable: every rule on by default, some rules off from the file or the environment, a typo named. */
class LintConfigTest {

    @Test
    void everyRuleIsOnByDefault(@TempDir Path dir) throws Exception {
        assertThat(load(dir, "", Map.of()).lint().disabled()).isEmpty();
    }

    @Test
    void rulesSwitchedOffInTheFileOrTheEnvironment(@TempDir Path dir) throws Exception {
        assertThat(load(dir, "lint.disable=missing-lock-timeout, data-loss\n", Map.of()).lint().disabled())
                .isEqualTo(Set.of(LintRule.MISSING_LOCK_TIMEOUT, LintRule.DATA_LOSS));
        assertThat(load(dir, "lint.disable=data-loss\n", Map.of("RETORT_LINT_DISABLE", "blocking-index")).lint()
                .disabled()).isEqualTo(Set.of(LintRule.BLOCKING_INDEX));
    }

    @Test
    void aWordThatIsNoRuleIsOneLineNamingTheClosestRule(@TempDir Path dir) {
        assertThatThrownBy(() -> load(dir, "lint.disable=data-loss,blocking-indexes\n", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("lint.disable=data-loss,blocking-indexes (retort.properties or"
                        + " RETORT_LINT_DISABLE): 'blocking-indexes' is no lint rule: did you mean blocking-index?"
                        + " (rules: table-rewrite, ")
                .hasMessageNotContaining("\n");
    }

    private static RetortConfig load(Path dir, String properties, Map<String, String> environment) throws Exception {
        Path file = Files.writeString(dir.resolve("retort.properties"),
                "database.url=jdbc:postgresql://db/app\n" + properties);
        return ConfigLoader.load(file, environment);
    }
}
