package dev.retort.reflect;

import dev.retort.schema.Deferral;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.ReferentialAction;
import java.util.ArrayList;
import java.util.List;
import schemacrawler.schema.ColumnReference;
import schemacrawler.schema.ForeignKeyDeferrability;
import schemacrawler.schema.ForeignKeyUpdateRule;
import schemacrawler.schema.Table;

/** The foreign keys a crawled table holds (its imported keys), as model records. */
final class ForeignKeys {

    private ForeignKeys() {
    }

    static List<ForeignKey> of(Table table) throws ReflectionException {
        List<ForeignKey> keys = new ArrayList<>();
        for (schemacrawler.schema.ForeignKey key : table.getImportedForeignKeys()) {
            List<String> columns = new ArrayList<>();
            List<String> referencedColumns = new ArrayList<>();
            for (ColumnReference reference : key.getColumnReferences()) {
                columns.add(reference.getForeignKeyColumn().getName());
                referencedColumns.add(reference.getPrimaryKeyColumn().getName());
            }
            QualifiedName where = ModelAssembler.nameOf(table);
            keys.add(new ForeignKey(key.getName(), columns, ModelAssembler.nameOf(key.getPrimaryKeyTable()),
                    referencedColumns, action(key.getDeleteRule(), where, key),
                    action(key.getUpdateRule(), where, key), deferral(key.getDeferrability(), where, key)));
        }
        return keys;
    }

    private static ReferentialAction action(ForeignKeyUpdateRule rule, QualifiedName table,
                                            schemacrawler.schema.ForeignKey key) throws ReflectionException {
        return switch (rule) {
            case noAction -> ReferentialAction.NO_ACTION;
            case restrict -> ReferentialAction.RESTRICT;
            case cascade -> ReferentialAction.CASCADE;
            case setNull -> ReferentialAction.SET_NULL;
            case setDefault -> ReferentialAction.SET_DEFAULT;
            default -> throw new ReflectionException("foreign key " + key.getName() + " of " + table
                    + " has a referential action the reflector does not know: " + rule);
        };
    }

    private static Deferral deferral(ForeignKeyDeferrability deferrability, QualifiedName table,
                                     schemacrawler.schema.ForeignKey key) throws ReflectionException {
        return switch (deferrability) {
            case keyNotDeferrable -> Deferral.NOT_DEFERRABLE;
            case initiallyImmediate -> Deferral.DEFERRABLE_INITIALLY_IMMEDIATE;
            case initiallyDeferred -> Deferral.DEFERRABLE_INITIALLY_DEFERRED;
            default -> throw new ReflectionException("foreign key " + key.getName() + " of " + table
                    + " has a deferrability the reflector does not know: " + deferrability);
        };
    }
}
