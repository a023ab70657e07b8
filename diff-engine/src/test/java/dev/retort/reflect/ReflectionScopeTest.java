package dev.retort.reflect;

import static dev.retort.reflect.Reflection.reflect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.View;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class ReflectionScopeTest {

    @Test
    void onlyTheScopesSchemasAreRead(TestDatabase database) {
        database.execute("create schema inside", "create schema outside",
                "create table inside.kept (id int)", "create sequence inside.kept_seq",
                "create view inside.kept_view as select 1 as one",
                "create table outside.ignored (id int)", "create sequence outside.ignored_seq",
                "create view outside.ignored_view as select 1 as one", "create table public.also_ignored (id int)");

        SchemaModel model = reflect(database, "inside");

        assertThat(model.schemas()).containsExactly("inside");
        assertThat(model.tables()).extracting(Table::name).containsExactly(QualifiedName.of("inside", "kept"));
        assertThat(model.sequences()).extracting(Sequence::name)
                .containsExactly(QualifiedName.of("inside", "kept_seq"));
        assertThat(model.views()).extracting(View::name).containsExactly(QualifiedName.of("inside", "kept_view"));
    }

    @Test
    void twoSchemasAreReadTogetherAndMissingOnesAreLeftOut(TestDatabase database) {
        database.execute("create schema second", "create table public.a (id int)", "create table second.b (id int)");

        SchemaModel model = reflect(database, "public", "second", "no_such_schema");

        assertThat(model.schemas()).containsExactly("public", "second");
        assertThat(model.tables()).extracting(Table::name)
                .containsExactly(QualifiedName.of("public", "a"), QualifiedName.of("second", "b"));
    }

    @Test
    void aScopeWhoseSchemasDoNotExistGivesAnEmptyModel(TestDatabase database) {
        assertThat(reflect(database, "nowhere")).isEqualTo(SchemaModel.empty());
        assertThat(reflect(database, new ReflectionScope(java.util.List.of(), java.util.Set.of())))
                .isEqualTo(SchemaModel.empty());
    }

    @Test
    void anExcludedTableIsLeftOutButForeignKeysToItStay(TestDatabase database) {
        database.execute("create table retort_version (version text primary key)",
                "create table audit (version text references retort_version)");

        SchemaModel model = reflect(database,
                ReflectionScope.of("public").excluding(QualifiedName.of("public", "retort_version")));

        assertThat(model.tables()).extracting(Table::name).containsExactly(QualifiedName.of("public", "audit"));
        assertThat(model.tables().get(0).foreignKeys().get(0).referencedTable())
                .isEqualTo(QualifiedName.of("public", "retort_version"));
    }

    @Test
    void schemaNamesThatLookLikeSqlOrTemplatesAreReadLiterally(TestDatabase database) {
        String[] names = {"it's", "back\\slash", "${user.home}", "Mixed Case", "ünïcode"};
        for (String name : names) {
            String quoted = "\"" + name.replace("\"", "\"\"") + "\"";
            database.execute("create schema " + quoted, "create table " + quoted + ".t (id int)");
        }
        database.execute("create schema \"it\"", "create table \"it\".decoy (id int)");

        SchemaModel model = reflect(database, names);

        assertThat(model.schemas()).containsExactlyInAnyOrder(names);
        assertThat(model.tables()).extracting(t -> t.name().schema()).containsExactlyInAnyOrder(names);
    }

    @Test
    void viewsInThePublicSchemaAreSchemaQualifiedToo(TestDatabase database) {
        database.execute("create table item (id int)", "create view all_items as select id from item");

        assertThat(reflect(database, "public").views().get(0).definition())
                .isEqualTo("SELECT item.id\n   FROM public.item");
    }
}
