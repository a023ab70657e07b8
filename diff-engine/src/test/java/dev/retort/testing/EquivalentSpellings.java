package dev.retort.testing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Catalog lines of the same schema that PostgreSQL prints differently depending on how the DDL was spelled, put in
 * one spelling so that two {@link CatalogSnapshot}s can be compared. The only one: a check {@code v in ('A','B')}
 * written by hand is stored as {@code (ARRAY['A'::varchar, ...])::text[]}; the same check read back and written
 * again (as retort does) is parsed into {@code ARRAY[('A'::varchar)::text, ...]}. Same check, other print.
 */
public final class EquivalentSpellings {

    private static final Pattern ARRAY_CAST_TO_TEXT = Pattern.compile("\\(ARRAY\\[([^\\]]*)]\\)::text\\[]");

    private EquivalentSpellings() {
    }

    public static List<String> canonical(List<String> catalog) {
        return catalog.stream().map(EquivalentSpellings::castEachElement).sorted().toList();
    }

    /** {@code (ARRAY['A'::character varying, ...])::text[]} as {@code ARRAY[('A'::character varying)::text, ...]}. */
    public static String castEachElement(String line) {
        Matcher matcher = ARRAY_CAST_TO_TEXT.matcher(line);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String elements = List.of(matcher.group(1).split(", ")).stream().map(e -> "(" + e + ")::text")
                    .collect(Collectors.joining(", "));
            matcher.appendReplacement(result, Matcher.quoteReplacement("ARRAY[" + elements + "]"));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
