package dev.retort.templates;

/**
 * A revision template could not be read, parsed or run. The message is one line naming the template file, the
 * line when known, and FreeMarker's reason, e.g. {@code retort/templates/revision.sql.ftl:12: Unknown directive}.
 */
public final class TemplateRenderException extends Exception {

    private static final long serialVersionUID = 1L;

    TemplateRenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
