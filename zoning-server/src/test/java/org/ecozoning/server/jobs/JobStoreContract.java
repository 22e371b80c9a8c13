package org.ecozoning.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.ecozoning.ogc.processes.Format;
import org.ecozoning.ogc.processes.InputDescription;
import org.ecozoning.ogc.processes.InputValue;
import org.ecozoning.ogc.processes.Job;
import org.ecozoning.ogc.processes.JobService;
import org.ecozoning.ogc.processes.JobStatus;
import org.ecozoning.ogc.processes.JobStore;
import org.ecozoning.ogc.processes.OutputData;
import org.ecozoning.ogc.processes.OutputDescription;
import org.ecozoning.ogc.processes.ProcessDescription;
import org.ecozoning.ogc.processes.ProcessException;
import org.ecozoning.ogc.processes.ProcessInputs;
import org.ecozoning.ogc.processes.ProcessLimits;
import org.ecozoning.ogc.processes.ProcessResult;
import org.ecozoning.ogc.processes.SpoolArea;
import org.ecozoning.ogc.processes.ZoningProcess;
import org.ecozoning.ogc.wps.WpsExecuteRequest;
import org.ecozoning.ogc.wps.WpsOutputRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@link JobStore} contract, run against the memory store, H2GIS and PostGIS: round trip of
 * status, progress, times, error, request echo and outputs (inline and spooled file), listing,
 * deletion and expiry (with their files), and — for the database stores — a job still there, with
 * its result, after the store is re-opened (a server restart).
 */
abstract class JobStoreContract {
    @TempDir Path spool;
    protected JobStore store;
    private final Instant t0 = Instant.parse("2026-03-01T08:00:00.123456Z");

    /** A fresh store whose spooled files live in {@code spool}. */
    protected abstract JobStore open(Path spool) throws Exception;

    /** The same database opened again (a restart), or null when the store does not persist. */
    protected abstract JobStore reopen(Path spool) throws Exception;

    protected abstract void closeStore();

    @BeforeEach
    void setUp() throws Exception {
        store = open(spool);
    }

    @AfterEach
    void tearDown() {
        closeStore();
    }

    static WpsExecuteRequest wpsEcho() {
        return new WpsExecuteRequest("zoning:BatchCompliance", List.of(InputValue.literal("nature", "new"),
                InputValue.complex("features", "{}", "application/geo+json")), null,
                List.of(new WpsOutputRequest("result", "application/geo+json", true), new WpsOutputRequest("summary", null, false)), true, true, true);
    }

    private Job accepted(String id, Instant created) {
        return new Job(id, "zoning:BatchCompliance", JobStatus.ACCEPTED, 0, "已排队 / queued", created, null, null, created.plus(Duration.ofHours(1)),
                null, null, wpsEcho());
    }

    private ProcessResult result(String content) throws Exception {
        Path file = Files.createTempFile(spool, "zoning-batch-", ".geojson");
        Files.writeString(file, content);
        return ProcessResult.of(List.of(OutputData.file("result", Format.GEOJSON, file), OutputData.of("summary", Format.JSON, "{\"features\":2}")));
    }

    private long files() throws Exception {
        try (var s = Files.list(spool)) {
            return s.count();
        }
    }

    @Test
    void roundTripOfStatusProgressAndRequestEcho() {
        store.save(accepted("j1", t0));
        Job j = store.find("j1").orElseThrow();
        assertThat(j.status()).isEqualTo(JobStatus.ACCEPTED);
        assertThat(j.created()).isEqualTo(t0);
        assertThat(j.expires()).isEqualTo(t0.plus(Duration.ofHours(1)));
        assertThat(j.message()).isEqualTo("已排队 / queued");
        WpsExecuteRequest echo = (WpsExecuteRequest) j.request();
        assertThat(echo.async()).isTrue();
        assertThat(echo.lineage()).isTrue();
        assertThat(echo.outputs()).containsExactlyElementsOf(wpsEcho().outputs());
        assertThat(echo.inputs()).extracting(InputValue::identifier).containsExactly("nature", "features");
        assertThat(echo.inputs().get(0).text()).isEqualTo("new");
        store.save(j.withStatus(JobStatus.RUNNING, 42, "840 / 2000", t0.plusSeconds(3)));
        Job running = store.find("j1").orElseThrow();
        assertThat(running.status()).isEqualTo(JobStatus.RUNNING);
        assertThat(running.percent()).isEqualTo(42);
        assertThat(running.message()).isEqualTo("840 / 2000");
        assertThat(running.started()).isEqualTo(t0.plusSeconds(3));
        assertThat(store.find("nope")).isEmpty();
    }

    @Test
    void resultsInlineAndSpooledComeBack() throws Exception {
        store.save(accepted("j2", t0));
        ProcessResult r = result("{\"type\":\"FeatureCollection\",\"features\":[]}");
        store.save(store.find("j2").orElseThrow().succeeded(r, t0.plusSeconds(9), t0.plus(Duration.ofDays(1))));
        Job j = store.find("j2").orElseThrow();
        assertThat(j.status()).isEqualTo(JobStatus.SUCCESSFUL);
        assertThat(j.percent()).isEqualTo(100);
        assertThat(j.finished()).isEqualTo(t0.plusSeconds(9));
        assertThat(j.result().outputs().keySet()).containsExactly("result", "summary");
        assertThat(j.result().output("result").format()).isSameAs(Format.GEOJSON);
        assertThat(j.result().output("result").text()).isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[]}");
        assertThat(j.result().output("summary").format()).isSameAs(Format.JSON);
        assertThat(new String(j.result().output("summary").bytes(), StandardCharsets.UTF_8)).isEqualTo("{\"features\":2}");
        // saving the same job again (another status read-modify-write) keeps the file
        store.save(j);
        assertThat(files()).isEqualTo(1);
    }

    @Test
    void errorsComeBack() {
        store.save(accepted("j3", t0));
        ProcessException e = new ProcessException(ProcessException.Kind.TOO_LARGE, "features", "要素过多", "too many features");
        store.save(store.find("j3").orElseThrow().failed(e, t0.plusSeconds(1), t0.plus(Duration.ofDays(1))));
        Job j = store.find("j3").orElseThrow();
        assertThat(j.status()).isEqualTo(JobStatus.FAILED);
        assertThat(j.error().kind()).isEqualTo(ProcessException.Kind.TOO_LARGE);
        assertThat(j.error().locator()).isEqualTo("features");
        assertThat(j.error().getMessage()).isEqualTo("要素过多 / too many features");
        assertThat(j.result()).isNull();
    }

    @Test
    void listingIsNewestFirstAndLimited() {
        for (int i = 0; i < 5; i++) store.save(accepted("L" + i, t0.plusSeconds(i)));
        assertThat(store.list(3)).extracting(Job::id).containsExactly("L4", "L3", "L2");
    }

    @Test
    void deleteAndExpiryRemoveJobsAndTheirFiles() throws Exception {
        store.save(accepted("d1", t0));
        store.save(store.find("d1").orElseThrow().succeeded(result("a"), t0, t0.plus(Duration.ofHours(1))));
        store.save(accepted("d2", t0));
        store.save(store.find("d2").orElseThrow().succeeded(result("b"), t0, t0.plus(Duration.ofHours(5))));
        assertThat(files()).isEqualTo(2);
        assertThat(store.delete("d1")).isTrue();
        assertThat(store.delete("d1")).isFalse();
        assertThat(store.find("d1")).isEmpty();
        assertThat(files()).isEqualTo(1);
        store.save(accepted("d3", t0));
        assertThat(store.purgeExpired(t0.plus(Duration.ofHours(2)))).isEqualTo(1); // d3 (expires after 1 h); d2 kept
        assertThat(store.find("d3")).isEmpty();
        assertThat(store.find("d2")).isPresent();
        assertThat(store.purgeExpired(t0.plus(Duration.ofHours(6)))).isEqualTo(1);
        assertThat(store.find("d2")).isEmpty();
        assertThat(files()).isZero();
    }

    /** A process writing a spooled result file, held until released, so the test can see it running. */
    static final class SlowProcess implements ZoningProcess {
        final CountDownLatch release = new CountDownLatch(1);
        final SpoolArea area;

        SlowProcess(SpoolArea area) { this.area = area; }

        @Override
        public ProcessDescription description() {
            return new ProcessDescription("zoning:BatchCompliance", "batch-compliance", "1.0.0", "慢", "slow", "", "", List.<InputDescription>of(),
                    List.of(new OutputDescription("result", "r", "r", List.of(Format.GEOJSON))));
        }

        @Override
        public ProcessResult execute(ProcessInputs in, Map<String, String> formats, ExecutionContext ctx) {
            ctx.progress().update(30, "30%");
            try {
                release.await(20, TimeUnit.SECONDS);
                Path f = area.newFile("zoning-batch-", ".geojson");
                Files.writeString(f, "{\"type\":\"FeatureCollection\",\"features\":[]}");
                return ProcessResult.of(List.of(OutputData.file("result", Format.GEOJSON, f)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void jobStatusSurvivesReopeningTheStore() throws Exception {
        SpoolArea area = new SpoolArea(spool, 1024);
        SlowProcess p = new SlowProcess(area);
        ProcessLimits limits = ProcessLimits.DEFAULTS.withSpool(area);
        String id;
        try (JobService service = new JobService(store, limits)) {
            id = service.submit(p, new ProcessInputs(List.of()), Map.of(), wpsEcho()).id();
            for (int i = 0; i < 400 && store.find(id).orElseThrow().percent() != 30; i++) Thread.sleep(10);
            assertThat(store.find(id).orElseThrow().status()).isEqualTo(JobStatus.RUNNING);
            assertThat(store.find(id).orElseThrow().percent()).isEqualTo(30);
            p.release.countDown();
            for (int i = 0; i < 400 && !store.find(id).orElseThrow().status().finished(); i++) Thread.sleep(10);
        }
        JobStore again = reopen(spool);
        if (again == null) return; // the memory store forgets by design
        store = again;
        Job j = store.find(id).orElseThrow();
        assertThat(j.status()).isEqualTo(JobStatus.SUCCESSFUL);
        assertThat(j.result().output("result").text()).contains("FeatureCollection");
        assertThat(j.request()).isInstanceOf(WpsExecuteRequest.class);
        assertThat(j.created()).isBefore(j.finished().plus(1, ChronoUnit.MICROS));
    }
}
