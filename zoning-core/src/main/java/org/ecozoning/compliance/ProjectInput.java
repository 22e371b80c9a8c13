package org.ecozoning.compliance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ecozoning.referencing.AxisOrder;
import org.ecozoning.rules.ProjectNature;
import org.locationtech.jts.geom.Geometry;

/**
 * What a client asks the engine to judge: the site geometry and the CRS its coordinates are in,
 * the GB/T 4754-2017 industry code, the construction nature, numeric attributes that rules may test
 * (e.g. {@code capacityMW}) and an optional project name.
 *
 * <p>{@code axisOrder} overrides the axis order implied by the CRS name (null: the URN/URI forms of
 * EPSG:4326/4490 are latitude first, {@code EPSG:n} and CRS:84 longitude first). Build with
 * {@link #builder()}.
 */
public record ProjectInput(Geometry geometry, String crs, AxisOrder axisOrder, String industryCode, ProjectNature nature,
                           Map<String, Double> attributes, String projectName) {
    /** Name of the installed-capacity attribute used by the coal-power rule. */
    public static final String CAPACITY_MW = "capacityMW";

    public ProjectInput {
        crs = crs == null || crs.isBlank() ? "EPSG:4490" : crs;
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** The installed capacity in MW, or null. */
    public Double capacityMW() { return attributes.get(CAPACITY_MW); }

    public static Builder builder() { return new Builder(); }

    /** Fluent construction of a {@link ProjectInput}. */
    public static final class Builder {
        private Geometry geometry;
        private String crs = "EPSG:4490";
        private AxisOrder axisOrder;
        private String industryCode;
        private ProjectNature nature;
        private final Map<String, Double> attributes = new LinkedHashMap<>();
        private String projectName;

        public Builder geometry(Geometry g) { this.geometry = g; return this; }

        /** Geometry as WKT (parsed now; errors are {@link AssessmentException}). */
        public Builder wkt(String wkt) { this.geometry = GeometryText.wkt(wkt); return this; }

        /** Geometry as GeoJSON (parsed now). */
        public Builder geoJson(String json) { this.geometry = GeometryText.geoJson(json); return this; }

        public Builder crs(String crs) { this.crs = crs; return this; }

        public Builder axisOrder(AxisOrder order) { this.axisOrder = order; return this; }

        public Builder industry(String code) { this.industryCode = code; return this; }

        public Builder nature(ProjectNature n) { this.nature = n; return this; }

        public Builder capacityMW(double mw) { attributes.put(CAPACITY_MW, mw); return this; }

        public Builder attribute(String name, double value) { attributes.put(name, value); return this; }

        public Builder attributes(Map<String, Double> values) { attributes.putAll(values); return this; }

        public Builder name(String name) { this.projectName = name; return this; }

        public ProjectInput build() {
            return new ProjectInput(geometry, crs, axisOrder, industryCode, nature, attributes, projectName);
        }
    }
}
