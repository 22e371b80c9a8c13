package org.ecozoning.tracking.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecozoning.tracking.monitoring.Indicator;
import org.ecozoning.tracking.monitoring.ScopeFigure;
import org.ecozoning.tracking.monitoring.ScopeLevel;
import org.ecozoning.tracking.monitoring.StationFigure;
import org.ecozoning.tracking.monitoring.YearlyStatistics;

/** The indicator lines of a year, computed once and shared by both reports. */
final class ReportFigures {
    private ReportFigures() { }

    static List<IndicatorLine> lines(YearlyStatistics stats, String provinceCode, int year) {
        List<IndicatorLine> out = new ArrayList<>();
        for (Indicator ind : Indicator.values()) {
            Optional<ScopeFigure> prov = stats.scope(ScopeLevel.PROVINCE, provinceCode, year, ind);
            if (prov.isEmpty()) continue;
            List<ScopeFigure> cities = stats.scopes(ScopeLevel.CITY, year, ind).stream().filter(c -> c.target() != null).toList();
            List<StationFigure> st = stats.stations().stream().filter(s -> s.year() == year && s.indicator() == ind && s.target() != null).toList();
            out.add(new IndicatorLine(year, ind, prov.get(), cities.size(), (int) cities.stream().filter(c -> Boolean.TRUE.equals(c.attained())).count(),
                    st.size(), (int) st.stream().filter(s -> Boolean.TRUE.equals(s.attained())).count()));
        }
        return out;
    }
}
