package org.ecozoning.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Same seed → byte-identical files: a fresh in-memory generation with the default seed must equal
 * the committed files, which were written by an earlier, separate run. (This also catches a
 * generator change that was committed without regenerating the data.)
 */
class DeterminismTest {
    @Test
    void freshGenerationEqualsCommittedFilesByteForByte() {
        Map<String, String> fresh = SampleFiles.fresh();
        assertThat(fresh.keySet()).containsExactlyElementsOf(SchemeWriter.FILES);
        for (String file : SchemeWriter.FILES) {
            String committed = SampleFiles.committed(file);
            assertThat(fresh.get(file).length()).as("length of " + file).isEqualTo(committed.length());
            assertThat(fresh.get(file).equals(committed)).as(file + " differs from a fresh generation with the same seed; run workspace/sample/regenerate.sh").isTrue();
        }
    }

    @Test
    void committedFilesAreCompact() {
        long total = 0;
        for (String file : SchemeWriter.FILES) total += SampleFiles.committed(file).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertThat(total).as("total size of the sample files").isLessThan(8L * 1024 * 1024);
    }
}
