package dev.retort.dialect.postgresql;

import dev.retort.schema.ObjectPath;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct (type, default) pairs of the entities' columns, printed by PostgreSQL: a model of 500 tables
 * has a few dozen, so they fit in a handful of scratch tables instead of 500.
 */
final class ColumnSamples {

    /** A column type and default as the entities spell them. */
    record Sample(String type, String defaultExpression) {
    }

    /** The same, as PostgreSQL prints them. */
    record Printed(String type, String defaultExpression) {
    }

    private record Location(String table, String column) {
    }

    private static final int COLUMNS_PER_TABLE = 800;

    private final Map<Sample, ObjectPath> firstUse = new LinkedHashMap<>();
    private final Map<Sample, Location> locations = new LinkedHashMap<>();

    void add(ObjectPath column, String type, String defaultExpression) {
        firstUse.putIfAbsent(new Sample(type, defaultExpression), column);
    }

    /** Creates the sample tables in {@code schema}; a sample PostgreSQL refuses is reported with a column using it. */
    void create(ScratchSession session, String schema) throws SQLException, NormalizationException {
        List<Sample> samples = new ArrayList<>(firstUse.keySet());
        for (int from = 0, table = 0; from < samples.size(); from += COLUMNS_PER_TABLE, table++) {
            List<Sample> chunk = samples.subList(from, Math.min(samples.size(), from + COLUMNS_PER_TABLE));
            ScratchTable scratch = new ScratchTable("v" + table);
            for (int i = 0; i < chunk.size(); i++) {
                scratch.addColumn("v" + (from + i), chunk.get(i).type(), chunk.get(i).defaultExpression());
            }
            if (session.attempt(scratch.create(schema)) == null) {
                for (int i = 0; i < chunk.size(); i++) {
                    locations.put(chunk.get(i), new Location(scratch.name(), "v" + (from + i)));
                }
            } else {
                createOneByOne(session, schema, chunk, from);
            }
        }
    }

    /** Finds the sample that failed its table by giving each its own table. */
    private void createOneByOne(ScratchSession session, String schema, List<Sample> chunk, int from)
            throws SQLException, NormalizationException {
        for (int i = 0; i < chunk.size(); i++) {
            Sample sample = chunk.get(i);
            ScratchTable alone = new ScratchTable("v_" + (from + i));
            alone.addColumn("v", sample.type(), sample.defaultExpression());
            SQLException failure = session.attempt(alone.create(schema));
            if (failure != null) {
                throw new NormalizationException("the entities' column " + firstUse.get(sample) + " (type "
                        + sample.type() + (sample.defaultExpression() == null ? "" : ", default "
                        + sample.defaultExpression()) + ") is not valid on PostgreSQL: "
                        + ScratchSession.firstLine(failure) + "; check its mapping (columnDefinition, @ColumnDefault)",
                        failure);
            }
            locations.put(sample, new Location(alone.name(), "v"));
        }
    }

    /** Every sample as PostgreSQL printed it. */
    Map<Sample, Printed> read(ScratchPrints prints) {
        Map<Sample, Printed> printed = new LinkedHashMap<>();
        for (Map.Entry<Sample, Location> entry : locations.entrySet()) {
            Location location = entry.getValue();
            Printed print = prints.column(location.table(), location.column());
            if (print == null) {
                throw new IllegalStateException("scratch column " + location + " vanished");
            }
            printed.put(entry.getKey(), print);
        }
        return printed;
    }
}
