package org.ecozoning.geojson;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes JTS geometries as GeoJSON to a Jackson {@link JsonGenerator}, so callers stream features
 * straight to an output without building strings. Numbers are rounded to {@code decimals}.
 */
public final class GeoJsonWriter {
    private final double scale;

    /** @param decimals digits kept after the decimal point (7 ≈ 1 cm in degrees; 3 = 1 mm in metres) */
    public GeoJsonWriter(int decimals) { this.scale = Math.pow(10, decimals); }

    public void write(Geometry g, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", g.getGeometryType());
        if (g instanceof GeometryCollection gc && !(g instanceof MultiPoint || g instanceof MultiLineString || g instanceof MultiPolygon)) {
            out.writeArrayFieldStart("geometries");
            for (int i = 0; i < gc.getNumGeometries(); i++) write(gc.getGeometryN(i), out);
            out.writeEndArray();
        } else {
            out.writeFieldName("coordinates");
            coordinates(g, out);
        }
        out.writeEndObject();
    }

    private void coordinates(Geometry g, JsonGenerator out) throws IOException {
        switch (g) {
            case Point p -> {
                if (p.isEmpty()) { out.writeStartArray(); out.writeEndArray(); } else position(p.getCoordinate(), out);
            }
            case LineString l -> sequence(l.getCoordinateSequence(), out);
            case Polygon p -> {
                out.writeStartArray();
                if (!p.isEmpty()) {
                    sequence(p.getExteriorRing().getCoordinateSequence(), out);
                    for (int i = 0; i < p.getNumInteriorRing(); i++) sequence(p.getInteriorRingN(i).getCoordinateSequence(), out);
                }
                out.writeEndArray();
            }
            default -> { // Multi*
                out.writeStartArray();
                for (int i = 0; i < g.getNumGeometries(); i++) coordinates(g.getGeometryN(i), out);
                out.writeEndArray();
            }
        }
    }

    private void sequence(CoordinateSequence seq, JsonGenerator out) throws IOException {
        out.writeStartArray();
        for (int i = 0; i < seq.size(); i++) {
            out.writeStartArray();
            out.writeNumber(round(seq.getX(i)));
            out.writeNumber(round(seq.getY(i)));
            out.writeEndArray();
        }
        out.writeEndArray();
    }

    private void position(Coordinate c, JsonGenerator out) throws IOException {
        out.writeStartArray();
        out.writeNumber(round(c.x));
        out.writeNumber(round(c.y));
        out.writeEndArray();
    }

    private double round(double v) { return Math.round(v * scale) / scale; }
}
