package org.ecozoning.ogc.wms;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ecozoning.feature.FeatureSource;
import org.ecozoning.feature.filter.Filter;
import org.ecozoning.feature.filter.xml.XmlParseException;
import org.ecozoning.ogc.common.DateTimeInterval;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.LayerInfo;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.render.sld.SldParser;
import org.ecozoning.render.sld.Style;
import org.ecozoning.render.sld.StyledLayer;
import org.ecozoning.render.sld.StyledLayerDescriptor;
import org.locationtech.jts.geom.Envelope;

/**
 * Reads and checks the map part of GetMap and GetFeatureInfo KVP requests, in the order that lets
 * errors be reported as the client asked: first the {@link MapRequest.Frame} (FORMAT, WIDTH,
 * HEIGHT, TRANSPARENT, BGCOLOR — without which no error image can be drawn, and whose size is
 * checked against the limits before anything is allocated), then layers, styles (or SLD_BODY),
 * CQL_FILTER, the DATE vendor parameter (scheme version in force on that date), CRS and BBOX.
 */
final class MapRequestReader {
    private final WmsConfig config;
    private final LayerStyles styles;

    MapRequestReader(WmsConfig config, LayerStyles styles) {
        this.config = config;
        this.styles = styles;
    }

    /**
     * @param needFormat whether FORMAT is required (GetMap) or ignored (GetFeatureInfo)
     */
    MapRequest.Frame frame(OgcRequest r, boolean needFormat) {
        ImageFormat format = null;
        if (needFormat) {
            String f = r.param("FORMAT");
            if (f == null || f.isBlank()) throw WmsException.missing("FORMAT");
            format = ImageFormat.of(f);
            if (format == null) {
                throw WmsException.of(WmsException.INVALID_FORMAT, "FORMAT", "不支持的图像格式 " + f + "（支持 " + String.join("、", ImageFormat.mimeTypes()) + "）",
                        "image format not offered: " + f + " (offered: " + String.join(", ", ImageFormat.mimeTypes()) + ")");
            }
        }
        int width = size(r, "WIDTH", config.limits().maxWidth());
        int height = size(r, "HEIGHT", config.limits().maxHeight());
        boolean transparent = bool(r, "TRANSPARENT");
        Color bg = color(r.param("BGCOLOR"));
        return new MapRequest.Frame(format, width, height, transparent, bg);
    }

    private static int size(OgcRequest r, String name, int max) {
        String v = r.param(name);
        if (v == null || v.isBlank()) throw WmsException.missing(name);
        long n;
        try {
            n = Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw WmsException.invalid(name, name + " 应为正整数：" + v, name + " must be a positive integer: " + v);
        }
        if (n <= 0 || n > max) {
            throw WmsException.invalid(name, name + " 应在 1 到 " + max + " 像素之间：" + v, name + " must be between 1 and " + max + " pixels: " + v);
        }
        return (int) n;
    }

    private static boolean bool(OgcRequest r, String name) {
        String v = r.param(name);
        if (v == null || v.isBlank()) return false;
        return switch (v.trim().toUpperCase(Locale.ROOT)) {
            case "TRUE", "1" -> true;
            case "FALSE", "0" -> false;
            default -> throw WmsException.invalid(name, name + " 应为 TRUE 或 FALSE：" + v, name + " must be TRUE or FALSE: " + v);
        };
    }

    /** BGCOLOR {@code 0xRRGGBB} (also {@code #RRGGBB}); white when absent. */
    static Color color(String v) {
        if (v == null || v.isBlank()) return Color.WHITE;
        String t = v.trim();
        String hex = t.regionMatches(true, 0, "0x", 0, 2) ? t.substring(2) : t.startsWith("#") ? t.substring(1) : null;
        if (hex == null || !hex.matches("[0-9A-Fa-f]{6}")) {
            throw WmsException.invalid("BGCOLOR", "BGCOLOR 应为 0xRRGGBB：" + v, "BGCOLOR must be 0xRRGGBB: " + v);
        }
        return new Color(Integer.parseInt(hex, 16));
    }

    /** The rest of the map request; see the class comment. */
    MapRequest read(OgcRequest r, WmsVersion version, MapRequest.Frame frame) {
        LayerCatalog current = config.versions().current();
        LayerCatalog selected = selectVersion(r, current);
        List<MapRequest.Layer> layers = layers(r, current, selected);
        String crsName = r.param(version.crsParam);
        if (crsName == null || crsName.isBlank()) {
            // a 1.1.1 client talking to 1.3.0 (or the reverse) still names its CRS: accept the other spelling
            crsName = r.param(version == WmsVersion.V1_3_0 ? "SRS" : "CRS");
        }
        if (crsName == null || crsName.isBlank()) throw WmsException.missing(version.crsParam);
        MapCrs crs = MapCrs.resolve(crsName, version, config.crs());
        Envelope bbox = bbox(r.param("BBOX"), crs);
        return new MapRequest(version, layers, crs, bbox, frame);
    }

    private LayerCatalog selectVersion(OgcRequest r, LayerCatalog current) {
        String date = r.param("DATE");
        if (date == null || date.isBlank()) return current;
        DateTimeInterval when;
        try {
            when = DateTimeInterval.parse(date);
        } catch (IllegalArgumentException e) {
            throw new WmsException(WmsException.INVALID, "DATE", e.getMessage(), 400);
        }
        return config.versions().select(when); // null: no version in force then, nothing is drawn
    }

    private List<MapRequest.Layer> layers(OgcRequest r, LayerCatalog current, LayerCatalog selected) {
        String sldBody = r.param("SLD_BODY");
        if (r.param("SLD") != null && !r.param("SLD").isBlank()) {
            throw WmsException.of(WmsException.NOT_SUPPORTED, "SLD", "不支持远程样式 SLD（URL），请使用 SLD_BODY",
                    "remote SLD (a URL) is not supported; send the style in SLD_BODY");
        }
        StyledLayerDescriptor sld = sldBody == null || sldBody.isBlank() ? null : parseSld(sldBody);
        List<String> names = split(r.param("LAYERS"));
        if (names.stream().allMatch(String::isBlank)) names.clear();
        if (names.isEmpty() && sld != null) {
            for (StyledLayer l : sld.layers()) names.add(l.name() == null ? "" : l.name());
        }
        if (names.isEmpty()) throw WmsException.missing("LAYERS");
        List<String> styleNames = split(r.param("STYLES"));
        boolean allDefault = styleNames.stream().allMatch(String::isBlank);
        if (!allDefault && styleNames.size() != names.size()) {
            throw WmsException.of(WmsException.STYLE_NOT_DEFINED, "STYLES", "STYLES 的个数（" + styleNames.size() + "）与 LAYERS 的个数（" + names.size() + "）不符",
                    "STYLES has " + styleNames.size() + " entries for " + names.size() + " LAYERS");
        }
        List<String> cql = cqlFilters(r.param("CQL_FILTER"), names.size());
        List<MapRequest.Layer> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String styleName = allDefault ? "" : styleNames.get(i);
            Style sldStyle = sld == null ? null : sldStyle(sld, name);
            LayerGroup group = group(name);
            List<LayerInfo> members = new ArrayList<>();
            if (group != null) {
                if (!styleName.isBlank()) {
                    throw WmsException.of(WmsException.STYLE_NOT_DEFINED, "STYLES", "图层组 " + group.name() + " 只有默认样式",
                            "layer group " + group.name() + " has only its default style");
                }
                for (String m : group.members()) if (current.get(m) != null) members.add(current.get(m));
            } else {
                LayerInfo info = current.get(name);
                if (info == null) {
                    throw WmsException.of(WmsException.LAYER_NOT_DEFINED, "LAYERS", "未定义的图层 " + name, "layer not defined: " + name);
                }
                members.add(info);
            }
            for (LayerInfo info : members) {
                Style style = sldStyle != null ? sldStyle : styles.resolve(info, styleName);
                Filter filter = cql.get(i) == null ? Filter.INCLUDE : cql(info, cql.get(i));
                LayerInfo now = selected == null ? null : selected.get(info.name());
                FeatureSource source = now == null ? null : now.source();
                out.add(new MapRequest.Layer(info, source, style, filter));
            }
        }
        if (out.size() > config.limits().layerLimit()) {
            throw WmsException.invalid("LAYERS", "一次最多请求 " + config.limits().layerLimit() + " 个图层（含图层组成员），请求了 " + out.size() + " 个",
                    "at most " + config.limits().layerLimit() + " layers (group members included) per request, " + out.size() + " asked for");
        }
        return out;
    }

    private LayerGroup group(String name) {
        String n = name.trim();
        if (n.startsWith(LayerCatalog.PREFIX + ":")) n = n.substring(LayerCatalog.PREFIX.length() + 1);
        for (LayerGroup g : config.groups()) if (g.name().equals(n)) return g;
        return null;
    }

    private StyledLayerDescriptor parseSld(String body) {
        if (body.length() > config.limits().maxSldBodyChars()) {
            throw WmsException.invalid("SLD_BODY", "SLD_BODY 超过 " + config.limits().maxSldBodyChars() + " 个字符",
                    "SLD_BODY is longer than " + config.limits().maxSldBodyChars() + " characters");
        }
        StyledLayerDescriptor sld;
        try {
            sld = new SldParser().parse(body);
        } catch (XmlParseException e) {
            String at = e.line() > 0 ? "（第 " + e.line() + " 行）" : "";
            throw WmsException.invalid("SLD_BODY", "SLD_BODY 无法解析" + at + "：" + e.messageZh(),
                    "SLD_BODY cannot be parsed" + (e.line() > 0 ? " (line " + e.line() + ")" : "") + ": " + e.messageEn());
        }
        for (StyledLayer l : sld.layers()) {
            if (l.userLayer()) {
                throw WmsException.of(WmsException.NOT_SUPPORTED, "SLD_BODY", "不支持 UserLayer（内嵌要素），请使用 NamedLayer",
                        "UserLayer (inline features) is not supported; use NamedLayer");
            }
        }
        return sld;
    }

    /** The style an SLD gives a layer: its default user style, else its first named style from the library; null if none. */
    private Style sldStyle(StyledLayerDescriptor sld, String layerName) {
        for (StyledLayer l : sld.layers()) {
            if (l.name() == null || !sameLayer(l.name(), layerName)) continue;
            Style def = null;
            for (Style s : l.styles()) {
                if (def == null || s.isDefault()) def = s;
                if (s.isDefault()) break;
            }
            if (def != null) return def;
            if (!l.namedStyles().isEmpty()) {
                String n = l.namedStyles().get(0);
                return config.styles().find(n).orElseThrow(() -> WmsException.of(WmsException.STYLE_NOT_DEFINED, "SLD_BODY",
                        "SLD 引用了不存在的样式 " + n, "the SLD names an unknown style " + n));
            }
        }
        return null;
    }

    private static boolean sameLayer(String a, String b) { return local(a).equals(local(b)); }

    private static String local(String n) {
        String t = n.trim();
        return t.startsWith(LayerCatalog.PREFIX + ":") ? t.substring(LayerCatalog.PREFIX.length() + 1) : t;
    }

    private List<String> cqlFilters(String value, int layers) {
        List<String> out = new ArrayList<>();
        if (value == null || value.isBlank()) {
            for (int i = 0; i < layers; i++) out.add(null);
            return out;
        }
        if (config.cqlParser() == null) {
            throw WmsException.of(WmsException.NOT_SUPPORTED, "CQL_FILTER", "本服务未启用 CQL_FILTER", "CQL_FILTER is not enabled on this service");
        }
        List<String> parts = splitCql(value);
        if (parts.size() == 1) {
            for (int i = 0; i < layers; i++) out.add(parts.get(0));
        } else if (parts.size() == layers) {
            for (String p : parts) out.add(p.isBlank() || p.trim().equalsIgnoreCase("INCLUDE") ? null : p);
        } else {
            throw WmsException.invalid("CQL_FILTER", "CQL_FILTER 应为一个过滤条件，或每个图层一个（以 ; 分隔）",
                    "CQL_FILTER must be one filter, or one per layer separated by ';'");
        }
        return out;
    }

    /** Splits on ';' outside single-quoted strings. */
    private static List<String> splitCql(String v) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\'') quoted = !quoted;
            if (c == ';' && !quoted) {
                out.add(sb.toString());
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        out.add(sb.toString());
        return out;
    }

    private Filter cql(LayerInfo layer, String text) {
        try {
            return config.cqlParser().parse(layer.source().type(), text);
        } catch (IllegalArgumentException e) {
            throw new WmsException(WmsException.INVALID, "CQL_FILTER", "图层 " + layer.name() + " 的 CQL_FILTER 无效：" + e.getMessage()
                    + " / invalid CQL_FILTER for layer " + layer.name(), 400);
        }
    }

    /** BBOX {@code a,b,c,d} in the CRS's request axis order, as an x-east envelope. */
    private static Envelope bbox(String v, MapCrs crs) {
        if (v == null || v.isBlank()) throw WmsException.missing("BBOX");
        String[] p = v.split(",");
        if (p.length != 4) {
            throw WmsException.invalid("BBOX", "BBOX 应为 4 个数：minx,miny,maxx,maxy", "BBOX must be four numbers minx,miny,maxx,maxy: " + v);
        }
        double[] d = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                d[i] = Double.parseDouble(p[i].trim());
            } catch (NumberFormatException e) {
                d[i] = Double.NaN;
            }
            if (!Double.isFinite(d[i])) throw WmsException.invalid("BBOX", "BBOX 含有非数字：" + v, "BBOX holds a non-number: " + v);
        }
        if (d[0] >= d[2] || d[1] >= d[3]) {
            throw WmsException.invalid("BBOX", "BBOX 的最小值必须小于最大值：" + v, "BBOX minimum must be less than maximum: " + v);
        }
        return crs.envelope(d[0], d[1], d[2], d[3]);
    }

    /** Comma-separated values, keeping empty entries ("a,,b" → a, "", b); empty list for null. */
    static List<String> split(String v) {
        List<String> out = new ArrayList<>();
        if (v == null) return out;
        if (v.isEmpty()) {
            out.add("");
            return out;
        }
        for (String s : v.split(",", -1)) out.add(s.trim());
        return out;
    }
}
