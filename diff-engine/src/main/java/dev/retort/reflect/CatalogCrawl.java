package dev.retort.reflect;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import schemacrawler.crawl.SchemaCrawler;
import schemacrawler.schema.Catalog;
import schemacrawler.schemacrawler.InfoLevel;
import schemacrawler.schemacrawler.InformationSchemaKey;
import schemacrawler.schemacrawler.InformationSchemaViews;
import schemacrawler.schemacrawler.InformationSchemaViewsBuilder;
import schemacrawler.schemacrawler.LimitOptionsBuilder;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.MetadataRetrievalStrategy;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevel;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;
import schemacrawler.schemacrawler.SchemaInfoMetadataRetrievalStrategy;
import schemacrawler.schemacrawler.SchemaRetrievalOptions;
import schemacrawler.schemacrawler.SchemaRetrievalOptionsBuilder;
import schemacrawler.schemacrawler.exceptions.ExecutionRuntimeException;
import us.fatehi.utility.datasource.DatabaseConnectionSource;
import us.fatehi.utility.datasource.DatabaseConnectionSources;

/**
 * One SchemaCrawler crawl of the scope, driven entirely by the reflector's own catalog SQL: every object kind
 * but foreign keys (see {@link ForeignKeys}) is retrieved with the data-dictionary strategy, one query per
 * kind whatever the number of tables, and no per-table JDBC {@code DatabaseMetaData} call is made.
 * SchemaCrawler is configured by hand (no {@code fromConnnection(...)}, no database plugin), so it asks the
 * connection nothing else.
 */
final class CatalogCrawl {

    /** Table types as TABLES.sql names them. */
    static final String TABLE = "TABLE";
    static final String PARTITIONED_TABLE = "PARTITIONED TABLE";
    static final String VIEW = "VIEW";
    static final String MATERIALIZED_VIEW = "MATERIALIZED VIEW";

    /** SchemaCrawler's crawl ends with this when no schema of the scope exists. */
    private static final String NO_SCHEMAS = "No matching schemas found";

    static {
        // Run SchemaCrawler's retrieval tasks on the calling thread, not a pool: the caller's connection is
        // then used by one thread only, and CrawlLog can tell this crawl's warnings from another's.
        if (System.getProperty("SC_SINGLE_THREADED") == null) {
            System.setProperty("SC_SINGLE_THREADED", "true");
        }
    }

    private CatalogCrawl() {
    }

    /** The crawled catalog, or empty when none of the scope's schemas exists. */
    static Optional<Catalog> crawl(Connection connection, ReflectionScope scope) {
        // The source is never closed: closing a single-connection source closes its connection.
        DatabaseConnectionSource source = DatabaseConnectionSources.fromConnection(BorrowedConnection.lend(connection));
        try {
            return Optional.of(new SchemaCrawler(source, retrievalOptions(scope), crawlerOptions()).crawl());
        } catch (ExecutionRuntimeException e) {
            if (NO_SCHEMAS.equals(e.getMessage())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static SchemaRetrievalOptions retrievalOptions(ReflectionScope scope) {
        SchemaRetrievalOptionsBuilder builder = SchemaRetrievalOptionsBuilder.builder()
                .withDoesNotSupportCatalogs()
                .withSupportsSchemas()
                .withIdentifierQuoteString("\"")
                .withInformationSchemaViews(views(scope));
        for (SchemaInfoMetadataRetrievalStrategy strategy : List.of(
                SchemaInfoMetadataRetrievalStrategy.tablesRetrievalStrategy,
                SchemaInfoMetadataRetrievalStrategy.tableColumnsRetrievalStrategy,
                SchemaInfoMetadataRetrievalStrategy.primaryKeysRetrievalStrategy,
                SchemaInfoMetadataRetrievalStrategy.indexesRetrievalStrategy,
                SchemaInfoMetadataRetrievalStrategy.tableConstraintsRetrievalStrategy,
                SchemaInfoMetadataRetrievalStrategy.tableConstraintColumnsRetrievalStrategy,
                SchemaInfoMetadataRetrievalStrategy.viewInformationRetrievalStrategy)) {
            builder.with(strategy, MetadataRetrievalStrategy.data_dictionary_all);
        }
        return builder.toOptions();
    }

    private static InformationSchemaViews views(ReflectionScope scope) {
        InformationSchemaViewsBuilder views = InformationSchemaViewsBuilder.builder();
        for (InformationSchemaKey key : CatalogSql.VIEWS) {
            views.withSql(key, CatalogSql.view(key));
        }
        views.substituteAll(CatalogSql.SCOPE_VARIABLE, ScopeLiteral.of(scope.schemas()));
        return views.toOptions();
    }

    private static SchemaCrawlerOptions crawlerOptions() {
        // "detailed" is the only level that turns on constraint columns (the builder has no setter for
        // them); everything it brings that the model does not use is switched off again. Foreign keys are
        // off too: the reflector reads them itself (see catalog/foreign_keys.sql for why).
        SchemaInfoLevel infoLevel = SchemaInfoLevelBuilder.builder()
                .withInfoLevel(InfoLevel.detailed)
                .withoutRoutines()
                .setRetrieveDatabaseInfo(false)
                .setRetrieveColumnDataTypes(false)
                .setRetrieveUserDefinedColumnDataTypes(false)
                .setRetrieveTableConstraintDefinitions(false)
                .setRetrieveTableConstraintInformation(false)
                .setRetrieveTriggerInformation(false)
                .setRetrieveViewViewTableUsage(false)
                .setRetrieveForeignKeys(false)
                .setRetrieveSequenceInformation(true)
                .toOptions();
        return SchemaCrawlerOptionsBuilder.newSchemaCrawlerOptions()
                .withLimitOptions(LimitOptionsBuilder.builder()
                        .tableTypes(TABLE, PARTITIONED_TABLE, VIEW, MATERIALIZED_VIEW)
                        .includeAllSequences()
                        .toOptions())
                .withLoadOptions(LoadOptionsBuilder.builder()
                        .withSchemaInfoLevel(infoLevel)
                        .withMaxThreads(1)
                        .toOptions());
    }
}
