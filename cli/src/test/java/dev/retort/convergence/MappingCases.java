package dev.retort.convergence;

import java.util.ArrayList;
import java.util.List;

/**
 * Every mapping shape of issue 4, each added (and so removed) and changed (and back), with the operations that
 * are the true differences. {@code $t} is the case's table prefix, {@code $P} its class prefix.
 */
final class MappingCases {

    private static final String FK_CHILD = "foreign key $t_child(parent_id) -> $t_parent";
    /** JPA's default join table: the two entities' tables, owner first. */
    private static final String O2M_JOIN = "$t_order_$t_line";
    private static final String M2M_JOIN = "$t_student_$t_course";

    private MappingCases() {
    }

    static List<ConvergenceCase> all() {
        List<ConvergenceCase> cases = new ArrayList<>();
        cases.addAll(associations());
        cases.addAll(collections());
        cases.addAll(identities());
        cases.addAll(tables());
        cases.addAll(indexesAndKeys());
        cases.addAll(generators());
        return cases;
    }

    static List<ConvergenceCase> associations() {
        List<ConvergenceCase> cases = new ArrayList<>(new MappingShape("@ManyToOne", "many-to-one", "m2o")
                .add("optional", "create table $t_parent", "create table $t_child", "add " + FK_CHILD)
                .add("self", "create table $t_node", "add foreign key $t_node(parent_id) -> $t_node")
                .change("relate", "unrelated", "optional", "add column $t_child.parent_id", "add " + FK_CHILD)
                .change("required", "optional", "required", "alter column $t_child.parent_id: nullability")
                .same("lazy", "optional", "lazy")
                .change("cascade", "optional", "cascade", "drop " + FK_CHILD, "add " + FK_CHILD)
                .change("set_null", "cascade", "set_null", "drop " + FK_CHILD, "add " + FK_CHILD)
                .change("join_column", "optional", "join_column", "drop column $t_child.parent_id",
                        "drop " + FK_CHILD, "add column $t_child.owner_ref",
                        "add foreign key $t_child(owner_ref) -> $t_parent")
                .change("named_fk", "optional", "named_fk", "rename " + FK_CHILD)
                .keepsTheNameWhenUnnamed()
                .change("no_constraint", "optional", "no_constraint", "drop " + FK_CHILD)
                .cases());
        cases.addAll(new MappingShape("@OneToOne", "one-to-one", "o2o")
                .add("owning", "create table $t_person", "create table $t_passport",
                        "add foreign key $t_passport(person_id) -> $t_person")
                .add("maps_id", "create table $t_person", "create table $t_passport",
                        "add foreign key $t_passport(person_id) -> $t_person")
                .same("bidirectional", "owning", "bidirectional")
                .change("required", "owning", "required", "alter column $t_passport.person_id: nullability")
                .change("maps_id", "owning", "maps_id", "drop primary key $t_passport(id)",
                        "drop column $t_passport.id",
                        "drop unique $t_passport(person_id)", "alter column $t_passport.person_id: nullability",
                        "add primary key $t_passport(person_id)")
                .cases());
        cases.addAll(new MappingShape("@OneToMany", "one-to-many", "o2m")
                .add("join_column", "create table $t_order", "create table $t_line",
                        "add foreign key $t_line(order_id) -> $t_order")
                .add("join_table", "create table $t_order", "create table $t_line", "create table " + O2M_JOIN,
                        "add foreign key " + O2M_JOIN + "($t_order_id) -> $t_order",
                        "add foreign key " + O2M_JOIN + "(lines_id) -> $t_line")
                .change("relate", "unrelated", "join_column", "add column $t_line.order_id",
                        "add foreign key $t_line(order_id) -> $t_order")
                .same("mapped_by", "join_column", "mapped_by")
                .change("join_table", "join_column", "join_table", "drop column $t_line.order_id",
                        "drop foreign key $t_line(order_id) -> $t_order", "create table " + O2M_JOIN,
                        "add foreign key " + O2M_JOIN + "($t_order_id) -> $t_order",
                        "add foreign key " + O2M_JOIN + "(lines_id) -> $t_line")
                .change("ordered", "join_column", "ordered", "add column $t_line.position",
                        "add check $t_line(position)")
                .cases());
        cases.addAll(new MappingShape("@ManyToMany", "many-to-many", "m2m")
                .add("set", "create table $t_student", "create table $t_course", "create table " + M2M_JOIN,
                        "add foreign key " + M2M_JOIN + "($t_student_id) -> $t_student",
                        "add foreign key " + M2M_JOIN + "(courses_id) -> $t_course")
                .change("list", "set", "list", "drop primary key " + M2M_JOIN + "($t_student_id,courses_id)")
                .change("bidirectional", "set", "bidirectional",
                        "drop foreign key " + M2M_JOIN + "($t_student_id) -> $t_student",
                        "drop primary key " + M2M_JOIN + "($t_student_id,courses_id)",
                        "drop column " + M2M_JOIN + ".$t_student_id", "add column " + M2M_JOIN + ".students_id",
                        "add primary key " + M2M_JOIN + "(students_id,courses_id)",
                        "add foreign key " + M2M_JOIN + "(students_id) -> $t_student")
                .caveat("JPA names the join column after the inverse side's field once there is one (students_id, "
                        + "not <entity>_id): adding mappedBy drops and adds the column, losing the links; name the "
                        + "@JoinTable's columns to keep them")
                .change("join_table", "set", "join_table", "drop table " + M2M_JOIN,
                        "drop foreign key " + M2M_JOIN + "($t_student_id) -> $t_student",
                        "drop foreign key " + M2M_JOIN + "(courses_id) -> $t_course", "create table $t_enrolment",
                        "add foreign key $t_enrolment(student) -> $t_student",
                        "add foreign key $t_enrolment(course) -> $t_course")
                .cases());
        return cases;
    }

    static List<ConvergenceCase> collections() {
        List<ConvergenceCase> cases = new ArrayList<>(new MappingShape("@ElementCollection", "element-collection", "ec")
                .add("basic_set", "create table $t_owner", "create table $t_owner_tags",
                        "add foreign key $t_owner_tags($t_owner_id) -> $t_owner")
                .change("set", "none", "basic_set", "create table $t_owner_tags",
                        "add foreign key $t_owner_tags($t_owner_id) -> $t_owner")
                .change("list", "basic_set", "basic_list", "drop unique $t_owner_tags($t_owner_id,tags)")
                .change("named", "basic_set", "basic_named", "drop column $t_owner_tags.$t_owner_id",
                        "drop column $t_owner_tags.tags", "add column $t_owner_tags.owner",
                        "add column $t_owner_tags.tag",
                        "drop foreign key $t_owner_tags($t_owner_id) -> $t_owner",
                        "add foreign key $t_owner_tags(owner) -> $t_owner",
                        "drop unique $t_owner_tags($t_owner_id,tags)", "add primary key $t_owner_tags(owner,tag)")
                .change("ordered", "basic_list", "basic_ordered", "add column $t_owner_tags.position",
                        "add check $t_owner_tags(position)", "add primary key $t_owner_tags($t_owner_id,position)")
                .add("basic_map", "create table $t_owner", "create table $t_owner_labels",
                        "add foreign key $t_owner_labels($t_owner_id) -> $t_owner")
                .add("embeddables", "create table $t_owner", "create table $t_owner_addresses",
                        "add foreign key $t_owner_addresses($t_owner_id) -> $t_owner")
                .change("embeddable_field", "embeddables", "embeddables_zip", "add column $t_owner_addresses.zip")
                .cases());
        cases.addAll(new MappingShape("@Embedded", "embedded", "emb")
                .change("add", "none", "home", "add column $t_customer.street", "add column $t_customer.city")
                .change("second", "home", "home_and_work", "add column $t_customer.work_street",
                        "add column $t_customer.work_city")
                .change("field", "home", "home_zip", "add column $t_customer.zip")
                .cases());
        return cases;
    }

    static List<ConvergenceCase> identities() {
        return new MappingShape("@EmbeddedId / @IdClass", "composite-id", "cid")
                .add("embedded_id", "create table $t_line")
                .add("id_class", "create table $t_line")
                .same("id_class", "embedded_id", "id_class")
                .change("wider", "embedded_id", "embedded_id_wider", "add column $t_line.version",
                        "drop primary key $t_line(lineno,orderid)", "add primary key $t_line(lineno,orderid,version)")
                .add("referenced", "create table $t_line", "create table $t_note",
                        "add foreign key $t_note(line_lineno,line_orderid) -> $t_line")
                .cases();
    }

    static List<ConvergenceCase> tables() {
        List<ConvergenceCase> cases = new ArrayList<>(new MappingShape("inheritance", "inheritance", "inh")
                .add("single_table", "create table $t_animal")
                .change("st_bird", "single_table", "single_table_bird", "add column $t_animal.song",
                        "drop check $t_animal(dtype)", "add check $t_animal(dtype)")
                .change("st_discriminator", "single_table", "single_table_discriminator",
                        "drop column $t_animal.dtype", "drop check $t_animal(dtype)",
                        "drop check $t_animal(dtype,goodboy)", "drop check $t_animal(dtype,lives)",
                        "add column $t_animal.kind", "add check $t_animal(kind)", "add check $t_animal(goodboy,kind)",
                        "add check $t_animal(kind,lives)")
                .add("joined", "create table $t_animal", "create table $t_dog", "create table $t_cat",
                        "add foreign key $t_dog(id) -> $t_animal", "add foreign key $t_cat(id) -> $t_animal")
                .change("joined_bird", "joined", "joined_bird", "create table $t_bird",
                        "add foreign key $t_bird(id) -> $t_animal")
                .add("table_per_class", "create table $t_dog", "create table $t_cat")
                .change("tpc_bird", "table_per_class", "table_per_class_bird", "create table $t_bird")
                .change("st_joined", "single_table", "joined", "drop column $t_animal.dtype",
                        "drop check $t_animal(dtype)", "drop check $t_animal(dtype,goodboy)",
                        "drop check $t_animal(dtype,lives)", "drop column $t_animal.goodboy",
                        "drop column $t_animal.lives",
                        "create table $t_dog", "create table $t_cat", "add foreign key $t_dog(id) -> $t_animal",
                        "add foreign key $t_cat(id) -> $t_animal")
                .cases());
        cases.addAll(new MappingShape("@SecondaryTable", "secondary-table", "sec")
                .add("split", "create table $t_book", "create table $t_book_details",
                        "add foreign key $t_book_details(id) -> $t_book")
                .change("split", "single", "split", "drop column $t_book.blurb", "create table $t_book_details",
                        "add foreign key $t_book_details(id) -> $t_book")
                .cases());
        cases.addAll(new MappingShape("@Table(schema)", "schema", "sch")
                .add("other", "create schema $t_s", "create table $t_s.$t_item")
                .change("move", "public", "other", "drop table $t_item", "create schema $t_s",
                        "create table $t_s.$t_item")
                .add("other_related", "create schema $t_s", "create table $t_s.$t_item", "create table $t_owner",
                        "create table $t_s.$t_item_tags", "create sequence $t_s.$t_ids",
                        "add foreign key $t_s.$t_item(owner_id) -> $t_owner",
                        "add foreign key $t_s.$t_item_tags($t_item_id) -> $t_s.$t_item")
                .cases());
        cases.addAll(new MappingShape("quoted names and reserved words", "quoting", "q")
                .add("mixed_case", "create table $P_Item")
                .change("column_case", "plain", "column_case", "drop column $t_item.code", "add column $t_item.Code")
                .change("table_case", "plain", "mixed_case", "drop table $t_item", "create table $P_Item")
                .add("reserved", "create table $t_item")
                .change("reserved", "plain", "reserved", "add column $t_item.order", "add column $t_item.user",
                        "add column $t_item.group", "add column $t_item.select", "add unique $t_item(user)",
                        "add check $t_item(select)", "create index $t_item(order)")
                .add("spaces", "create table $t item list",
                        "add foreign key $t item list(Parent Id) -> $t item list")
                .cases());
        return cases;
    }

    static List<ConvergenceCase> indexesAndKeys() {
        List<ConvergenceCase> cases = new ArrayList<>(new MappingShape("@Index", "index", "idx")
                .change("single", "none", "single", "create index $t_person(name)")
                .change("unnamed", "none", "unnamed", "create index $t_person(name)")
                .change("rename", "single", "single_renamed", "rename index $t_person(name)")
                .change("multi", "single", "multi", "drop index $t_person(name)", "create index $t_person(name,code)")
                .change("order", "multi", "multi_swapped", "drop index $t_person(name,code)",
                        "create index $t_person(code,name)")
                .change("desc", "multi", "descending", "drop index $t_person(name,code)",
                        "create index $t_person(name desc,code)")
                .change("unique", "single", "unique", "drop index $t_person(name)", "add unique $t_person(name)")
                .change("second", "single", "two", "create index $t_person(age)")
                .add("two", "create table $t_person")
                .cases());
        cases.addAll(new MappingShape("@UniqueConstraint and unique=true", "unique-constraint", "uq")
                .change("single", "none", "single", "add unique $t_account(email)")
                .same("column_or_table", "column", "single")
                .change("named", "single", "named", "rename unique $t_account(email)")
                .keepsTheNameWhenUnnamed()
                .change("pair", "none", "pair", "add unique $t_account(tenant,email)")
                .change("pair_order", "pair", "pair_swapped", "drop unique $t_account(tenant,email)",
                        "add unique $t_account(email,tenant)")
                .cases());
        return cases;
    }

    static List<ConvergenceCase> generators() {
        return new MappingShape("id generation", "generator", "gen")
                .change("sequence", "assigned", "sequence_default", "create sequence $t_thing_seq")
                .same("auto", "sequence_default", "auto")
                .change("named", "assigned", "sequence_named", "create sequence $t_ids")
                .change("allocation", "sequence_named", "sequence_allocation", "alter sequence $t_ids: increment")
                .change("initial", "sequence_named", "sequence_initial", "alter sequence $t_ids: start")
                .caveat("a new initialValue is the sequence's START (used by RESTART); its current value is kept")
                .change("identity", "assigned", "identity", "alter column $t_thing.id: identity")
                .change("sequence_identity", "sequence_default", "identity", "drop sequence $t_thing_seq",
                        "alter column $t_thing.id: identity")
                .change("identity_type", "identity", "identity_int", "alter column $t_thing.id: type")
                .add("uuid", "create table $t_thing")
                .change("table", "assigned", "table", "create table $t_ids")
                .add("shared", "create table $t_thing", "create table $t_other", "create sequence $t_ids")
                .cases();
    }
}
