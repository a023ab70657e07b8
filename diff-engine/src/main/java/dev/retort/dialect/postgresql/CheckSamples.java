package dev.retort.dialect.postgresql;

import dev.retort.schema.Column;
import dev.retort.schema.Table;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Check expressions printed by PostgreSQL until the print stops changing. PostgreSQL does not print a check
 * as it was written, and its print is not stable: {@code status in ('A','B')} prints as
 * {@code ((status)::text = ANY ((ARRAY['A'::character varying, ...])::text[]))}, and a check created from that
 * text prints as {@code ARRAY[('A'::character varying)::text, ...]}. Comparing prints would report a difference
 * after every upgrade; comparing and writing the fixed point does not (two rounds in practice).
 *
 * <p>Each check is created on a scratch table holding just the columns it mentions, so many checks share a table.
 */
final class CheckSamples {

    /** Something wrong with a check: where it is, for messages. */
    interface Origin {
        String describe();
    }

    /**
     * A check to print: the columns its text mentions (name to type), all its table's columns (for the rare
     * check that reads a column its text does not name plainly), its text.
     */
    private record Sample(Map<String, String> columns, Map<String, String> allColumns, String expression,
                          Origin origin) {
    }

    /** A check as PostgreSQL prints it, with the columns the catalog says it reads. */
    record Printed(String expression, List<String> columns) {
    }

    /** Reads what PostgreSQL printed for a schema of the scratch transaction. */
    interface Reader {
        ScratchPrints read(String schema) throws SQLException;
    }

    private static final int MAX_ROUNDS = 5;

    private final List<Sample> samples = new ArrayList<>();

    /** Adds a check of {@code table}; returns its id for {@link #print}'s result. */
    int add(Table table, String expression, Origin origin) {
        Set<String> mentioned = ExpressionIdentifiers.of(expression);
        Map<String, String> columns = new LinkedHashMap<>();
        Map<String, String> allColumns = new LinkedHashMap<>();
        for (Column column : table.columns()) {
            allColumns.put(column.name(), column.type().sql());
            if (mentioned.contains(column.name())) {
                columns.put(column.name(), column.type().sql());
            }
        }
        samples.add(new Sample(columns, allColumns, expression, origin));
        return samples.size() - 1;
    }

    Map<Integer, Printed> print(ScratchSession session, String schema, Reader reader)
            throws SQLException, NormalizationException {
        Map<Integer, String> texts = new HashMap<>();
        for (int id = 0; id < samples.size(); id++) {
            texts.put(id, samples.get(id).expression());
        }
        Map<Integer, Printed> printed = new HashMap<>();
        List<Integer> pending = new ArrayList<>(texts.keySet());
        for (int round = 0; round < MAX_ROUNDS && !pending.isEmpty(); round++) {
            Map<String, Integer> constraints = create(session, schema, round, pending, texts);
            Map<Integer, Printed> thisRound = readChecks(reader.read(schema), constraints);
            List<Integer> changed = new ArrayList<>();
            for (int id : pending) {
                Printed print = thisRound.get(id);
                printed.put(id, print);
                if (!print.expression().equals(texts.get(id))) {
                    texts.put(id, print.expression());
                    changed.add(id);
                }
            }
            pending = changed;
        }
        return printed;
    }

    /** Creates the round's tables; returns constraint name to sample id. */
    private Map<String, Integer> create(ScratchSession session, String schema, int round, List<Integer> ids,
                                        Map<Integer, String> texts) throws SQLException, NormalizationException {
        List<ScratchTable> tables = new ArrayList<>();
        Map<ScratchTable, List<Integer>> members = new LinkedHashMap<>();
        for (int id : ids) {
            Map<String, String> columns = samples.get(id).columns();
            ScratchTable table = tables.stream().filter(t -> t.accepts(columns)).findFirst().orElse(null);
            if (table == null) {
                table = new ScratchTable("k" + round + "_" + tables.size());
                tables.add(table);
            }
            ScratchTable target = table;
            columns.forEach((name, type) -> target.addColumn(name, type, null));
            target.addCheck(constraint(round, id), texts.get(id));
            members.computeIfAbsent(target, t -> new ArrayList<>()).add(id);
        }
        Map<String, Integer> constraints = new LinkedHashMap<>();
        for (ScratchTable table : tables) {
            members.get(table).forEach(id -> constraints.put(constraint(round, id), id));
            if (session.attempt(table.create(schema)) != null) {
                createOneByOne(session, schema, round, members.get(table), texts);
            }
        }
        return constraints;
    }

    /** Finds the check that failed its table by giving each its own table. */
    private void createOneByOne(ScratchSession session, String schema, int round, List<Integer> ids,
                                Map<Integer, String> texts) throws SQLException, NormalizationException {
        for (int id : ids) {
            ScratchTable alone = new ScratchTable("k" + round + "_x" + id);
            samples.get(id).allColumns().forEach((name, type) -> alone.addColumn(name, type, null));
            alone.addCheck(constraint(round, id), texts.get(id));
            SQLException failure = session.attempt(alone.create(schema));
            if (failure != null) {
                throw new NormalizationException(samples.get(id).origin().describe() + " is not valid on PostgreSQL: "
                        + ScratchSession.firstLine(failure) + "; check its mapping (@Check, columnDefinition)", failure);
            }
        }
    }

    private static Map<Integer, Printed> readChecks(ScratchPrints prints, Map<String, Integer> constraints) {
        Map<Integer, Printed> printed = new HashMap<>();
        constraints.forEach((constraint, id) -> printed.put(id, prints.check(constraint)));
        return printed;
    }

    private static String constraint(int round, int id) {
        return "c" + id + "_r" + round;
    }
}
