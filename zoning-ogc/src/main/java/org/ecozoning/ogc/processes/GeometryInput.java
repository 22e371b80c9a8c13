package org.ecozoning.ogc.processes;

import java.util.List;
import java.util.Locale;
import org.ecozoning.compliance.GeometryText;
import org.ecozoning.model.ZoningException;
import org.ecozoning.ogc.common.OwsException;
import org.ecozoning.ogc.common.SecureXml;
import org.ecozoning.ogc.gml.GmlGeometryReader;
import org.locationtech.jts.geom.Geometry;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a geometry input in the format its mimeType declares: WKT ({@code application/wkt}),
 * GeoJSON ({@code application/geo+json}, {@code application/json}) or GML 3.2 / 3.1.1 / 2.1.2
 * ({@code text/xml; subtype=gml/…}, {@code application/gml+xml}). GML may be a geometry or a
 * feature holding one; its srsName is returned so it can serve as the CRS. XML goes through
 * {@link SecureXml} (no DTDs, no external entities). A missing mimeType means the default format
 * (WKT); an unsupported one is refused, and so is content that does not parse in the declared format.
 */
public final class GeometryInput {
    /** Formats accepted for a geometry, default first. */
    public static final List<Format> FORMATS = List.of(Format.WKT, Format.GEOJSON, Format.JSON, Format.GML32, Format.GML212, Format.GML32_APP);

    /** A parsed geometry and the srsName found in GML (null otherwise). */
    public record Parsed(Geometry geometry, String srsName) { }

    private GeometryInput() { }

    public static Parsed parse(InputValue v) {
        String id = v.identifier();
        String mime = v.mimeType() == null || v.mimeType().isBlank() ? Format.WKT.mimeType() : v.mimeType();
        String base = Format.base(mime);
        try {
            switch (base) {
                case "application/wkt", "text/wkt" -> {
                    String t = text(v);
                    if (t.startsWith("{") || t.startsWith("<")) {
                        throw ProcessException.invalid(id, "内容不是 WKT（声明的 mimeType 为 " + mime + "，内容像 " + (t.startsWith("{") ? "JSON" : "XML") + "）",
                                "content is not WKT (declared mimeType " + mime + ", but it looks like " + (t.startsWith("{") ? "JSON" : "XML") + ")");
                    }
                    return new Parsed(GeometryText.wkt(t), null);
                }
                case "application/geo+json", "application/json", "application/vnd.geo+json" -> {
                    return new Parsed(GeometryText.geoJson(text(v)), null);
                }
                case "text/xml", "application/xml", "application/gml+xml" -> {
                    return gml(v);
                }
                default -> throw ProcessException.invalid(id, "不支持的 mimeType「" + mime + "」（支持：" + mimeList() + "）",
                        "unsupported mimeType \"" + mime + "\" (supported: " + mimeList() + ")");
            }
        } catch (ZoningException e) {
            throw ProcessException.of(e, id);
        }
    }

    static String mimeList() {
        return String.join(", ", FORMATS.stream().map(Format::mimeType).toList());
    }

    private static String text(InputValue v) {
        if (v.text() == null || v.text().isBlank()) throw ProcessException.missing(v.identifier());
        return v.text().trim();
    }

    private static Parsed gml(InputValue v) {
        Element root = v.xml();
        if (root == null) {
            String t = text(v);
            if (!t.startsWith("<")) {
                throw ProcessException.invalid(v.identifier(), "内容不是 XML/GML（声明的 mimeType 为 " + v.mimeType() + "）",
                        "content is not XML/GML (declared mimeType " + v.mimeType() + ")");
            }
            try {
                root = SecureXml.parse(t, v.identifier()).getDocumentElement();
            } catch (OwsException e) {
                throw new ProcessException(ProcessException.Kind.INVALID_INPUT, v.identifier(), "GML 无法解析", "GML cannot be parsed: " + e.getMessage());
            }
        }
        Element g = firstGeometry(root);
        if (g == null) {
            throw ProcessException.invalid(v.identifier(), "XML 中没有 GML 几何", "the XML holds no GML geometry");
        }
        try {
            GmlGeometryReader.Result r = new GmlGeometryReader().read(g);
            return new Parsed(r.geometry(), r.srsName());
        } catch (IllegalArgumentException e) {
            throw ProcessException.invalid(v.identifier(), "GML 几何无效：" + e.getMessage(), "invalid GML geometry: " + e.getMessage());
        }
    }

    private static final List<String> GEOMETRY_NAMES = List.of("Point", "LineString", "Curve", "Polygon", "Surface", "MultiPoint",
            "MultiCurve", "MultiLineString", "MultiSurface", "MultiPolygon", "MultiGeometry", "Envelope", "Box", "LinearRing");

    /** The first GML geometry element at or below {@code e} (a geometry, or a feature / collection holding one). */
    public static Element firstGeometry(Element e) {
        if (GmlGeometryReader.isGml(e) && GEOMETRY_NAMES.contains(e.getLocalName())) return e;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                Element found = firstGeometry(c);
                if (found != null) return found;
            }
        }
        return null;
    }

    /** Whether a CRS name is a northing-first URN/URI form, used to keep GML axis order straight. */
    static boolean isUrn(String srs) {
        return srs != null && srs.toLowerCase(Locale.ROOT).startsWith("urn:");
    }
}
