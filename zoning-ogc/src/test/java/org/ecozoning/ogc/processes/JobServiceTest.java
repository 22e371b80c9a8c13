package org.ecozoning.ogc.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Run and queue limits, busy refusal, dismissal and expiry of the job service, with a controllable process. */
class JobServiceTest {
    /** Waits on a latch (or loops checking progress) so tests decide when it ends. */
    static final class Blocking implements ZoningProcess {
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch started = new CountDownLatch(1);

        @Override public ProcessDescription description() {
            return new ProcessDescription("test:Block", "block", "1", "测试", "test", "", "", List.of(),
                    List.of(new OutputDescription("out", "输出", "out", List.of(Format.JSON))));
        }

        @Override public ProcessResult execute(ProcessInputs in, Map<String, String> formats, ExecutionContext ctx) {
            started.countDown();
            while (release.getCount() > 0) {
                ctx.progress().check();
                try {
                    release.await(10, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return ProcessResult.of(List.of(OutputData.of("out", Format.JSON, "{}")));
        }
    }

    static ProcessLimits limits(int workers, int queued, Duration queue, Duration run) {
        return new ProcessLimits(workers, queued, queue, run, Duration.ofHours(1), 1024, 10, List.of());
    }

    static Job await(JobService s, String id) throws InterruptedException {
        for (int i = 0; i < 400; i++) {
            Job j = s.job(id).orElseThrow();
            if (j.status().finished()) return j;
            Thread.sleep(10);
        }
        throw new AssertionError("job did not finish");
    }

    @Test
    void runTimeLimitStopsTheJob() throws Exception {
        try (JobService s = new JobService(new MemoryJobStore(), limits(1, 2, Duration.ofSeconds(30), Duration.ofMillis(200)))) {
            Job j = s.submit(new Blocking(), new ProcessInputs(List.of()), Map.of(), null);
            Job done = await(s, j.id());
            assertThat(done.status()).isEqualTo(JobStatus.FAILED);
            assertThat(done.error().kind()).isEqualTo(ProcessException.Kind.TIMEOUT);
        }
    }

    @Test
    void queueTimeLimitFailsWaitingJobsAndFullQueueIsBusy() throws Exception {
        try (JobService s = new JobService(new MemoryJobStore(), limits(1, 1, Duration.ofMillis(150), Duration.ofSeconds(30)))) {
            Blocking first = new Blocking();
            Job a = s.submit(first, new ProcessInputs(List.of()), Map.of(), null);
            first.started.await(5, TimeUnit.SECONDS);
            Job b = s.submit(new Blocking(), new ProcessInputs(List.of()), Map.of(), null);
            assertThatThrownBy(() -> s.submit(new Blocking(), new ProcessInputs(List.of()), Map.of(), null))
                    .isInstanceOfSatisfying(ProcessException.class, e -> assertThat(e.kind()).isEqualTo(ProcessException.Kind.BUSY));
            Job queued = await(s, b.id());
            assertThat(queued.status()).isEqualTo(JobStatus.FAILED);
            assertThat(queued.started()).isNull();
            assertThat(queued.message()).contains("排队");
            first.release.countDown();
            assertThat(await(s, a.id()).status()).isEqualTo(JobStatus.SUCCESSFUL);
        }
    }

    @Test
    void dismissStopsARunningJob() throws Exception {
        try (JobService s = new JobService(new MemoryJobStore(), limits(1, 1, Duration.ofSeconds(30), Duration.ofSeconds(30)))) {
            Blocking p = new Blocking();
            Job j = s.submit(p, new ProcessInputs(List.of()), Map.of(), null);
            p.started.await(5, TimeUnit.SECONDS);
            assertThat(s.dismiss(j.id()).orElseThrow().status()).isEqualTo(JobStatus.DISMISSED);
            Thread.sleep(100);
            assertThat(s.job(j.id()).orElseThrow().status()).isEqualTo(JobStatus.DISMISSED);
        }
    }

    @Test
    void memoryStoreExpiresJobs() {
        MemoryJobStore store = new MemoryJobStore();
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        store.save(new Job("a", "p", JobStatus.SUCCESSFUL, 100, "", t, t, t, t.plusSeconds(60), null, null, null));
        store.save(new Job("b", "p", JobStatus.SUCCESSFUL, 100, "", t, t, t, t.plusSeconds(600), null, null, null));
        assertThat(store.purgeExpired(t.plusSeconds(120))).isEqualTo(1);
        assertThat(store.find("a")).isEmpty();
        assertThat(store.find("b")).isPresent();
    }
}
