package org.ecozoning.server.scheme;

import java.util.List;
import java.util.SplittableRandom;
import org.ecozoning.compliance.ComplianceEngine;
import org.ecozoning.compliance.ProjectInput;
import org.ecozoning.rules.ProjectNature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a few thousand assessments over seeded random sites of the scheme, so that the JIT has
 * compiled the hot paths before the first real request. Meant to run on a background (virtual)
 * thread once the server is ready; a failure is logged, never fatal.
 */
public final class EngineWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(EngineWarmUp.class);
    private static final List<String> INDUSTRIES = List.of("2521", "2614", "4411", "3011", "0610", "7810", "3110", "2710");

    private EngineWarmUp() {
    }

    /**
     * @param engine the engine to warm up
     * @param count  number of assessments
     * @return how many assessments ran without error
     */
    public static int run(ComplianceEngine engine, int count) {
        long t0 = System.nanoTime();
        Envelope e = engine.scheme().extent();
        GeometryFactory gf = new GeometryFactory();
        SplittableRandom rnd = new SplittableRandom(20240101);
        ProjectNature[] natures = ProjectNature.values();
        int ok = 0;
        for (int i = 0; i < count && !Thread.currentThread().isInterrupted(); i++) {
            double x = e.getMinX() + rnd.nextDouble() * e.getWidth();
            double y = e.getMinY() + rnd.nextDouble() * e.getHeight();
            ProjectInput.Builder b = ProjectInput.builder()
                    .industry(INDUSTRIES.get(i % INDUSTRIES.size()))
                    .nature(natures[i % natures.length]);
            if (i % 3 == 0) {
                double d = 0.002 + rnd.nextDouble() * 0.01;
                Polygon p = gf.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + d, y),
                        new Coordinate(x + d, y + d), new Coordinate(x, y + d), new Coordinate(x, y)});
                b.geometry(p);
            } else {
                b.geometry(gf.createPoint(new Coordinate(x, y)));
            }
            try {
                engine.assess(b.build());
                ok++;
            } catch (RuntimeException ex) {
                if (ok == 0 && i > 50) {
                    LOG.warn("预热失败 / warm-up failing: {}", ex.toString());
                    return 0;
                }
            }
        }
        LOG.info("符合性研判引擎已预热 / compliance engine warmed up: {} assessments in {} ms", ok,
                (System.nanoTime() - t0) / 1_000_000);
        return ok;
    }
}
