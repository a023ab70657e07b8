package dev.retort.templates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RevisionTemplatesTest {

    @TempDir
    Path projectTemplates;

    @Test
    void theBuiltInTemplateRendersTheGoldenRevisionFile() throws Exception {
        String rendered = RevisionTemplates.builtIn().render(GoldenDocuments.addOrders());

        assertThat(rendered).isEqualTo(golden("add_orders.sql"));
    }

    @Test
    void aFirstRevisionHasAnEmptyParentsLineAndSaysWhenASectionIsEmpty() throws Exception {
        String rendered = RevisionTemplates.builtIn().render(GoldenDocuments.firstEmpty());

        assertThat(rendered).isEqualTo(golden("first_empty.sql"));
    }

    @Test
    void sqlIsNeverEscaped() throws Exception {
        String rendered = RevisionTemplates.builtIn().render(GoldenDocuments.addOrders());

        assertThat(rendered)
                .contains("DEFAULT 'it''s <b>'")
                .contains("\"quoted\"")
                .contains("-- retort:message add orders and their <notes> & \"status\"")
                .doesNotContain("&lt;", "&amp;", "&quot;", "&#39;");
    }

    @Test
    void theProjectsTemplateWinsOverTheBuiltInOne() throws Exception {
        Files.writeString(projectTemplates.resolve(RevisionTemplates.TEMPLATE_FILE),
                "id=${revisionId} parents=${parentIds?join(',')} first=${upgrade[0].cause}\n");

        RevisionTemplates templates = RevisionTemplates.forProject(projectTemplates);

        assertThat(templates.render(GoldenDocuments.addOrders()))
                .isEqualTo("id=3f2a9c1b7e4d parents=1a2b3c4d5e6f first=entity Order (table public.orders)\n");
        assertThat(templates.source()).isEqualTo(projectTemplates.resolve("revision.sql.ftl").toString());
    }

    @Test
    void withoutAProjectCopyTheBuiltInTemplateIsUsed() throws Exception {
        RevisionTemplates templates = RevisionTemplates.forProject(projectTemplates.resolve("absent"));

        assertThat(templates.source()).isEqualTo("built-in revision.sql.ftl");
        assertThat(templates.render(GoldenDocuments.addOrders())).isEqualTo(golden("add_orders.sql"));
    }

    @Test
    void aTemplateThatDoesNotParseIsReportedOnOneLineWithItsFileAndLine() throws Exception {
        Path file = projectTemplates.resolve(RevisionTemplates.TEMPLATE_FILE);
        Files.writeString(file, "-- retort:revision ${revisionId}\n\n<#if upgrade?has_content>\n-- unclosed\n");

        assertThatThrownBy(() -> RevisionTemplates.forProject(projectTemplates).render(GoldenDocuments.addOrders()))
                .isInstanceOf(TemplateRenderException.class)
                .hasMessageStartingWith(file + ":")
                .hasMessageContaining("#if")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aTemplateThatFailsWhileRenderingIsReportedOnOneLineWithItsFileAndLine() throws Exception {
        Path file = projectTemplates.resolve(RevisionTemplates.TEMPLATE_FILE);
        Files.writeString(file, "-- retort:revision ${revisionId}\n-- by ${author}\n");

        assertThatThrownBy(() -> RevisionTemplates.forProject(projectTemplates).render(GoldenDocuments.addOrders()))
                .isInstanceOf(TemplateRenderException.class)
                .hasMessageStartingWith(file + ":2: ")
                .hasMessageContaining("author")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void copyingTheBuiltInTemplateWritesItOnce() throws Exception {
        Path written = RevisionTemplates.copyBuiltInTo(projectTemplates.resolve("retort"));

        assertThat(written).hasFileName("revision.sql.ftl");
        assertThat(RevisionTemplates.forProject(written.getParent()).render(GoldenDocuments.addOrders()))
                .isEqualTo(golden("add_orders.sql"));
    }

    @Test
    void copyingTheBuiltInTemplateNeverOverwritesTheProjectsCopy() throws Exception {
        Path file = projectTemplates.resolve(RevisionTemplates.TEMPLATE_FILE);
        Files.writeString(file, "mine ${revisionId}\n");

        Path written = RevisionTemplates.copyBuiltInTo(projectTemplates);

        assertThat(written).isEqualTo(file);
        assertThat(Files.readString(file)).isEqualTo("mine ${revisionId}\n");
    }

    @Test
    void statementsLoseTheirTerminatorAndTextsTheirLineBreaks() {
        ScriptStatement statement = new ScriptStatement("a\n  b", "DROP TABLE t ;\n", true);
        ReportedFinding finding = new ReportedFinding("x\r\ny", "  z\n");

        assertThat(statement).isEqualTo(new ScriptStatement("a b", "DROP TABLE t", true));
        assertThat(finding).isEqualTo(new ReportedFinding("x y", "z"));
        assertThat(GoldenDocuments.addOrders().parentIds()).isEqualTo(List.of("1a2b3c4d5e6f"));
    }

    private static String golden(String name) {
        return GoldenFile.read(name).text();
    }
}
