package org.ecozoning.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The project version, stamped into {@code version.properties} by the build, for /health and {@code --version}. */
public final class ZoningVersion {

    private static final String VERSION = load();

    private ZoningVersion() {
    }

    /** @return the version, e.g. {@code 0.1.0-SNAPSHOT}, or {@code unknown} when run outside the build */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = ZoningVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
