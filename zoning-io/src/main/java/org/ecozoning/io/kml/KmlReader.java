package org.ecozoning.io.kml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.ecozoning.io.ImportException;
import org.ecozoning.io.ProgressListener;
import org.ecozoning.io.qa.IssueCode;
import org.ecozoning.io.qa.QaIssue;
import org.ecozoning.io.source.SourceFeature;
import org.ecozoning.io.source.SourceLayer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads the Placemarks of a KML document (OGC KML 2.2) into a layer: attributes from
 * {@code ExtendedData} ({@code Data/value} and {@code SchemaData/SimpleData}), plus {@code name}
 * when no attribute of that name exists; geometry from Point, LineString, LinearRing, Polygon
 * (outer and inner boundaries) and MultiGeometry. Coordinates are WGS 84 longitude, latitude by
 * definition of KML. The parser is hardened: a document with a DTD is refused, external entities
 * are never resolved. Elements are matched by local name, so any KML namespace (or none) works.
 */
public final class KmlReader {
    private final GeometryFactory factory;

    public KmlReader(GeometryFactory factory) { this.factory = factory; }

    public KmlReader() { this(new GeometryFactory()); }

    /** A StAX factory that refuses DTDs and resolves no external entity. */
    static XMLInputFactory hardenedFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (IllegalArgumentException e) {
            // not supported by this StAX implementation; DTDs are refused anyway
        }
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external entity refused: " + systemId);
        });
        return f;
    }

    public SourceLayer read(Path file, ProgressListener progress) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString(), progress);
        }
    }

    public SourceLayer read(InputStream in, String file, ProgressListener progress) throws IOException {
        List<SourceFeature> features = new ArrayList<>();
        Set<String> fields = new LinkedHashSet<>();
        List<QaIssue> issues = new ArrayList<>();
        XMLStreamReader r = null;
        try {
            r = hardenedFactory().createXMLStreamReader(in);
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD) throw dtd(file);
                if (ev == XMLStreamConstants.ENTITY_REFERENCE) throw entity(file, r.getLocalName());
                if (ev == XMLStreamConstants.START_ELEMENT && "Placemark".equals(r.getLocalName())) {
                    int index = features.size();
                    String id = r.getAttributeValue(null, "id");
                    Placemark p = placemark(r, file, index);
                    if (p.name != null) p.attributes.putIfAbsent("name", p.name);
                    fields.addAll(p.attributes.keySet());
                    Geometry g = p.geometries.isEmpty() ? null
                            : p.geometries.size() == 1 ? p.geometries.get(0) : factory.buildGeometry(p.geometries);
                    features.add(new SourceFeature(index, id, p.attributes, g));
                    if (progress != null && features.size() % 500 == 0) progress.progress("read", features.size(), -1);
                }
            }
        } catch (XMLStreamException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage();
            if (msg.contains("DOCTYPE") || msg.contains("DTD")) throw dtd(file);
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new ImportException(QaIssue.error(IssueCode.MALFORMED_FILE,
                    "KML 不是格式正确的 XML（第 " + line + " 行），文件损坏或不完整：" + msg,
                    "KML is not well-formed XML (line " + line + "), corrupt or incomplete: " + msg)
                    .withFile(file).withFeature(features.size(), null), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release beyond the stream, which the caller closes
                }
            }
        }
        if (progress != null) progress.progress("read", features.size(), features.size());
        SourceLayer layer = new SourceLayer(file, stem(file), new ArrayList<>(fields), features).declareCrs(4326);
        layer.issues().addAll(issues);
        return layer;
    }

    private static String stem(String f) {
        int d = f.lastIndexOf('.');
        return d < 0 ? f : f.substring(0, d);
    }

    private static ImportException dtd(String file) {
        return new ImportException(QaIssue.error(IssueCode.MALFORMED_FILE, "KML 含有 DTD（DOCTYPE），出于安全原因拒绝读取",
                "KML contains a DTD (DOCTYPE); refused for security").withFile(file));
    }

    private static ImportException entity(String file, String name) {
        return new ImportException(QaIssue.error(IssueCode.MALFORMED_FILE, "KML 含有实体引用 &" + name + "; ，拒绝读取",
                "KML contains the entity reference &" + name + "; refused").withFile(file));
    }

    private static final class Placemark {
        String name;
        final Map<String, Object> attributes = new LinkedHashMap<>();
        final List<Geometry> geometries = new ArrayList<>();
    }

    /** Reads from a Placemark start tag to its end tag. */
    private Placemark placemark(XMLStreamReader r, String file, int index) throws XMLStreamException {
        Placemark p = new Placemark();
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.ENTITY_REFERENCE) throw entity(file, r.getLocalName());
            if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) continue;
            String ln = r.getLocalName();
            switch (ln) {
                case "name" -> {
                    if (depth == 1) p.name = text(r, file).strip();
                    else skip(r);
                    continue;
                }
                case "Data" -> {
                    String key = r.getAttributeValue(null, "name");
                    String value = null;
                    int d = 1;
                    while (d > 0) {
                        int e = r.next();
                        if (e == XMLStreamConstants.START_ELEMENT) {
                            if ("value".equals(r.getLocalName())) { value = text(r, file); continue; }
                            d++;
                        } else if (e == XMLStreamConstants.END_ELEMENT) {
                            d--;
                        }
                    }
                    if (key != null) p.attributes.put(key, blankToNull(value));
                    continue;
                }
                case "SimpleData" -> {
                    String key = r.getAttributeValue(null, "name");
                    String value = text(r, file);
                    if (key != null) p.attributes.put(key, blankToNull(value));
                    continue;
                }
                case "Point", "LineString", "LinearRing", "Polygon", "MultiGeometry" -> {
                    p.geometries.add(geometry(r, file, index));
                    continue;
                }
                default -> depth++;
            }
        }
        return p;
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }

    /** Reads a geometry element (the reader is on its start tag) up to its end tag. */
    private Geometry geometry(XMLStreamReader r, String file, int index) throws XMLStreamException {
        String kind = r.getLocalName();
        List<Geometry> parts = new ArrayList<>();
        Coordinate[] coords = null;
        LinearRing outer = null;
        List<LinearRing> inner = new ArrayList<>();
        String boundary = null;
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                String ln = r.getLocalName();
                if ("outerBoundaryIs".equals(ln) || "innerBoundaryIs".equals(ln)) boundary = null;
                depth--;
                continue;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) continue;
            String ln = r.getLocalName();
            if ("MultiGeometry".equals(kind) && ("Point".equals(ln) || "LineString".equals(ln) || "LinearRing".equals(ln)
                    || "Polygon".equals(ln) || "MultiGeometry".equals(ln))) {
                parts.add(geometry(r, file, index));
            } else if ("outerBoundaryIs".equals(ln) || "innerBoundaryIs".equals(ln)) {
                boundary = ln;
                depth++;
            } else if ("coordinates".equals(ln)) {
                Coordinate[] cs = coordinates(text(r, file), file, index);
                if ("Polygon".equals(kind)) {
                    LinearRing ring = ring(cs, file, index);
                    if ("innerBoundaryIs".equals(boundary)) inner.add(ring); else outer = ring;
                } else {
                    coords = cs;
                }
            } else {
                depth++;
            }
        }
        try {
            return switch (kind) {
                case "Point" -> coords == null || coords.length == 0 ? factory.createPoint() : factory.createPoint(coords[0]);
                case "LineString" -> factory.createLineString(coords == null ? new Coordinate[0] : coords);
                case "LinearRing" -> factory.createPolygon(ring(coords == null ? new Coordinate[0] : coords, file, index));
                case "Polygon" -> outer == null ? factory.createPolygon() : factory.createPolygon(outer, inner.toArray(LinearRing[]::new));
                default -> {
                    boolean allPolygons = !parts.isEmpty() && parts.stream().allMatch(g -> g instanceof Polygon);
                    yield allPolygons ? factory.createMultiPolygon(parts.toArray(Polygon[]::new)) : factory.buildGeometry(parts);
                }
            };
        } catch (IllegalArgumentException e) {
            throw bad(file, index, kind + "：" + e.getMessage(), kind + ": " + e.getMessage());
        }
    }

    private LinearRing ring(Coordinate[] cs, String file, int index) {
        if (cs.length == 0) return factory.createLinearRing();
        Coordinate[] ring = cs;
        if (!ring[0].equals2D(ring[ring.length - 1])) {
            ring = java.util.Arrays.copyOf(ring, ring.length + 1);
            ring[ring.length - 1] = new Coordinate(ring[0]);
        }
        if (ring.length < 4) throw bad(file, index, "多边形的环少于 4 个点", "polygon ring has fewer than 4 points");
        return factory.createLinearRing(ring);
    }

    private static Coordinate[] coordinates(String text, String file, int index) {
        String t = text.strip();
        if (t.isEmpty()) return new Coordinate[0];
        String[] tuples = t.split("\\s+");
        List<Coordinate> out = new ArrayList<>(tuples.length);
        for (String tuple : tuples) {
            String[] xyz = tuple.split(",");
            if (xyz.length < 2) throw bad(file, index, "坐标“" + tuple + "”不是 经度,纬度[,高程]", "coordinate '" + tuple + "' is not lon,lat[,alt]");
            try {
                double x = Double.parseDouble(xyz[0]);
                double y = Double.parseDouble(xyz[1]);
                if (!Double.isFinite(x) || !Double.isFinite(y)) throw new NumberFormatException();
                out.add(new Coordinate(x, y));
            } catch (NumberFormatException e) {
                throw bad(file, index, "坐标“" + tuple + "”不是数字", "coordinate '" + tuple + "' is not numeric");
            }
        }
        return out.toArray(Coordinate[]::new);
    }

    private static ImportException bad(String file, int index, String zh, String en) {
        return new ImportException(QaIssue.error(IssueCode.MALFORMED_FILE, "Placemark 几何无效：" + zh, "invalid Placemark geometry: " + en)
                .withFile(file).withFeature(index, null));
    }

    private static String text(XMLStreamReader r, String file) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> sb.append(r.getText());
                case XMLStreamConstants.ENTITY_REFERENCE -> throw entity(file, r.getLocalName());
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                default -> { }
            }
        }
        return sb.toString();
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) depth++;
            else if (ev == XMLStreamConstants.END_ELEMENT) depth--;
        }
    }
}
