package dev.retort.scanner;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java release a class file is compiled for, read from its header, and what it means for the JVM retort runs
 * on: a JVM loads class files of its own release and older only, so entities compiled for Java 21 (class file
 * version 65) cannot be read by retort on Java 17, and the user has to be told which JDK to run retort on.
 */
record ClassFileVersion(String className, int major) {

    /** Class file version 45 is Java 1.1; from Java 5 (49) on, release n is version n + 44. */
    private static final int RELEASE_OFFSET = 44;
    private static final int MAGIC = 0xCAFEBABE;

    /** The JVM's words: "com/acme/Client has been compiled by a more recent version ... (class file version 65.0)". */
    private static final Pattern JVM_MESSAGE =
            Pattern.compile("^(\\S+) has been compiled by .*\\(class file version (\\d+)\\.\\d+\\)");

    /** The version in a class file's header, or empty when the bytes are not a class file. */
    static Optional<ClassFileVersion> of(String className, byte[] classFile) {
        if (classFile.length < 8 || readInt(classFile, 0) != MAGIC) {
            return Optional.empty();
        }
        return Optional.of(new ClassFileVersion(className, readUnsignedShort(classFile, 6)));
    }

    /** The class the running JVM refused for being too new, from anywhere in the cause chain. */
    static Optional<ClassFileVersion> refusedIn(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnsupportedClassVersionError && t.getMessage() != null) {
                Matcher matcher = JVM_MESSAGE.matcher(t.getMessage().strip());
                if (matcher.find()) {
                    return Optional.of(new ClassFileVersion(matcher.group(1).replace('/', '.'),
                            Integer.parseInt(matcher.group(2))));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the running JVM is too old to load this class. */
    boolean tooNewForThisJvm() {
        return release() > runningRelease();
    }

    int release() {
        return major - RELEASE_OFFSET;
    }

    /**
     * What the user needs to know, to follow "class com.acme.Client is" or "..., which is": "compiled for Java 21
     * (class file version 65), newer than the Java 17 retort runs on (JAVA_HOME): run retort on a JDK 21 or newer
     * (set JAVA_HOME to it)".
     */
    String tooNewExplained() {
        return "compiled for Java " + release() + " (class file version " + major + "), newer than the Java "
                + runningRelease() + " retort runs on (" + System.getProperty("java.home") + "): run retort on a JDK "
                + release() + " or newer (set JAVA_HOME to it)";
    }

    private static int runningRelease() {
        return Runtime.version().feature();
    }

    private static int readInt(byte[] bytes, int at) {
        return (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8
                | bytes[at + 3] & 0xff;
    }

    private static int readUnsignedShort(byte[] bytes, int at) {
        return (bytes[at] & 0xff) << 8 | bytes[at + 1] & 0xff;
    }
}
