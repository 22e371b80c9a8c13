package org.ecozoning.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.ecozoning.store.jdbc.H2gisDialect;
import org.ecozoning.store.jdbc.JdbcSchemeStore;
import org.ecozoning.store.jdbc.PostgisDialect;
import org.ecozoning.store.jdbc.SqlDialect;

/**
 * Opens a {@link SchemeStore} from a JDBC URL, choosing the store by its prefix and migrating the
 * schema on the way: {@code jdbc:h2:file:…} (embedded H2GIS, the default, under the workspace's
 * {@code var/}) or {@code jdbc:postgresql://…} (PostGIS, shared by several servers; credentials as
 * URL parameters, e.g. {@code ?user=zoning&password=…}).
 */
public final class SchemeStores {
    /** Time zone of the province; calendar years of saved assessments are counted in it. */
    public static final ZoneId PROVINCE_ZONE = ZoneId.of("Asia/Shanghai");

    private SchemeStores() {}

    /** The default embedded store URL of a workspace: {@code <workspace>/var/ecozoning} (H2 adds {@code .mv.db}). */
    public static String defaultUrl(Path workspace) {
        return "jdbc:h2:file:" + workspace.toAbsolutePath().normalize().resolve("var").resolve("ecozoning");
    }

    public static SchemeStore openDefault(Path workspace) {
        return open(defaultUrl(workspace));
    }

    public static SchemeStore open(String jdbcUrl) {
        return open(jdbcUrl, Clock.systemUTC());
    }

    /** As {@link #open(String)}, with the clock that stamps changes (tests use a fixed one). */
    public static SchemeStore open(String jdbcUrl, Clock clock) {
        return new JdbcSchemeStore(jdbcUrl, dialectFor(jdbcUrl), clock, PROVINCE_ZONE);
    }

    /** The dialect for a JDBC URL, or a bilingual error naming the accepted forms. */
    public static SqlDialect dialectFor(String jdbcUrl) {
        if (jdbcUrl == null) throw new StoreException("未给出数据库地址 / no JDBC URL given");
        if (jdbcUrl.startsWith("jdbc:h2:file:") || jdbcUrl.startsWith("jdbc:h2:mem:")) return new H2gisDialect();
        if (jdbcUrl.startsWith("jdbc:postgresql:")) return new PostgisDialect();
        throw new StoreException("不支持的数据库地址，应为 jdbc:h2:file:… 或 jdbc:postgresql://… / unsupported JDBC URL, expected jdbc:h2:file:… or"
                + " jdbc:postgresql://…: " + redact(jdbcUrl));
    }

    /** The URL with any password parameter masked, for messages and logs. */
    public static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
