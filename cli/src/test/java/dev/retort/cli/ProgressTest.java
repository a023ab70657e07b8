package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.revisions.Revision;
import dev.retort.revisions.Script;
import dev.retort.workflow.DeployLog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a terminal shows while steps run, and what is left on it afterwards. */
class ProgressTest {

    private final StringWriter written = new StringWriter();

    @Test
    void onATerminalTheRunningStepsAreShownAndWipedWhenTheyEnd() {
        Progress progress = new Progress(new PrintWriter(written), true, false);
        progress.started("scan-entities");
        assertThat(screen()).containsExactly("retort: scanning the entities (Hibernate boot)...");
        progress.started("reflect-database");
        assertThat(screen()).containsExactly(
                "retort: scanning the entities (Hibernate boot), reading the database...");
        progress.finished("reflect-database", 200);
        assertThat(screen()).containsExactly("retort: scanning the entities (Hibernate boot)...");
        progress.finished("scan-entities", 900);
        assertThat(screen()).isEmpty();
    }

    @Test
    void onATerminalWithVerboseEachStepsTimeStaysAndTheProgressLineDoesNot() {
        Progress progress = new Progress(new PrintWriter(written), true, true);
        progress.started("scan-entities");
        progress.started("reflect-database");
        progress.finished("reflect-database", 200);
        assertThat(screen()).containsExactly("retort: step reflect-database 200 ms",
                "retort: scanning the entities (Hibernate boot)...");
        progress.finished("scan-entities", 900);
        assertThat(screen()).containsExactly("retort: step reflect-database 200 ms",
                "retort: step scan-entities 900 ms");
    }

    @Test
    void notOnATerminalOnlyTheStepTimesArePrinted() {
        Progress progress = new Progress(new PrintWriter(written), false, true);
        progress.started("replay");
        progress.finished("replay", 390);
        assertThat(written.toString()).isEqualTo("retort: step replay 390 ms" + System.lineSeparator());
    }

    @Test
    void aLineWiderThanATerminalIsCutSoThatItCanBeWiped() {
        Progress progress = new Progress(new PrintWriter(written), true, false);
        for (String step : List.of("scan-entities", "reflect-database", "embedded-start", "replay")) {
            progress.started(step);
        }
        assertThat(screen()).singleElement().asString().hasSizeLessThanOrEqualTo(79).endsWith("...");
        for (String step : List.of("scan-entities", "reflect-database", "embedded-start", "replay")) {
            progress.finished(step, 1);
        }
        assertThat(screen()).isEmpty();
    }

    @Test
    void anUpgradeShowsTheRevisionUnderWayAndLogsItWhenDone() {
        PrintWriter terminal = new PrintWriter(written);
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        DeployLog log = new DeployLog(terminal, "upgrade", false, clock, new Progress(terminal, true, false));
        Revision revision = new Revision("ab12cd34ef56", List.of(), "add orders", clock.instant(),
                Path.of("ab12cd34ef56_add_orders.sql"), "checksum", Script.parse("""
                        CREATE TABLE orders (id bigint);
                        -- DESTRUCTIVE: may lose data
                        DROP TABLE customers;
                        """), Script.empty());
        log.migrating(revision, true);
        assertThat(screen()).containsExactly("retort: upgrading ab12cd34ef56 add orders...");
        log.migrated(revision, true, 1234);
        assertThat(screen()).containsExactly("retort upgrade: upgraded ab12cd34ef56 add orders (1234 ms, "
                + "1 destructive statement)");
    }

    /** The lines a terminal shows for what was written: a carriage return goes back to the line's start. */
    private List<String> screen() {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int column = 0;
        for (char c : written.toString().toCharArray()) {
            if (c == '\n') {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                column = 0;
            } else if (c == '\r') {
                column = 0;
            } else {
                if (column < line.length()) {
                    line.setCharAt(column, c);
                } else {
                    line.append(c);
                }
                column++;
            }
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
