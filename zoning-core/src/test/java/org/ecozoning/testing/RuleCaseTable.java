package org.ecozoning.testing;

import static org.ecozoning.rules.ProjectNature.EXPANSION;
import static org.ecozoning.rules.ProjectNature.NEW;
import static org.ecozoning.rules.ProjectNature.REBUILD;
import static org.ecozoning.testing.Sites.at;
import static org.ecozoning.testing.Sites.input;
import static org.ecozoning.testing.Sites.point;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ecozoning.compliance.ProjectInput;

/**
 * The rule coverage table over {@link TestScheme}: for every rule id of the rule file, an input
 * that fires it and a near miss that must not. Shared (via zoning-core's test-jar) by the core
 * RuleCoverageTest and the protocol tests of zoning-ogc, so both judge exactly the same cases.
 */
public final class RuleCaseTable {
    /** One rule's pair of inputs and why the near miss misses. */
    public record Case(ProjectInput fires, ProjectInput nearMiss, String why) { }

    private RuleCaseTable() { }

    public static Map<String, Case> cases() {
        Map<String, Case> m = new LinkedHashMap<>();
        m.put("YR-CHEM", new Case(input(110.42, 36.10, "2614", NEW), input(110.42, 36.10, "2614", REBUILD), "rebuild, not new/expansion"));
        m.put("YR-MINE-1KM", new Case(input(110.455, 36.10, "0610", NEW), at(Sites.eastOf(110.46, 36.10, 200), "0610", NEW).build(),
                "200 m outside the 1 km band"));
        m.put("FEN-VALLEY", new Case(input(112.58, 37.92, "3011", NEW), input(112.45, 37.95, "3011", NEW), "in the basin, not the valley"));
        m.put("TY-COKE", new Case(input(112.45, 37.95, "2521", NEW), input(112.45, 37.95, "2521", EXPANSION), "expansion, not new"));
        m.put("STEEL", new Case(input(110.55, 36.10, "3120", NEW), input(110.55, 36.10, "3140", NEW), "ferroalloy, not steel"));
        m.put("COAL-300MW", new Case(at(point(110.55, 36.10), "4411", NEW).capacityMW(200).build(),
                at(point(110.55, 36.10), "4411", NEW).capacityMW(350).build(), "350 MW, not below 300"));
        m.put("RENEW", new Case(input(112.65, 38.00, "4416", NEW), input(112.58, 37.92, "4416", NEW), "not on subsidence land"));
        m.put("RIVERS-HIGHRISK", new Case(input(112.53, 37.92, "2221", NEW), input(112.645, 37.75, "2221", NEW), "潇河 is not one of the five rivers"));
        m.put("CHEM-PARK-ZLD", new Case(input(112.67, 37.85, "2614", NEW), at(point(112.67, 37.85), "2614", NEW).attribute("wastewaterTPD", 0).build(),
                "no wastewater discharged"));
        m.put("PRIORITY", new Case(input(112.45, 37.80, "7010", NEW), input(112.45, 37.80, "7711", NEW), "ecological protection work"));
        m.put("PRIORITY-REDLINE", new Case(input(112.35, 37.85, "7010", NEW), input(112.45, 37.80, "7010", NEW), "water source, not red line"));
        m.put("KEY-INDUSTRIAL", new Case(input(112.57, 37.75, "3011", REBUILD), input(112.57, 37.75, "4416", REBUILD), "solar is not emitting"));
        m.put("KEY-URBAN", new Case(input(112.32, 38.05, "1311", NEW), input(112.32, 38.05, "1311", REBUILD), "rebuild, not new/expansion"));
        m.put("GENERAL", new Case(input(110.55, 36.10, "6513", NEW), input(112.32, 38.05, "6513", NEW), "urban centre, not general"));
        m.put("AIR-JOINT", new Case(input(112.32, 37.93, "3011", REBUILD), input(112.32, 38.05, "3011", REBUILD), "outside the joint area"));
        m.put("SOIL-SITES", new Case(input(112.555, 38.005, "7010", NEW), input(112.565, 38.005, "7010", NEW), "beside the closed site"));
        m.put("NOISE", new Case(at(Sites.eastOf(112.40, 37.97, 150), "4812", NEW).build(), at(Sites.eastOf(112.40, 37.97, 250), "4812", NEW).build(),
                "250 m from the noise-sensitive area (rule: 200 m)"));
        m.put("INFRA", new Case(input(110.55, 36.10, "4811", NEW), input(110.55, 36.10, "4811", REBUILD), "rebuild, not new"));
        return m;
    }
}
