package org.ecozoning.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads GeoJSON (RFC 7946) into JTS geometries. Feature collections are read feature by feature
 * ({@link #forEachFeature}), so a large file never sits in memory as a tree. Coordinates are taken
 * as they stand (longitude first); no CRS is applied here.
 */
public final class GeoJsonReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final GeometryFactory factory;

    public GeoJsonReader(GeometryFactory factory) { this.factory = factory; }

    public GeoJsonReader() { this(new GeometryFactory()); }

    /** Reads every feature of a FeatureCollection (or a lone Feature) into a list. */
    public List<GeoJsonFeature> readFeatures(InputStream in) throws IOException {
        List<GeoJsonFeature> out = new ArrayList<>();
        forEachFeature(in, out::add);
        return out;
    }

    /**
     * Streams the features of a FeatureCollection (or a single Feature, or a bare geometry, read as
     * one feature with no properties) to {@code sink}, one at a time.
     */
    public void forEachFeature(InputStream in, Consumer<GeoJsonFeature> sink) throws IOException {
        JsonFactory jf = MAPPER.getFactory();
        try (JsonParser p = jf.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new GeoJsonException("GeoJSON must be a JSON object");
            // Look for "features" without building the whole document; other members are read as trees.
            Map<String, JsonNode> head = new LinkedHashMap<>();
            int index = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if ("features".equals(name) && t == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        JsonNode f = MAPPER.readTree(p);
                        sink.accept(feature(f, index++));
                    }
                } else {
                    head.put(name, MAPPER.readTree(p));
                }
            }
            JsonNode type = head.get("type");
            if (type == null) throw new GeoJsonException("GeoJSON object has no \"type\" member");
            switch (type.asText()) {
                case "FeatureCollection" -> { }
                case "Feature" -> sink.accept(feature(MAPPER.valueToTree(head), 0));
                default -> sink.accept(new GeoJsonFeature(null, Map.of(), geometry(MAPPER.valueToTree(head))));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new GeoJsonException("malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Parses one Feature object. */
    public GeoJsonFeature feature(JsonNode f, int index) {
        if (!"Feature".equals(f.path("type").asText())) {
            throw new GeoJsonException("features[" + index + "] is not a Feature");
        }
        Map<String, Object> props = new LinkedHashMap<>();
        JsonNode pn = f.get("properties");
        if (pn != null && pn.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = pn.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                props.put(e.getKey(), value(e.getValue()));
            }
        }
        JsonNode id = f.get("id");
        JsonNode g = f.get("geometry");
        try {
            return new GeoJsonFeature(id == null || id.isNull() ? null : value(id), props,
                    g == null || g.isNull() ? null : geometry(g));
        } catch (GeoJsonException e) {
            throw new GeoJsonException("features[" + index + "]: " + e.getMessage(), e);
        }
    }

    private static Object value(JsonNode n) {
        if (n.isNull()) return null;
        if (n.isTextual()) return n.asText();
        if (n.isIntegralNumber()) return n.canConvertToLong() ? (Object) n.asLong() : n.bigIntegerValue();
        if (n.isNumber()) return n.asDouble();
        if (n.isBoolean()) return n.asBoolean();
        return MAPPER.convertValue(n, Object.class);
    }

    /** Parses a GeoJSON string holding a geometry, a Feature or a FeatureCollection of one feature. */
    public Geometry readGeometry(String json) {
        JsonNode n;
        try {
            n = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new GeoJsonException("malformed JSON: " + e.getMessage(), e);
        }
        if (n == null || !n.isObject()) throw new GeoJsonException("GeoJSON must be a JSON object");
        return switch (n.path("type").asText()) {
            case "Feature" -> geometry(n.path("geometry"));
            case "FeatureCollection" -> {
                JsonNode fs = n.path("features");
                if (fs.size() == 0) throw new GeoJsonException("FeatureCollection has no features");
                List<Geometry> gs = new ArrayList<>();
                for (JsonNode f : fs) gs.add(geometry(f.path("geometry")));
                yield gs.size() == 1 ? gs.get(0) : factory.buildGeometry(gs);
            }
            default -> geometry(n);
        };
    }

    /** Parses a GeoJSON geometry object. */
    public Geometry geometry(JsonNode g) {
        String type = g.path("type").asText(null);
        if (type == null) throw new GeoJsonException("geometry has no \"type\"");
        JsonNode c = g.get("coordinates");
        if (!"GeometryCollection".equals(type) && (c == null || !c.isArray())) {
            throw new GeoJsonException(type + " has no \"coordinates\" array");
        }
        return switch (type) {
            case "Point" -> c.size() == 0 ? factory.createPoint() : factory.createPoint(coordinate(c));
            case "MultiPoint" -> factory.createMultiPointFromCoords(coordinates(c));
            case "LineString" -> factory.createLineString(coordinates(c));
            case "MultiLineString" -> {
                LineString[] ls = new LineString[c.size()];
                for (int i = 0; i < ls.length; i++) ls[i] = factory.createLineString(coordinates(c.get(i)));
                yield factory.createMultiLineString(ls);
            }
            case "Polygon" -> polygon(c);
            case "MultiPolygon" -> {
                Polygon[] ps = new Polygon[c.size()];
                for (int i = 0; i < ps.length; i++) ps[i] = polygon(c.get(i));
                yield factory.createMultiPolygon(ps);
            }
            case "GeometryCollection" -> {
                JsonNode gs = g.path("geometries");
                Geometry[] parts = new Geometry[gs.size()];
                for (int i = 0; i < parts.length; i++) parts[i] = geometry(gs.get(i));
                yield factory.createGeometryCollection(parts);
            }
            default -> throw new GeoJsonException("unknown geometry type \"" + type + "\"");
        };
    }

    private Polygon polygon(JsonNode rings) {
        if (rings.size() == 0) return factory.createPolygon();
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) holes[i - 1] = ring(rings.get(i));
        return factory.createPolygon(shell, holes);
    }

    private LinearRing ring(JsonNode n) {
        Coordinate[] cs = coordinates(n);
        if (cs.length > 0 && !cs[0].equals2D(cs[cs.length - 1])) {
            throw new GeoJsonException("polygon ring is not closed (first and last positions differ)");
        }
        if (cs.length > 0 && cs.length < 4) throw new GeoJsonException("polygon ring has fewer than 4 positions");
        return factory.createLinearRing(cs);
    }

    private static Coordinate[] coordinates(JsonNode arr) {
        if (!arr.isArray()) throw new GeoJsonException("coordinates must be an array of positions");
        Coordinate[] cs = new Coordinate[arr.size()];
        for (int i = 0; i < cs.length; i++) cs[i] = coordinate(arr.get(i));
        return cs;
    }

    private static Coordinate coordinate(JsonNode pos) {
        if (!pos.isArray() || pos.size() < 2 || !pos.get(0).isNumber() || !pos.get(1).isNumber()) {
            throw new GeoJsonException("a position must be an array of at least two numbers, got " + pos);
        }
        double x = pos.get(0).asDouble(), y = pos.get(1).asDouble();
        if (!Double.isFinite(x) || !Double.isFinite(y)) throw new GeoJsonException("position is not finite: " + pos);
        return new Coordinate(x, y);
    }
}
