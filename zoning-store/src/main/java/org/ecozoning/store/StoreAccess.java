package org.ecozoning.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * Transactions on the store's own database for modules that add tables of their own through a
 * migration in this module (e.g. supervision cases of zoning-tracking), so that their rows and the
 * audit entries describing them are written in one transaction, on both stores. Obtain it with
 * {@link SchemeStores#access(SchemeStore)}.
 */
public interface StoreAccess {

    /** A piece of work on one connection inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one read-write transaction; any failure rolls it back whole and is mapped to a store exception. */
    <T> T write(Work<T> work);

    /** Runs {@code work} on one consistent snapshot. */
    <T> T read(Work<T> work);

    /** Appends an audit entry inside the transaction of {@code c}. */
    void audit(Connection c, Attribution by, AuditAction action, Long versionId, String what) throws SQLException;

    /** The store's clock, truncated as the store stores it. */
    OffsetDateTime now();

    /** "h2gis" or "postgis". */
    String kind();
}
