package org.ecozoning.tracking;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.ecozoning.store.PostgisTestSchemas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The monitoring store's contract on PostGIS at {@code ZONING_TEST_PG_URL}; each test gets its own
 * schema, dropped at the end. Skipped without the variable, a failure under {@code CI=true}.
 */
class PostgisMonitoringStoreTest extends MonitoringStoreContract {
    static final String ENV = PostgisTestSchemas.ENV;
    private static final PostgisTestSchemas schemas = new PostgisTestSchemas("zm_");

    @BeforeAll
    static void requirePostgis() {
        schemas.requireOnCi("the PostGIS contract tests must run on CI");
    }

    @Override
    protected String newDatabaseUrl() throws Exception {
        assumeTrue(schemas.available(), ENV + " is not set: PostGIS monitoring store tests skipped");
        return schemas.newSchemaUrl();
    }

    @AfterAll
    static void dropSchemas() throws Exception {
        schemas.dropAll();
    }
}
