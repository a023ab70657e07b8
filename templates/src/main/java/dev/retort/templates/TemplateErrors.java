package dev.retort.templates;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;

import java.util.regex.Pattern;

/** Turns FreeMarker's multi-line diagnostics into one line: {@code <template>:<line>: <reason>}. */
final class TemplateErrors {

    /** FreeMarker repeats the location we already print first. */
    private static final Pattern LOCATION = Pattern.compile("\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+]");
    /** An unknown built-in is followed by a link and the list of every built-in. */
    private static final Pattern BUILT_IN_HELP = Pattern.compile("\\s*Help \\(latest version\\):.*$");

    private TemplateErrors() {
    }

    static String describe(String templateName, ParseException e) {
        return located(templateName, e.getLineNumber(), e.getEditorMessage());
    }

    static String describe(String templateName, TemplateException e) {
        return located(templateName, e.getLineNumber(), e.getMessageWithoutStackTop());
    }

    private static String located(String templateName, Integer line, String reason) {
        String where = line == null || line <= 0 ? templateName : templateName + ":" + line;
        return where + ": " + firstParagraph(reason);
    }

    /** FreeMarker appends tips and an FTL stack after a blank line; the reason is what comes before. */
    private static String firstParagraph(String reason) {
        if (reason == null || reason.isBlank()) {
            return "template error";
        }
        String paragraph = OneLine.of(reason.strip().split("\\R\\s*\\R", 2)[0]);
        paragraph = LOCATION.matcher(paragraph).replaceAll("");
        return BUILT_IN_HELP.matcher(paragraph).replaceAll("");
    }
}
