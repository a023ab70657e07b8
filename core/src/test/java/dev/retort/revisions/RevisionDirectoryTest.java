package dev.retort.revisions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RevisionDirectoryTest {

    @TempDir
    Path versions;

    @Test
    void everySqlFileInTheDirectoryIsARevisionAndNothingElseIs() throws Exception {
        write("b_second.sql", revision("bbbb", "aaaa"));
        write("a_first.sql", revision("aaaa", ""));
        write("notes.txt", "not a revision");
        Files.createDirectories(versions.resolve("archive.sql"));
        Files.createDirectories(versions.resolve("old"));
        write("old/c_ignored.sql", "not read");

        assertThat(RevisionDirectory.load(versions)).extracting(Revision::id).containsExactly("aaaa", "bbbb");
        assertThat(RevisionDirectory.loadGraph(versions).heads()).extracting(Revision::file)
                .containsExactly(versions.resolve("b_second.sql"));
    }

    @Test
    void hiddenFilesThatEditorsAndOtherSystemsLeaveAreNotRevisions() throws Exception {
        write("a_first.sql", revision("aaaa", ""));
        write("._a_first.sql", "\u0000\u0005\u0016\u0007 macOS resource fork");
        write(".a_first.sql.swp", "vim swap");
        write(".#a_first.sql", "emacs lock");

        assertThat(RevisionDirectory.load(versions)).extracting(Revision::id).containsExactly("aaaa");
    }

    @Test
    void twoFilesWithOneIdAreNamedBoth() throws Exception {
        write("a_first.sql", revision("aaaa", ""));
        write("b_copy.sql", revision("aaaa", ""));

        assertThatThrownBy(() -> RevisionDirectory.load(versions))
                .isInstanceOf(DuplicateRevisionException.class)
                .hasMessage("revision aaaa is declared by both " + versions.resolve("a_first.sql") + " and "
                        + versions.resolve("b_copy.sql") + "; give one of them a new '-- retort:revision' id");
    }

    @Test
    void aBrokenFileIsNamedWithItsLine() throws Exception {
        write("a_first.sql", revision("aaaa", "").replace("-- retort:created", "-- created"));

        assertThatThrownBy(() -> RevisionDirectory.load(versions))
                .isInstanceOf(RevisionFileException.class)
                .hasMessage(versions.resolve("a_first.sql") + ":1: missing '-- retort:created' header");
    }

    @Test
    void aFileThatIsNotUtf8IsNamed() throws Exception {
        Files.write(versions.resolve("a.sql"), new byte[] {'-', '-', ' ', (byte) 0xC3, (byte) 0x28});

        assertThatThrownBy(() -> RevisionDirectory.load(versions))
                .hasMessage(versions.resolve("a.sql") + ": is not UTF-8 text");
    }

    @Test
    void aMissingDirectoryIsNamedWithWhatToDo() {
        Path missing = versions.resolve("absent");

        assertThatThrownBy(() -> RevisionDirectory.load(missing))
                .isInstanceOf(RevisionFileException.class)
                .hasMessage(missing + ": no such versions directory; run 'retort init' or point to the right "
                        + "directory");
    }

    @Test
    void anEmptyDirectoryIsAnEmptyGraph() {
        RevisionGraph graph = RevisionDirectory.loadGraph(versions);

        assertThat(graph.size()).isZero();
        assertThat(graph.resolve("base")).isEmpty();
        assertThat(graph.resolve("heads")).isEmpty();
        assertThat(graph.resolve("head")).isEmpty();
        assertThatThrownBy(() -> graph.resolve("head-1")).hasMessage("there is no head: no revision exists yet");
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(versions.resolve(name), text);
    }

    private static String revision(String id, String parents) {
        return "-- retort:revision " + id + "\n-- retort:parents " + parents + "\n-- retort:message m\n"
                + "-- retort:created 2026-11-22T08:00:00Z\n-- retort:upgrade\nselect 1;\n-- retort:downgrade\n";
    }
}
