package org.ecozoning.server;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code server.properties} (UTF-8) on top of a base configuration. Unknown keys are an error,
 * so a typo does not silently fall back to a default. Keys:
 * <pre>
 * server.bind=0.0.0.0
 * server.port=8080
 * server.forwardedHeaders=false
 * workspace=.                          (relative to the file's folder)
 * limits.maxRequestBodyBytes=16MiB     (plain bytes or KiB/MiB/GiB)
 * limits.maxRequestHeaderBytes=64KiB
 * limits.maxConcurrentRequests=256
 * limits.idleTimeoutSeconds=30
 * limits.stopTimeoutSeconds=10
 * store.url=jdbc:h2:file:…            (default: embedded store under the workspace's var/)
 * jobs.store=memory                    (memory | database: the store's database, survives restarts)
 * jobs.ttl=24h                         (how long finished jobs are kept; s, m, h or d)
 * jobs.runTimeout=10m                  (how long one job may run)
 * jobs.spoolThreshold=1MiB             (larger bodies and inputs go to var/spool/ files)
 * batch.maxBytes=256MiB                (largest execute request body)
 * batch.maxFeatures=200000             (most features in one batch)
 * </pre>
 */
public final class ServerConfigFile {

    /** Name of the file in the workspace. */
    public static final String FILE_NAME = "server.properties";

    /** The keys the file may contain. */
    public static final List<String> KEYS = List.of("server.bind", "server.port", "server.forwardedHeaders",
            "workspace", "limits.maxRequestBodyBytes", "limits.maxRequestHeaderBytes",
            "limits.maxConcurrentRequests", "limits.idleTimeoutSeconds", "limits.stopTimeoutSeconds", "store.url",
            "assessments.save", "jobs.store", "jobs.ttl", "jobs.runTimeout", "jobs.spoolThreshold", "batch.maxBytes", "batch.maxFeatures");

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(|s|m|h|d)");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(|B|KIB|KB|K|MIB|MB|M|GIB|GB|G)");

    private ServerConfigFile() {
    }

    /**
     * @param file the properties file
     * @param base values for the keys the file does not set
     * @return the combined configuration
     * @throws ConfigException when the file cannot be read or holds an unknown key or a bad value
     */
    public static ServerConfig apply(Path file, ServerConfig base) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("无法读取配置文件 / Cannot read configuration file " + file + ": " + e.getMessage());
        }
        TreeSet<String> unknown = new TreeSet<>(p.stringPropertyNames());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new ConfigException("配置文件 " + file + " 中有未知的键 / Unknown keys in " + file + ": " + unknown
                    + "；可用的键 / known keys: " + KEYS);
        }
        Reading in = new Reading(file, p);
        ServerConfig c = base;
        try {
            if (in.has("server.bind")) {
                c = c.withBind(in.text("server.bind"));
            }
            if (in.has("server.port")) {
                c = c.withPort((int) in.number("server.port", 0, 65535));
            }
            if (in.has("server.forwardedHeaders")) {
                c = c.withForwardedHeaders(in.bool("server.forwardedHeaders"));
            }
            if (in.has("workspace")) {
                Path dir = file.toAbsolutePath().getParent();
                c = c.withWorkspace(dir.resolve(in.text("workspace")).normalize());
            }
            if (in.has("assessments.save")) {
                c = c.withSaveAssessments(in.bool("assessments.save"));
            }
            if (in.has("store.url")) {
                c = c.withStoreUrl(in.text("store.url"));
            }
            ServerConfig.Limits l = c.limits();
            c = c.withLimits(new ServerConfig.Limits(
                    in.has("limits.maxRequestBodyBytes") ? in.size("limits.maxRequestBodyBytes") : l.maxRequestBodyBytes(),
                    in.has("limits.maxRequestHeaderBytes")
                            ? (int) Math.min(Integer.MAX_VALUE, in.size("limits.maxRequestHeaderBytes"))
                            : l.maxRequestHeaderBytes(),
                    in.has("limits.maxConcurrentRequests")
                            ? (int) in.number("limits.maxConcurrentRequests", 1, 1_000_000) : l.maxConcurrentRequests(),
                    in.has("limits.idleTimeoutSeconds")
                            ? Duration.ofSeconds(in.number("limits.idleTimeoutSeconds", 1, 86_400)) : l.idleTimeout(),
                    in.has("limits.stopTimeoutSeconds")
                            ? Duration.ofSeconds(in.number("limits.stopTimeoutSeconds", 0, 3_600)) : l.stopTimeout()));
            ServerConfig.Jobs j = c.jobs();
            String store = in.has("jobs.store") ? in.text("jobs.store").toLowerCase(Locale.ROOT) : j.store();
            if (!store.equals("memory") && !store.equals("database")) {
                throw in.bad("jobs.store", store, "memory 或 database / memory or database");
            }
            c = c.withJobs(new ServerConfig.Jobs(store,
                    in.has("jobs.ttl") ? in.duration("jobs.ttl") : j.ttl(),
                    in.has("batch.maxBytes") ? in.size("batch.maxBytes") : j.maxBatchBytes(),
                    in.has("batch.maxFeatures") ? (int) in.number("batch.maxFeatures", 1, 100_000_000) : j.maxBatchFeatures(),
                    in.has("jobs.spoolThreshold") ? in.size("jobs.spoolThreshold") : j.spoolThreshold(),
                    in.has("jobs.runTimeout") ? in.duration("jobs.runTimeout") : j.runTimeout()));
        } catch (ConfigException e) {
            if (e.getMessage().contains(file.toString())) {
                throw e;
            }
            throw new ConfigException(file + ": " + e.getMessage());
        }
        return c;
    }

    /** Typed access to the raw values with messages naming file, key and value. */
    private record Reading(Path file, Properties p) {

        boolean has(String key) {
            return p.containsKey(key);
        }

        String text(String key) {
            String v = p.getProperty(key).strip();
            if (v.isEmpty()) {
                throw bad(key, v, "非空文本 / a non-empty value");
            }
            return v;
        }

        long number(String key, long min, long max) {
            String v = text(key);
            try {
                long n = Long.parseLong(v);
                if (n < min || n > max) {
                    throw bad(key, v, min + " … " + max);
                }
                return n;
            } catch (NumberFormatException e) {
                throw bad(key, v, "整数 / an integer " + min + " … " + max);
            }
        }

        boolean bool(String key) {
            String v = text(key).toLowerCase(Locale.ROOT);
            return switch (v) {
                case "true", "yes", "on" -> true;
                case "false", "no", "off" -> false;
                default -> throw bad(key, v, "true 或 false / true or false");
            };
        }

        long size(String key) {
            String v = text(key);
            Matcher m = SIZE.matcher(v.toUpperCase(Locale.ROOT));
            if (!m.matches()) {
                throw bad(key, v, "字节数，可带 KiB/MiB/GiB / a byte count, optionally with KiB/MiB/GiB");
            }
            long n;
            try {
                n = Long.parseLong(m.group(1));
            } catch (NumberFormatException e) {
                throw bad(key, v, "较小的数 / a smaller number");
            }
            int shift = switch (m.group(2)) {
                case "KIB", "KB", "K" -> 10;
                case "MIB", "MB", "M" -> 20;
                case "GIB", "GB", "G" -> 30;
                default -> 0;
            };
            if (n > (Long.MAX_VALUE >> shift)) {
                throw bad(key, v, "较小的数 / a smaller number");
            }
            return n << shift;
        }

        Duration duration(String key) {
            String v = text(key);
            Matcher m = DURATION.matcher(v.toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw bad(key, v, "时长，如 30m、24h、7d / a duration such as 30m, 24h, 7d");
            }
            long n = Long.parseLong(m.group(1));
            Duration d = switch (m.group(2)) {
                case "s", "" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
            if (d.isZero()) {
                throw bad(key, v, "正的时长 / a positive duration");
            }
            return d;
        }

        ConfigException bad(String key, String value, String expected) {
            return new ConfigException(file + ": " + key + "=" + value + " 无效，应为 / is invalid, expected " + expected);
        }
    }
}
