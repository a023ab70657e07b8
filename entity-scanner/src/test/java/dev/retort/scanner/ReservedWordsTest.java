package dev.retort.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;

/** The reserved-word list the warnings use is exactly what the PostgreSQL server says. */
@ExtendWith(PostgresExtension.class)
class ReservedWordsTest {

    @Test
    void theListIsTheServersReservedAndTypeOrFunctionKeywords(TestDatabase database) throws IOException {
        String query;
        try (InputStream in = ReservedWordsTest.class.getResourceAsStream("reserved-words.sql")) {
            query = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String word : database.queryColumn(query)) {
            assertThat(ReservedWords.isReserved(word)).as(word).isTrue();
        }
        assertThat(database.queryColumn(query)).hasSize(countListed());
        assertThat(ReservedWords.isReserved("level")).isFalse();
        assertThat(ReservedWords.isReserved("user")).isTrue();
    }

    private static int countListed() throws IOException {
        try (InputStream in = ReservedWords.class.getResourceAsStream("postgresql-reserved-words.txt")) {
            return (int) new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).count();
        }
    }
}
