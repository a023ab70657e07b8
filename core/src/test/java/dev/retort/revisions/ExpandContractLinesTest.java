package dev.retort.revisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.templates.PendingStep;
import dev.retort.templates.RevisionTemplates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The expand/contract lines of a revision's header: {@code -- retort:pending} (an expand revision's steps left for
 * later) and {@code -- retort:completes} (the expand revisions a contract completes), written by the template and
 * read back, and part of the checksum like every other line.
 */
class ExpandContractLinesTest {

    private static final Path FILE = Path.of("versions", "b2_expand.sql");

    private static String revision(String extraHeader) {
        return "-- retort:revision b2\n-- retort:parents a1\n-- retort:message expand\n"
                + "-- retort:created 2026-11-23T10:15:30Z\n" + extraHeader + "\n-- retort:upgrade\n\n-- retort:downgrade\n";
    }

    @Test
    void anExpandRevisionsPendingLinesReadBackInOrder() {
        Revision expand = RevisionFile.parse(FILE, revision("""
                -- retort:pending drop-column public.customer.nick: drop column public.customer.nick (the old version)
                -- retort:pending set-not-null public.customer.nickname: set NOT NULL on public.customer.nickname"""));
        assertThat(expand.rollout().pending()).containsExactly(
                new PendingStep("drop-column public.customer.nick", "drop column public.customer.nick (the old version)"),
                new PendingStep("set-not-null public.customer.nickname", "set NOT NULL on public.customer.nickname"));
        assertThat(expand.rollout().completes()).isEmpty();
    }

    @Test
    void aContractRevisionNamesTheExpandRevisionsItCompletes() {
        Revision contract = RevisionFile.parse(FILE, revision("-- retort:completes a1 a0"));
        assertThat(contract.rollout()).isEqualTo(new Rollout(List.of(), List.of("a1", "a0")));
        assertThat(RevisionFile.parse(FILE, revision("")).rollout()).isEqualTo(Rollout.NONE);
    }

    @Test
    void theLinesAreCountedInTheChecksum() {
        assertThat(RevisionFile.parse(FILE, revision("-- retort:completes a1")).checksum())
                .isNotEqualTo(RevisionFile.parse(FILE, revision("")).checksum());
    }

    @Test
    void aMalformedLineIsOneErrorNamingTheFileAndLine() {
        assertThatThrownBy(() -> RevisionFile.parse(FILE, revision("-- retort:pending drop the column nick")))
                .isInstanceOf(RevisionFileException.class).hasMessageContaining(":5:")
                .hasMessageContaining("'-- retort:pending' needs '<step> <path>: <what>'");
        assertThatThrownBy(() -> RevisionFile.parse(FILE, revision("-- retort:completes")))
                .isInstanceOf(RevisionFileException.class).hasMessageContaining("names no revision");
        assertThatThrownBy(() -> RevisionFile.parse(FILE, revision("-- retort:completes a1\n-- retort:completes a0")))
                .isInstanceOf(RevisionFileException.class).hasMessageContaining("second '-- retort:completes' line");
    }

    @Test
    void aProjectTemplateWithoutTheLinesStillGetsThemInTheFile(@TempDir Path project) throws Exception {
        Path templates = project.resolve("templates");
        RevisionTemplates.copyBuiltInTo(templates);
        Path template = templates.resolve(RevisionTemplates.TEMPLATE_FILE);
        Files.writeString(template, Files.readString(template).replaceAll("(?s)<#list pending.*?</#if>\\n", ""));
        RevisionWriter writer = new RevisionWriter(project.resolve("versions"), RevisionTemplates.forProject(templates));
        List<PendingStep> pending = List.of(new PendingStep("drop-table public.legacy_note", "drop table"));

        Revision written = writer.write(RevisionWriterTest.document().withRollout(pending, List.of()));

        assertThat(written.rollout().pending()).isEqualTo(pending);
        assertThat(RevisionFile.read(written.file()).rollout().pending()).isEqualTo(pending);
        assertThat(Files.readString(template)).doesNotContain("-- retort:pending ${");
    }
}
