package org.ecozoning.server.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecozoning.ogc.processes.Format;
import org.ecozoning.ogc.processes.Job;
import org.ecozoning.ogc.processes.JobStatus;
import org.ecozoning.ogc.processes.JobStore;
import org.ecozoning.ogc.processes.OutputData;
import org.ecozoning.ogc.processes.ProcessException;
import org.ecozoning.ogc.processes.ProcessResult;
import org.ecozoning.ogc.processes.RequestCodec;
import org.ecozoning.store.StoreAccess;

/**
 * The {@link JobStore} in the scheme store's database ({@code jobs.store=database}; tables
 * {@code process_job} and {@code process_job_output} of migration V5, H2GIS and PostGIS alike), so
 * that a job's status, progress and result survive a restart and every stateless server over the
 * same PostGIS answers its status URL. Small outputs are kept inline; file outputs (spooled batch
 * results) as a path relative to the spool folder, which servers must share to serve each other's
 * results. The protocol's request echo is kept as JSON through a {@link RequestCodec}.
 */
public final class DatabaseJobStore implements JobStore {
    private static final String COLUMNS = "id, process_id, status, percent, message, created_at, started_at, finished_at, expires_at,"
            + " error_kind, error_locator, error_message, request_json";

    private final StoreAccess db;
    private final RequestCodec codec;
    private final Path spoolDir;

    /**
     * @param db       transactions on the store's database
     * @param codec    turns request echoes into JSON and back
     * @param spoolDir folder of spooled result files (paths inside it are stored relative)
     */
    public DatabaseJobStore(StoreAccess db, RequestCodec codec, Path spoolDir) {
        this.db = db;
        this.codec = codec;
        this.spoolDir = spoolDir.toAbsolutePath().normalize();
    }

    @Override
    public void save(Job job) {
        List<Path> stale = db.write(c -> {
            int n;
            try (PreparedStatement ps = c.prepareStatement("UPDATE process_job SET process_id = ?, status = ?, percent = ?, message = ?,"
                    + " created_at = ?, started_at = ?, finished_at = ?, expires_at = ?, error_kind = ?, error_locator = ?, error_message = ?,"
                    + " request_json = ? WHERE id = ?")) {
                int i = bind(ps, job, 1);
                ps.setString(i, job.id());
                n = ps.executeUpdate();
            }
            if (n == 0) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO process_job (process_id, status, percent, message, created_at,"
                        + " started_at, finished_at, expires_at, error_kind, error_locator, error_message, request_json, id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    int i = bind(ps, job, 1);
                    ps.setString(i, job.id());
                    ps.executeUpdate();
                }
            }
            return replaceOutputs(c, job);
        });
        stale.forEach(DatabaseJobStore::deleteFile);
    }

    private int bind(PreparedStatement ps, Job j, int i) throws SQLException {
        ps.setString(i++, j.processId());
        ps.setString(i++, j.status().name());
        ps.setInt(i++, j.percent());
        ps.setString(i++, clip(j.message(), 4000));
        ps.setObject(i++, time(j.created()));
        ps.setObject(i++, time(j.started()));
        ps.setObject(i++, time(j.finished()));
        ps.setObject(i++, time(j.expires()));
        ProcessException e = j.error();
        ps.setString(i++, e == null ? null : e.kind().name());
        ps.setString(i++, e == null ? null : clip(e.locator(), 200));
        ps.setString(i++, e == null ? null : e.getMessage());
        ps.setString(i++, j.request() == null ? null : codec.encode(j.request()));
        return i;
    }

    /** Makes the output rows match the job's result; returns files no longer referenced. */
    private List<Path> replaceOutputs(Connection c, Job job) throws SQLException {
        Map<String, OutputData> old = outputs(c, job.id());
        Map<String, OutputData> now = job.result() == null ? Map.of() : job.result().outputs();
        if (sameOutputs(old, now)) return List.of();
        List<Path> stale = new ArrayList<>();
        for (OutputData o : old.values()) {
            if (o.file() != null && now.values().stream().noneMatch(x -> o.file().equals(x.file()))) stale.add(o.file());
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM process_job_output WHERE job_id = ?")) {
            ps.setString(1, job.id());
            ps.executeUpdate();
        }
        if (!now.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO process_job_output (job_id, position, output_id, mime_type, schema_url,"
                    + " encoding, content, file_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                int pos = 0;
                for (OutputData o : now.values()) {
                    ps.setString(1, job.id());
                    ps.setInt(2, pos++);
                    ps.setString(3, o.id());
                    ps.setString(4, o.format().mimeType());
                    ps.setString(5, o.format().schema());
                    ps.setString(6, o.format().encoding());
                    ps.setBytes(7, o.bytes());
                    ps.setString(8, o.file() == null ? null : relative(o.file()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        return stale;
    }

    private static boolean sameOutputs(Map<String, OutputData> a, Map<String, OutputData> b) {
        if (!a.keySet().equals(b.keySet())) return false;
        for (Map.Entry<String, OutputData> e : a.entrySet()) {
            OutputData x = e.getValue(), y = b.get(e.getKey());
            if (!x.format().equals(y.format())) return false;
            if (x.file() != null || y.file() != null) {
                if (x.file() == null || y.file() == null || !x.file().toAbsolutePath().normalize().equals(y.file().toAbsolutePath().normalize())) return false;
            } else if (!java.util.Arrays.equals(x.bytes(), y.bytes())) {
                return false;
            }
        }
        return true;
    }

    private Map<String, OutputData> outputs(Connection c, String jobId) throws SQLException {
        Map<String, OutputData> m = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT output_id, mime_type, schema_url, encoding, content, file_path"
                + " FROM process_job_output WHERE job_id = ? ORDER BY position")) {
            ps.setString(1, jobId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Format f = Format.of(rs.getString(2), rs.getString(3), rs.getString(4));
                    String file = rs.getString(6);
                    m.put(rs.getString(1), file != null ? OutputData.file(rs.getString(1), f, spoolDir.resolve(file).normalize())
                            : OutputData.of(rs.getString(1), f, rs.getBytes(5)));
                }
            }
        }
        return m;
    }

    @Override
    public Optional<Job> find(String id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM process_job WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(job(c, rs)) : Optional.<Job>empty();
                }
            }
        });
    }

    @Override
    public List<Job> list(int limit) {
        return db.read(c -> {
            List<Job> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM process_job ORDER BY created_at DESC, id"
                    + " FETCH FIRST ? ROWS ONLY")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(job(c, rs));
                }
            }
            return out;
        });
    }

    private Job job(Connection c, ResultSet rs) throws SQLException {
        String id = rs.getString(1);
        String kind = rs.getString(10);
        ProcessException error = kind == null ? null
                : ProcessException.restored(ProcessException.Kind.valueOf(kind), rs.getString(11), rs.getString(12));
        String request = rs.getString(13);
        Map<String, OutputData> outs = outputs(c, id);
        return new Job(id, rs.getString(2), JobStatus.valueOf(rs.getString(3)), rs.getInt(4), rs.getString(5), instant(rs, 6), instant(rs, 7),
                instant(rs, 8), instant(rs, 9), outs.isEmpty() ? null : new ProcessResult(outs), error,
                request == null ? null : codec.decode(request));
    }

    @Override
    public boolean delete(String id) {
        List<Path> files = new ArrayList<>();
        boolean deleted = db.write(c -> {
            for (OutputData o : outputs(c, id).values()) if (o.file() != null) files.add(o.file());
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM process_job WHERE id = ?")) {
                ps.setString(1, id);
                return ps.executeUpdate() > 0;
            }
        });
        files.forEach(DatabaseJobStore::deleteFile);
        return deleted;
    }

    @Override
    public int purgeExpired(Instant now) {
        List<String> ids = db.read(c -> {
            List<String> l = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM process_job WHERE expires_at < ?")) {
                ps.setObject(1, time(now));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) l.add(rs.getString(1));
                }
            }
            return l;
        });
        int n = 0;
        for (String id : ids) if (delete(id)) n++;
        return n;
    }

    private String relative(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(spoolDir) ? spoolDir.relativize(abs).toString() : abs.toString();
    }

    private static void deleteFile(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort; the spool folder is swept on start
        }
    }

    private static OffsetDateTime time(Instant i) { return i == null ? null : i.truncatedTo(java.time.temporal.ChronoUnit.MICROS).atOffset(ZoneOffset.UTC); }

    private static Instant instant(ResultSet rs, int col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static String clip(String s, int max) { return s == null || s.length() <= max ? s : s.substring(0, max); }
}
