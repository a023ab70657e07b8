package dev.retort.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A golden revision file of the test resources: its whole text, and its upgrade and downgrade sections as SQL. */
record GoldenFile(String name, String text) {

    private static final String UPGRADE = "-- retort:upgrade\n";
    private static final String DOWNGRADE = "-- retort:downgrade\n";

    static GoldenFile read(String name) {
        try (InputStream in = GoldenFile.class.getResourceAsStream("golden/" + name)) {
            assertThat(in).as("golden file " + name).isNotNull();
            return new GoldenFile(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything between the upgrade marker and the downgrade marker, comments included, as the file holds it. */
    String upgrade() {
        return text.substring(marker(UPGRADE) + UPGRADE.length(), marker(DOWNGRADE));
    }

    /** Everything after the downgrade marker. */
    String downgrade() {
        return text.substring(marker(DOWNGRADE) + DOWNGRADE.length());
    }

    private int marker(String marker) {
        int at = text.indexOf(marker);
        assertThat(at).as("%s in golden file %s", marker.strip(), name).isNotNegative();
        return at;
    }
}
