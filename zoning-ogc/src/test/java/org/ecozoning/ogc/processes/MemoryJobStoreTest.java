package org.ecozoning.ogc.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryJobStoreTest {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private static Job accepted(String id) {
        return new Job(id, "p", JobStatus.ACCEPTED, 0, "queued", T, null, null, T.plusSeconds(86_400), null, null, null);
    }

    private static Job done(Job j, ProcessResult r) {
        return j.succeeded(r, T.plusSeconds(1), T.plusSeconds(86_400));
    }

    @Test
    void keepsAtMostMaxFinishedJobsDroppingTheOldestFinishedAndTheirOutputs(@TempDir Path dir) throws Exception {
        MemoryJobStore s = new MemoryJobStore(3);
        Path firstFile = Files.writeString(dir.resolve("first.json"), "{}");
        for (int i = 0; i < 5; i++) {
            Job j = accepted("j" + i);
            s.save(j);
            ProcessResult r = ProcessResult.of(List.of(i == 0 ? OutputData.file("report", Format.JSON, firstFile)
                    : OutputData.of("report", Format.JSON, new byte[] {'{', '}'})));
            s.save(j.withStatus(JobStatus.RUNNING, 10, "running", T));
            s.save(done(j, r));
        }
        assertThat(s.find("j0")).isEmpty();
        assertThat(s.find("j1")).isEmpty();
        assertThat(s.find("j2")).isPresent();
        assertThat(s.find("j4")).isPresent();
        assertThat(s.list(10)).hasSize(3);
        assertThat(firstFile).doesNotExist();
    }

    @Test
    void unfinishedJobsAreNeverDroppedAndRefinishingDoesNotCountTwice() {
        MemoryJobStore s = new MemoryJobStore(1);
        for (int i = 0; i < 4; i++) s.save(accepted("q" + i));
        Job a = accepted("a");
        s.save(a);
        Job finished = done(a, ProcessResult.of(List.of()));
        s.save(finished);
        s.save(finished.withStatus(JobStatus.DISMISSED, 100, "dismissed", T));
        assertThat(s.find("a")).isPresent();
        for (int i = 0; i < 4; i++) assertThat(s.find("q" + i)).isPresent();
        Job b = accepted("b");
        s.save(b);
        s.save(done(b, ProcessResult.of(List.of())));
        assertThat(s.find("a")).isEmpty();
        assertThat(s.find("b")).isPresent();
        assertThat(s.list(10)).hasSize(5);
    }

    @Test
    void rejectsANonPositiveBound() {
        assertThatThrownBy(() -> new MemoryJobStore(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new MemoryJobStore().maxFinished()).isEqualTo(MemoryJobStore.DEFAULT_MAX_FINISHED);
    }
}
