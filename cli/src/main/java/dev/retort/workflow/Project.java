package dev.retort.workflow;

import dev.retort.config.RetortConfig;
import dev.retort.revisions.RevisionDirectory;
import dev.retort.revisions.RevisionGraph;
import dev.retort.revisions.VersionTable;
import dev.retort.revisions.VersionTableName;
import dev.retort.templates.RevisionTemplates;

/** One retort project: its configuration and the collaborators every workflow builds from it. */
public final class Project {

    private final RetortConfig config;

    public Project(RetortConfig config) {
        this.config = config;
    }

    public RetortConfig config() {
        return config;
    }

    public Database database() {
        return new Database(config.database());
    }

    public VersionTable versionTable() {
        return new VersionTable(new VersionTableName(config.versionTable().schema(), config.versionTable().name()));
    }

    /** The revision files, read now (a file edited since the last call is read again). */
    public RevisionGraph graph() {
        return RevisionDirectory.loadGraph(config.versionsDirectory());
    }

    public RevisionTemplates templates() {
        return RevisionTemplates.forProject(config.scriptLocation());
    }
}
