package org.ecozoning.server.scheme;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.ogc.common.DateTimeInterval;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.VersionSelector;
import org.ecozoning.server.UserFacingException;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.SchemeStores;
import org.ecozoning.store.SchemeVersion;
import org.ecozoning.store.VersionStamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheme the server answers with: opens the store, bootstraps it from the workspace sample
 * when nothing was ever published, loads the version in force and keeps it in an atomic holder
 * that is swapped when the store reports another published version (polled every few seconds).
 * A swap never disturbs requests in flight: they keep the {@link LoadedScheme} they started with.
 * Also the {@link VersionSelector} of the OGC services (older versions by date, cached LRU).
 */
public final class SchemeService implements VersionSelector, AutoCloseable {

    /** How often the store is asked whether another version was published. */
    public static final Duration DEFAULT_POLL = Duration.ofSeconds(3);
    private static final int CACHE_SIZE = 4;
    private static final Logger LOG = LoggerFactory.getLogger(SchemeService.class);

    private final SchemeStore store;
    private final SchemeLoader loader;
    private final AtomicReference<LoadedScheme> current = new AtomicReference<>();
    private final Map<Long, LoadedScheme> older = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, LoadedScheme> eldest) {
            return size() > CACHE_SIZE;
        }
    };
    private final Optional<SchemeVersion> bootstrapped;
    private final long bootstrapMillis;
    private volatile AutoCloseable watch;

    private SchemeService(SchemeStore store, SchemeLoader loader) {
        this.store = store;
        this.loader = loader;
        long t0 = System.nanoTime();
        this.bootstrapped = SampleBootstrap.ensurePublished(store, workspaceOf(loader));
        this.bootstrapMillis = (System.nanoTime() - t0) / 1_000_000;
        SchemeVersion v = store.published().orElseThrow(() -> new UserFacingException("没有已发布的方案版本 / No published version"));
        current.set(loader.load(store, v.id()));
    }

    private static Path workspaceOf(SchemeLoader loader) {
        return loader.workspace();
    }

    /**
     * Opens the store and loads the version in force (bootstrapping an empty store first).
     *
     * @param workspace the workspace directory
     * @param storeUrl  JDBC URL, or null for the embedded store of the workspace
     * @return the service; close it to stop polling and close the store
     */
    public static SchemeService open(Path workspace, String storeUrl) {
        SchemeStore store = openStore(workspace, storeUrl);
        try {
            var casesLayer = org.ecozoning.server.tracking.TrackingLayers.supervisionCases(
                    new org.ecozoning.tracking.supervision.CaseStore(store));
            java.nio.file.Path targetsFile = workspace.resolve("tracking").resolve("targets.json");
            java.util.function.Supplier<org.ecozoning.tracking.monitoring.TargetSet> targets = () -> java.nio.file.Files.isRegularFile(targetsFile)
                    ? org.ecozoning.tracking.monitoring.TargetSet.load(targetsFile) : new org.ecozoning.tracking.monitoring.TargetSet(java.util.List.of());
            return new SchemeService(store, new SchemeLoader(workspace, IndustryCatalog.gbt4754(), s -> java.util.List.of(casesLayer,
                    org.ecozoning.server.tracking.TrackingLayers.unitStatistics(s, store, targets))));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * @param workspace the workspace directory
     * @param storeUrl  JDBC URL, or null for the embedded store of the workspace
     * @return the open store
     */
    public static SchemeStore openStore(Path workspace, String storeUrl) {
        return storeUrl == null ? SchemeStores.openDefault(workspace) : SchemeStores.open(storeUrl);
    }

    /**
     * Starts watching the store for a newly published version.
     *
     * @param every poll interval
     * @return this service
     */
    public SchemeService watch(Duration every) {
        if (watch == null) {
            watch = store.watch(every, this::onPublished);
        }
        return this;
    }

    /**
     * Reloads when the store's published version differs from the one served; called by the
     * watcher, and by tests or admin actions that want it now.
     *
     * @return whether the version in force changed
     */
    public boolean refresh() {
        return onStamp(store.currentVersionStamp());
    }

    private void onPublished(VersionStamp stamp) {
        try {
            onStamp(stamp);
        } catch (RuntimeException e) {
            LOG.error("无法加载新发布的方案版本，继续使用当前版本 / Cannot load the newly published version; keeping the current one", e);
        }
    }

    private synchronized boolean onStamp(VersionStamp stamp) {
        if (stamp.isNone() || stamp.versionId() == current.get().version().id()) {
            return false;
        }
        long t0 = System.nanoTime();
        LoadedScheme next = loader.load(store, stamp.versionId());
        LoadedScheme before = current.getAndSet(next);
        synchronized (older) {
            older.put(before.version().id(), before);
        }
        LOG.info("方案版本已切换 / version in force switched: #{} {} → #{} {} ({} ms)", before.version().id(), before.version().name(),
                next.version().id(), next.version().name(), (System.nanoTime() - t0) / 1_000_000);
        return true;
    }

    /** @return the version in force now */
    public LoadedScheme loaded() {
        return current.get();
    }

    /** @return the store */
    public SchemeStore store() {
        return store;
    }

    /** @return the loader (industries, counties) */
    public SchemeLoader loader() {
        return loader;
    }

    /** @return the version imported at start, if the store was empty */
    public Optional<SchemeVersion> bootstrapped() {
        return bootstrapped;
    }

    /** @return milliseconds spent checking for (and doing) the bootstrap import */
    public long bootstrapMillis() {
        return bootstrapMillis;
    }

    @Override
    public LayerCatalog current() {
        return current.get().catalog();
    }

    @Override
    public LayerCatalog select(DateTimeInterval when) {
        LoadedScheme l = loadedAt(when);
        return l == null ? null : l.catalog();
    }

    /**
     * @param when an instant or interval (an interval is judged at its end, or its start when open-ended)
     * @return the version in force then, or null when none was
     */
    public LoadedScheme loadedAt(DateTimeInterval when) {
        Objects.requireNonNull(when, "when");
        if (when.start() == null && when.end() == null) {
            return current.get();
        }
        LocalDate date = dateOf(when.end() != null ? when.end() : when.start());
        return store.inForceOn(date).map(v -> byId(v.id())).orElse(null);
    }

    /**
     * A calendar date for an instant: a bare date of the request ({@code 2024-05-01}, which
     * arrives as a UTC day) stays that date; other instants are dated in the province's time zone.
     */
    static LocalDate dateOf(Instant t) {
        java.time.LocalTime utc = java.time.LocalTime.ofInstant(t, java.time.ZoneOffset.UTC);
        if (utc.equals(java.time.LocalTime.MIDNIGHT) || utc.equals(java.time.LocalTime.MAX)) {
            return LocalDate.ofInstant(t, java.time.ZoneOffset.UTC);
        }
        return LocalDate.ofInstant(t, SchemeStores.PROVINCE_ZONE);
    }

    /**
     * @param versionId a stored version
     * @return it, loaded (the current one, from the cache, or loaded now and cached)
     */
    public LoadedScheme byId(long versionId) {
        return byId(versionId, -1);
    }

    /**
     * @param versionId a stored version
     * @param revision  the revision wanted (a draft changes; a cached older revision is loaded
     *                  again), or -1 for whatever is cached
     * @return it, loaded
     */
    public LoadedScheme byId(long versionId, long revision) {
        LoadedScheme now = current.get();
        if (now.version().id() == versionId && (revision < 0 || now.version().revision() == revision)) {
            return now;
        }
        synchronized (older) {
            LoadedScheme hit = older.get(versionId);
            if (hit != null && (revision < 0 || hit.version().revision() == revision)) {
                return hit;
            }
        }
        LoadedScheme l = loader.load(store, versionId);
        synchronized (older) {
            older.put(versionId, l);
        }
        return l;
    }

    /**
     * The stored version id of a loaded scheme: by identity with the current or a cached version,
     * else the published version of that name.
     *
     * @return the id, or empty when the scheme is none of the store's versions
     */
    public java.util.OptionalLong versionIdOf(org.ecozoning.scheme.Scheme scheme) {
        LoadedScheme now = current.get();
        if (now != null && now.scheme() == scheme) {
            return java.util.OptionalLong.of(now.version().id());
        }
        synchronized (older) {
            for (LoadedScheme l : older.values()) {
                if (l.scheme() == scheme) {
                    return java.util.OptionalLong.of(l.version().id());
                }
            }
        }
        return store.versions().stream().filter(SchemeVersion::wasPublished).filter(v -> v.name().equals(scheme.version()))
                .mapToLong(SchemeVersion::id).findFirst();
    }

    @Override
    public DateTimeInterval temporalExtent() {
        return store.versions().stream().filter(SchemeVersion::wasPublished).map(SchemeVersion::effectiveDate)
                .filter(Objects::nonNull).min(Comparator.naturalOrder())
                .map(d -> new DateTimeInterval(d.atStartOfDay(SchemeStores.PROVINCE_ZONE).toInstant(), null))
                .orElse(null);
    }

    @Override
    public void close() {
        AutoCloseable w = watch;
        watch = null;
        if (w != null) {
            try {
                w.close();
            } catch (Exception e) {
                LOG.warn("stopping the version watch: {}", e.toString());
            }
        }
        store.close();
    }
}
