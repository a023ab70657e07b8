package dev.retort.revisions;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The versions directory: every regular {@code *.sql} file directly in it is a revision file. Other files and
 * subdirectories are left alone, so notes and archives can live next to the revisions; so are hidden files (a name
 * starting with a dot: macOS's {@code ._x.sql}, an editor's {@code .x.sql.swp} or backup), which are never revisions.
 */
public final class RevisionDirectory {

    private RevisionDirectory() {
    }

    /**
     * Reads every revision file, sorted by file name.
     *
     * @throws RevisionFileException      when the directory is missing or a file is not a revision file
     * @throws DuplicateRevisionException when two files declare the same id
     */
    public static List<Revision> load(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new RevisionFileException(directory, "no such versions directory; run 'retort init' or point "
                    + "to the right directory", null);
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, "*.sql")) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry) && !entry.getFileName().toString().startsWith(".")) {
                    files.add(entry);
                }
            }
        } catch (IOException e) {
            throw new RevisionFileException(directory, "cannot list the versions directory: " + e.getMessage(), e);
        }
        files.sort(Comparator.comparing(path -> path.getFileName().toString()));
        // Files are read and parsed in parallel (a long history is most of a command's time); a broken file is
        // reported in file-name order, as a sequential read would.
        Object[] read = files.parallelStream().map(RevisionDirectory::readOrFailure).toArray();
        List<Revision> revisions = new ArrayList<>(files.size());
        Map<String, Path> seen = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            if (read[i] instanceof RevisionException failure) {
                throw failure;
            }
            Revision revision = (Revision) read[i];
            Path earlier = seen.putIfAbsent(revision.id(), file);
            if (earlier != null) {
                throw new DuplicateRevisionException(revision.id(), earlier, file);
            }
            revisions.add(revision);
        }
        return revisions;
    }

    private static Object readOrFailure(Path file) {
        try {
            return RevisionFile.read(file);
        } catch (RevisionException e) {
            return e;
        }
    }

    /** Reads the directory and builds the graph, with every check of {@link RevisionGraph#of}. */
    public static RevisionGraph loadGraph(Path directory) {
        return RevisionGraph.of(load(directory));
    }
}
