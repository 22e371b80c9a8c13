package org.ecozoning.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ecozoning.rules.ProjectNature;
import org.ecozoning.testing.Sites;
import org.ecozoning.testing.TestScheme;
import org.junit.jupiter.api.Test;

/** One engine serves concurrent requests: lazily built indexes inside prepared geometries must not race. */
class ConcurrencyTest {
    @Test
    void concurrentAssessmentsGiveTheSameReportsAsSequentialOnes() throws Exception {
        // a fresh scheme, so that no prepared geometry has built its indexes yet
        ComplianceEngine engine = new ComplianceEngine(TestScheme.build(TestScheme.rules()), TestScheme.catalog());
        ObjectMapper m = new ObjectMapper();
        List<ProjectInput> inputs = List.of(
                Sites.at(Sites.square(112.50, 37.90, 2000), "2614", ProjectNature.NEW).build(),
                Sites.at(Sites.square(112.53, 37.95, 800), "2221", ProjectNature.NEW).build(),
                Sites.input(112.45, 37.95, "2521", ProjectNature.NEW),
                Sites.at(Sites.eastOf(112.40, 37.97, 150), "4812", ProjectNature.NEW).build());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                ProjectInput in = inputs.get(i % inputs.size());
                futures.add(pool.submit(() -> m.writeValueAsString(engine.assess(in))));
            }
            for (int i = 0; i < futures.size(); i++) {
                String expected = m.writeValueAsString(engine.assess(inputs.get(i % inputs.size())));
                assertThat(futures.get(i).get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
