package org.ecozoning.ogc.wms;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ecozoning.ogc.common.CrsSupport;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.LayerInfo;
import org.ecozoning.ogc.common.ServiceMetadata;
import org.ecozoning.ogc.common.Xml;
import org.locationtech.jts.geom.Envelope;

/**
 * Writes the service metadata document: WMS 1.3.0 ({@code WMS_Capabilities}, valid against
 * capabilities_1_3_0.xsd, with GetLegendGraphic as the SLD 1.1 extended operation) or WMS 1.1.1
 * ({@code WMT_MS_Capabilities} under the WMS_MS_Capabilities.dtd DOCTYPE, xlink declared on every
 * OnlineResource as the DTD wants). One root layer carries the CRS list and the overall extent;
 * below it the published layers in catalog order, with configured groups as parent layers. Every
 * named layer has its geographic extent, a BoundingBox per CRS (1.3.0: in the CRS's axis order),
 * and its styles with a GetLegendGraphic LegendURL of the legend's real size.
 */
final class CapabilitiesWriter {
    static final String WMS = "http://www.opengis.net/wms";
    static final String SLD = "http://www.opengis.net/sld";
    static final String SCHEMA_1_3_0 = "http://schemas.opengis.net/wms/1.3.0/capabilities_1_3_0.xsd";
    static final String SLD_CAPABILITIES = "http://schemas.opengis.net/sld/1.1.0/sld_capabilities.xsd";
    static final String DTD_1_1_1 = "http://schemas.opengis.net/wms/1.1.1/WMS_MS_Capabilities.dtd";
    /** Shanxi, for layers without features (an extent is still needed). */
    static final Envelope FALLBACK_EXTENT = new Envelope(110.2, 114.6, 34.5, 40.8);

    /** The legend image size of a layer's style, for LegendURL width and height. */
    @FunctionalInterface
    interface LegendSizes {
        int[] size(LayerInfo layer, String style);
    }

    private final WmsConfig config;
    private final WmsVersion version;
    private final String endpoint;
    private final LayerStyles styles;
    private final LegendSizes legends;
    private final CrsSupport crs;
    private XMLStreamWriter w;

    CapabilitiesWriter(WmsConfig config, WmsVersion version, String endpoint, LayerStyles styles, LegendSizes legends) {
        this.config = config;
        this.version = version;
        this.endpoint = endpoint;
        this.styles = styles;
        this.legends = legends;
        this.crs = config.crs();
    }

    private boolean v13() { return version == WmsVersion.V1_3_0; }

    void write(OutputStream out) throws IOException {
        try {
            w = Xml.writer(out);
            w.writeStartDocument("UTF-8", "1.0");
            if (v13()) {
                w.setDefaultNamespace(WMS);
                w.setPrefix("xlink", Xml.XLINK);
                w.setPrefix("sld", SLD);
                w.writeStartElement(WMS, "WMS_Capabilities");
                w.writeDefaultNamespace(WMS);
                w.writeNamespace("xlink", Xml.XLINK);
                w.writeNamespace("xsi", Xml.XSI);
                w.writeNamespace("sld", SLD);
                w.writeAttribute("version", "1.3.0");
                if (config.updateSequence() != null) w.writeAttribute("updateSequence", config.updateSequence());
                w.writeAttribute("xsi", Xml.XSI, "schemaLocation", WMS + " " + SCHEMA_1_3_0 + " " + SLD + " " + SLD_CAPABILITIES);
            } else {
                w.writeDTD("<!DOCTYPE WMT_MS_Capabilities SYSTEM \"" + DTD_1_1_1 + "\">");
                w.writeStartElement("WMT_MS_Capabilities");
                w.writeAttribute("version", "1.1.1");
                if (config.updateSequence() != null) w.writeAttribute("updateSequence", config.updateSequence());
            }
            service();
            capability();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void start(String name) throws XMLStreamException {
        if (v13()) w.writeStartElement(WMS, name);
        else w.writeStartElement(name);
    }

    private void element(String name, String text) throws XMLStreamException {
        start(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private void onlineResource(String href) throws XMLStreamException {
        start("OnlineResource");
        if (!v13()) w.writeNamespace("xlink", Xml.XLINK);
        w.writeAttribute("xlink", Xml.XLINK, "type", "simple");
        w.writeAttribute("xlink", Xml.XLINK, "href", href);
        w.writeEndElement();
    }

    private void keywords(List<String> keywords) throws XMLStreamException {
        if (keywords.isEmpty()) return;
        start("KeywordList");
        for (String k : keywords) element("Keyword", k);
        w.writeEndElement();
    }

    private void service() throws XMLStreamException {
        ServiceMetadata m = config.metadata();
        start("Service");
        element("Name", v13() ? "WMS" : "OGC:WMS");
        element("Title", m.title());
        if (!m.abstractText().isEmpty()) element("Abstract", m.abstractText());
        keywords(m.keywords());
        onlineResource(endpoint);
        contact(m.contact());
        element("Fees", m.fees());
        element("AccessConstraints", m.accessConstraints());
        if (v13()) {
            element("LayerLimit", Integer.toString(config.limits().layerLimit()));
            element("MaxWidth", Integer.toString(config.limits().maxWidth()));
            element("MaxHeight", Integer.toString(config.limits().maxHeight()));
        }
        w.writeEndElement();
    }

    private void contact(ServiceMetadata.Contact c) throws XMLStreamException {
        boolean person = !c.individual().isEmpty() || !c.organisation().isEmpty();
        boolean address = !(c.street() + c.city() + c.province() + c.postalCode() + c.country()).isEmpty();
        if (!person && c.position().isEmpty() && !address && c.phone().isEmpty() && c.email().isEmpty()) return;
        start("ContactInformation");
        if (person) {
            start("ContactPersonPrimary");
            element("ContactPerson", c.individual());
            element("ContactOrganization", c.organisation());
            w.writeEndElement();
        }
        if (!c.position().isEmpty()) element("ContactPosition", c.position());
        if (address) {
            start("ContactAddress");
            element("AddressType", "postal");
            element("Address", c.street());
            element("City", c.city());
            element("StateOrProvince", c.province());
            element("PostCode", c.postalCode());
            element("Country", c.country());
            w.writeEndElement();
        }
        if (!c.phone().isEmpty()) element("ContactVoiceTelephone", c.phone());
        if (!c.email().isEmpty()) element("ContactElectronicMailAddress", c.email());
        w.writeEndElement();
    }

    private void operation(String name, List<String> formats, boolean extended) throws XMLStreamException {
        if (extended && v13()) w.writeStartElement("sld", name, SLD);
        else start(name);
        for (String f : formats) element("Format", f);
        start("DCPType");
        start("HTTP");
        start("Get");
        onlineResource(endpoint + "?");
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    private void capability() throws XMLStreamException {
        start("Capability");
        start("Request");
        operation("GetCapabilities", List.of(version.capabilitiesMime), false);
        operation("GetMap", ImageFormat.mimeTypes(), false);
        operation("GetFeatureInfo", InfoFormat.mimeTypes(), false);
        operation("GetLegendGraphic", List.of("image/png", "image/png; mode=8bit", "image/jpeg"), true);
        w.writeEndElement();
        start("Exception");
        element("Format", version.xmlExceptions);
        element("Format", version.inImageExceptions);
        element("Format", version.blankExceptions);
        w.writeEndElement();
        // SLD_BODY with user styles is supported; inline features (UserLayer) and remote WFS are not
        if (v13()) w.writeStartElement("sld", "UserDefinedSymbolization", SLD);
        else start("UserDefinedSymbolization");
        w.writeAttribute("SupportSLD", "1");
        w.writeAttribute("UserLayer", "0");
        w.writeAttribute("UserStyle", "1");
        w.writeAttribute("RemoteWFS", "0");
        w.writeEndElement();
        rootLayer();
        w.writeEndElement();
    }

    private void rootLayer() throws XMLStreamException {
        LayerCatalog catalog = config.versions().current();
        start("Layer");
        element("Title", config.metadata().title());
        if (!config.metadata().abstractText().isEmpty()) element("Abstract", config.metadata().abstractText());
        for (String c : MapCrs.advertised(version, crs)) element(v13() ? "CRS" : "SRS", c);
        Envelope all = new Envelope();
        for (LayerInfo l : catalog.layers()) all.expandToInclude(extent(l));
        extents(all.isNull() ? FALLBACK_EXTENT : all);
        Set<String> done = new LinkedHashSet<>();
        for (LayerInfo l : catalog.layers()) {
            if (done.contains(l.name())) continue;
            LayerGroup g = groupOf(l.name());
            if (g == null) {
                layer(l);
                done.add(l.name());
                continue;
            }
            List<LayerInfo> members = new ArrayList<>();
            for (String m : g.members()) if (catalog.get(m) != null) members.add(catalog.get(m));
            start("Layer");
            element("Name", LayerCatalog.PREFIX + ":" + g.name());
            element("Title", g.title());
            Envelope ge = new Envelope();
            for (LayerInfo m : members) ge.expandToInclude(extent(m));
            extents(ge);
            for (LayerInfo m : members) {
                layer(m);
                done.add(m.name());
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private LayerGroup groupOf(String layer) {
        for (LayerGroup g : config.groups()) if (g.members().contains(layer)) return g;
        return null;
    }

    private static Envelope extent(LayerInfo l) {
        Envelope e = l.bbox();
        return e == null || e.isNull() ? FALLBACK_EXTENT : e;
    }

    private void layer(LayerInfo l) throws XMLStreamException {
        start("Layer");
        w.writeAttribute("queryable", "1");
        w.writeAttribute("opaque", "0");
        element("Name", l.qualifiedName());
        element("Title", l.title());
        String abs = l.abstractZh().isEmpty() ? l.abstractEn() : l.abstractEn().isEmpty() ? l.abstractZh() : l.abstractZh() + " / " + l.abstractEn();
        if (!abs.isEmpty()) element("Abstract", abs);
        keywords(l.keywords());
        extents(extent(l));
        for (String s : styles.offered(l)) style(l, s);
        w.writeEndElement();
    }

    /** EX_GeographicBoundingBox (1.3.0) or LatLonBoundingBox (1.1.1), then one BoundingBox per CRS. */
    private void extents(Envelope lonLat) throws XMLStreamException {
        double west = clamp(lonLat.getMinX(), 180), east = clamp(lonLat.getMaxX(), 180);
        double south = clamp(lonLat.getMinY(), 90), north = clamp(lonLat.getMaxY(), 90);
        if (v13()) {
            start("EX_GeographicBoundingBox");
            element("westBoundLongitude", num(west, 6));
            element("eastBoundLongitude", num(east, 6));
            element("southBoundLatitude", num(south, 6));
            element("northBoundLatitude", num(north, 6));
            w.writeEndElement();
        } else {
            start("LatLonBoundingBox");
            w.writeAttribute("minx", num(west, 6));
            w.writeAttribute("miny", num(south, 6));
            w.writeAttribute("maxx", num(east, 6));
            w.writeAttribute("maxy", num(north, 6));
            w.writeEndElement();
        }
        for (String name : MapCrs.advertised(version, crs)) {
            MapCrs m = MapCrs.resolve(name, version, crs);
            Envelope e = m.geographic() ? lonLat : crs.fromStorage(lonLat, m.crs());
            double[] o = m.ordinates(e);
            int decimals = m.geographic() ? 6 : 2;
            start("BoundingBox");
            w.writeAttribute(v13() ? "CRS" : "SRS", name);
            w.writeAttribute("minx", num(o[0], decimals));
            w.writeAttribute("miny", num(o[1], decimals));
            w.writeAttribute("maxx", num(o[2], decimals));
            w.writeAttribute("maxy", num(o[3], decimals));
            w.writeEndElement();
        }
    }

    private void style(LayerInfo l, String name) throws XMLStreamException {
        var style = styles.resolve(l, name);
        start("Style");
        element("Name", name);
        element("Title", style.title() == null || style.title().isBlank() ? name : style.title());
        if (style.abstractText() != null && !style.abstractText().isBlank()) element("Abstract", style.abstractText());
        int[] size = legends.size(l, name);
        start("LegendURL");
        w.writeAttribute("width", Integer.toString(size[0]));
        w.writeAttribute("height", Integer.toString(size[1]));
        element("Format", "image/png");
        onlineResource(endpoint + "?SERVICE=WMS&REQUEST=GetLegendGraphic&VERSION=" + version.number + "&FORMAT=image%2Fpng&LAYER="
                + enc(l.qualifiedName()) + "&STYLE=" + enc(name));
        w.writeEndElement();
        w.writeEndElement();
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    private static double clamp(double v, double limit) { return Math.max(-limit, Math.min(limit, v)); }

    static String num(double v, int decimals) {
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
