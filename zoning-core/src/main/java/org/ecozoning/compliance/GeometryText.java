package org.ecozoning.compliance;

import org.ecozoning.geojson.GeoJsonException;
import org.ecozoning.geojson.GeoJsonReader;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Parses a project's geometry from WKT or GeoJSON text, with bilingual errors instead of parser exceptions. */
public final class GeometryText {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private GeometryText() { }

    /** Parses WKT (2D; Z/M ordinates are ignored by the engine). */
    public static Geometry wkt(String text) {
        if (text == null || text.isBlank()) {
            throw new AssessmentException("BAD_GEOMETRY", "未提供几何（WKT 为空）", "no geometry given (empty WKT)");
        }
        try {
            return new WKTReader(FACTORY).read(text);
        } catch (ParseException | IllegalArgumentException e) {
            throw new AssessmentException("BAD_GEOMETRY", "WKT 无法解析：" + e.getMessage(), "cannot parse WKT: " + e.getMessage(), e);
        }
    }

    /** Parses a GeoJSON geometry, Feature, or FeatureCollection (its geometries combined). */
    public static Geometry geoJson(String text) {
        if (text == null || text.isBlank()) {
            throw new AssessmentException("BAD_GEOMETRY", "未提供几何（GeoJSON 为空）", "no geometry given (empty GeoJSON)");
        }
        try {
            return new GeoJsonReader(FACTORY).readGeometry(text);
        } catch (GeoJsonException e) {
            throw new AssessmentException("BAD_GEOMETRY", "GeoJSON 无法解析：" + e.getMessage(), "cannot parse GeoJSON: " + e.getMessage(), e);
        }
    }
}
