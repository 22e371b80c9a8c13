package org.ecozoning.ogc.wms;

import java.util.Locale;
import org.ecozoning.ogc.common.Crs;
import org.ecozoning.ogc.common.CrsSupport;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.SecureXml;
import org.locationtech.jts.geom.Envelope;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads an XML-encoded GetMap (SLD 1.1 {@code sld:GetMap}: StyledLayerDescriptor, CRS,
 * BoundingBox, Output, Exceptions) into the equivalent WMS 1.3.0 KVP request, so that it takes
 * exactly the KVP path: the SLD becomes SLD_BODY (its named layers the LAYERS), the bounding box
 * BBOX in the axis order of CRS. The corners follow the BoundingBox's {@code crs} attribute as
 * GML names it ({@code EPSG:n} and {@code …epsg.xml#n} easting first, URNs in EPSG order), or the
 * WMS 1.3.0 rule of CRS when the attribute is absent. The document was parsed with DTDs refused.
 */
final class XmlGetMapReader {
    static final String SLD = "http://www.opengis.net/sld";

    private XmlGetMapReader() { }

    static boolean isGetMap(Element root) {
        return "GetMap".equals(root.getLocalName()) && SLD.equals(root.getNamespaceURI());
    }

    static OgcRequest toKvp(Element root, OgcRequest http, CrsSupport crs) {
        OgcRequest.Builder b = OgcRequest.builder("GET", http.path()).baseUrl(http.baseUrl()).principal(http.principal());
        b.param("SERVICE", "WMS").param("REQUEST", "GetMap").param("VERSION", "1.3.0");
        Element sld = child(root, "StyledLayerDescriptor");
        if (sld == null) throw WmsException.missing("StyledLayerDescriptor");
        b.param("SLD_BODY", SecureXml.toStandaloneString(sld));
        String crsName = text(child(root, "CRS"));
        if (crsName == null) throw WmsException.missing("CRS");
        b.param("CRS", crsName);
        Element box = child(root, "BoundingBox");
        if (box == null) throw WmsException.missing("BoundingBox");
        double[] lower = corner(child(box, "LowerCorner")), upper = corner(child(box, "UpperCorner"));
        MapCrs mapCrs = MapCrs.resolve(crsName, WmsVersion.V1_3_0, crs);
        boolean cornersNorthingFirst;
        String boxCrs = box.getAttribute("crs");
        if (boxCrs.isBlank()) {
            cornersNorthingFirst = mapCrs.swapAxes();
        } else {
            Crs c;
            try {
                c = crs.parse(boxCrs);
            } catch (IllegalArgumentException e) {
                throw WmsException.of("InvalidCRS", "BoundingBox", "不支持的坐标参照系 " + boxCrs, "CRS not offered: " + boxCrs);
            }
            if (c.epsg() != mapCrs.epsg()) {
                throw WmsException.invalid("BoundingBox", "BoundingBox 的坐标参照系与 CRS 不同", "the BoundingBox CRS differs from CRS");
            }
            cornersNorthingFirst = c.northingFirst();
        }
        Envelope e = cornersNorthingFirst ? new Envelope(lower[1], upper[1], lower[0], upper[0])
                : new Envelope(lower[0], upper[0], lower[1], upper[1]);
        double[] o = mapCrs.ordinates(e);
        b.param("BBOX", o[0] + "," + o[1] + "," + o[2] + "," + o[3]);
        Element output = child(root, "Output");
        if (output == null) throw WmsException.missing("Output");
        Element size = child(output, "Size");
        if (size == null) throw WmsException.missing("Size");
        param(b, "WIDTH", text(child(size, "Width")));
        param(b, "HEIGHT", text(child(size, "Height")));
        param(b, "FORMAT", text(child(output, "Format")));
        param(b, "TRANSPARENT", text(child(output, "Transparent")));
        param(b, "BGCOLOR", text(child(output, "BGcolor")));
        param(b, "EXCEPTIONS", text(child(root, "Exceptions")));
        return b.build();
    }

    private static void param(OgcRequest.Builder b, String key, String value) {
        if (value != null) b.param(key, value);
    }

    private static double[] corner(Element e) {
        String t = text(e);
        if (t == null) throw WmsException.missing("BoundingBox");
        String[] p = t.trim().split("\\s+");
        if (p.length != 2) throw WmsException.invalid("BoundingBox", "角点应为两个数：" + t, "a corner must be two numbers: " + t);
        try {
            return new double[] {Double.parseDouble(p[0]), Double.parseDouble(p[1])};
        } catch (NumberFormatException x) {
            throw WmsException.invalid("BoundingBox", "角点含有非数字：" + t, "a corner holds a non-number: " + t);
        }
    }

    /** The first child element of a local name (any namespace), or null. */
    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) return e;
        }
        return null;
    }

    private static String text(Element e) {
        if (e == null) return null;
        String t = e.getTextContent().trim();
        return t.isEmpty() ? null : t.toLowerCase(Locale.ROOT).equals("null") ? null : t;
    }
}
