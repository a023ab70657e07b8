package dev.retort.embedded;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.tukaani.xz.XZInputStream;

/**
 * Unpacks a tar.xz archive (the ustar and GNU formats the binaries use: files, directories, symbolic and hard
 * links, GNU long names and pax paths) into a directory, keeping the permission bits. Entries that would land
 * outside the directory are refused.
 */
final class TarXz {

    private static final int BLOCK = 512;

    private TarXz() {
    }

    /** Writes one entry; the caller may refuse (see {@link ScratchDirectory#fill}). */
    @FunctionalInterface
    interface Writer {
        void write(ScratchDirectory.Step step) throws IOException;
    }

    static void extract(InputStream archive, Path target) throws IOException {
        extract(archive, target, ScratchDirectory.Step::run);
    }

    static void extract(InputStream archive, Path target, Writer writer) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        Files.createDirectories(root);
        try (InputStream tar = new XZInputStream(new BufferedInputStream(archive, 1 << 16))) {
            byte[] header = new byte[BLOCK];
            String longName = null;
            String longLink = null;
            while (readBlock(tar, header)) {
                if (isZero(header)) {
                    return;
                }
                char type = (char) header[156];
                long size = octal(header, 124, 12);
                final String name = longName != null ? longName : name(header);
                final String link = longLink != null ? longLink : text(header, 157, 100);
                longName = null;
                longLink = null;
                switch (type) {
                    case 'L' -> longName = strip(new String(readData(tar, size), StandardCharsets.UTF_8));
                    case 'K' -> longLink = strip(new String(readData(tar, size), StandardCharsets.UTF_8));
                    case 'x' -> {
                        String pax = new String(readData(tar, size), StandardCharsets.UTF_8);
                        longName = paxValue(pax, "path");
                        longLink = paxValue(pax, "linkpath");
                    }
                    case 'g' -> readData(tar, size);
                    case '5' -> writer.write(() -> Files.createDirectories(inside(root, name)));
                    case '2' -> writer.write(() -> {
                        Path path = inside(root, name);
                        Files.createDirectories(path.getParent());
                        Files.deleteIfExists(path);
                        Files.createSymbolicLink(path, Path.of(link));
                    });
                    case '1' -> writer.write(() -> {
                        Path path = inside(root, name);
                        Files.createDirectories(path.getParent());
                        Files.deleteIfExists(path);
                        Files.createLink(path, inside(root, link));
                    });
                    case '0', '\0', '7' -> {
                        int mode = (int) octal(header, 100, 8);
                        writer.write(() -> {
                            Path path = inside(root, name);
                            Files.createDirectories(path.getParent());
                            try (OutputStream out = Files.newOutputStream(path)) {
                                copy(tar, out, size);
                            }
                            permissions(path, mode);
                        });
                        skipPadding(tar, size);
                    }
                    default -> throw new IOException("unsupported tar entry type '" + type + "' for " + name);
                }
            }
        }
    }

    private static String name(byte[] header) {
        String name = text(header, 0, 100);
        boolean posixUstar = text(header, 257, 6).equals("ustar") && header[262] == 0;
        String prefix = posixUstar ? text(header, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    /** The entry's path under the root; a name that escapes it (absolute, or through ..) is an error. */
    private static Path inside(Path root, String name) throws IOException {
        Path path = root.resolve(name).normalize();
        if (!path.startsWith(root)) {
            throw new IOException("archive entry " + name + " points outside " + root);
        }
        return path;
    }

    private static void permissions(Path path, int mode) throws IOException {
        if (!path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_READ};
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                permissions.add(bits[i]);
            }
        }
        permissions.add(PosixFilePermission.OWNER_READ);
        Files.setPosixFilePermissions(path, permissions);
    }

    private static boolean readBlock(InputStream in, byte[] block) throws IOException {
        int read = in.readNBytes(block, 0, BLOCK);
        if (read == 0) {
            return false;
        }
        if (read < BLOCK) {
            throw new IOException("truncated tar archive");
        }
        return true;
    }

    private static byte[] readData(InputStream in, long size) throws IOException {
        if (size > Integer.MAX_VALUE) {
            throw new IOException("tar header entry too large: " + size);
        }
        byte[] data = in.readNBytes((int) size);
        if (data.length < size) {
            throw new IOException("truncated tar archive");
        }
        skipPadding(in, size);
        return data;
    }

    private static void copy(InputStream in, OutputStream out, long size) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long left = size;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new IOException("truncated tar archive");
            }
            out.write(buffer, 0, read);
            left -= read;
        }
    }

    private static void skipPadding(InputStream in, long size) throws IOException {
        in.skipNBytes((BLOCK - size % BLOCK) % BLOCK);
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** A numeric header field: octal text, or GNU's base-256 when the first byte has its high bit set. */
    private static long octal(byte[] header, int offset, int length) {
        if ((header[offset] & 0x80) != 0) {
            long value = header[offset] & 0x7f;
            for (int i = 1; i < length; i++) {
                value = (value << 8) | (header[offset + i] & 0xff);
            }
            return value;
        }
        String text = text(header, offset, length).strip();
        return text.isEmpty() ? 0 : Long.parseLong(text, 8);
    }

    private static String text(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static String strip(String value) {
        int nul = value.indexOf('\0');
        return nul < 0 ? value : value.substring(0, nul);
    }

    /** A value of a pax extended header ("LEN key=value\n" records), or null. */
    private static String paxValue(String pax, String key) {
        for (String record : pax.split("\n")) {
            int space = record.indexOf(' ');
            if (space > 0 && record.startsWith(key + "=", space + 1)) {
                return record.substring(space + 2 + key.length());
            }
        }
        return null;
    }
}
