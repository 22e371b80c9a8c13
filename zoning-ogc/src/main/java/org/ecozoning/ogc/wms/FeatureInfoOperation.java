package org.ecozoning.ogc.wms;

import java.util.ArrayList;
import java.util.List;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;

/**
 * GetFeatureInfo: the map part as for GetMap (FORMAT not needed), then QUERY_LAYERS (each must be
 * among LAYERS, else LayerNotDefined), INFO_FORMAT (default text/html; unknown is InvalidFormat),
 * the pixel (I/J in 1.3.0, X/Y in 1.1.1; outside the image is InvalidPoint) and FEATURE_COUNT
 * (default 1, per layer, capped by the limits). Errors are always XML.
 */
final class FeatureInfoOperation {
    private final WmsConfig config;
    private final MapRequestReader reader;
    private final FeatureInfoQuery query;
    private final FeatureInfoWriter writer;

    FeatureInfoOperation(WmsConfig config, MapRequestReader reader) {
        this.config = config;
        this.reader = reader;
        this.query = new FeatureInfoQuery(config.crs());
        this.writer = new FeatureInfoWriter(config.crs());
    }

    OgcResponse execute(OgcRequest r, WmsVersion version) {
        MapRequest.Frame frame = reader.frame(r, false);
        MapRequest map = reader.read(r, version, frame);
        List<MapRequest.Layer> queried = queryLayers(r, map);
        String f = r.param("INFO_FORMAT", "text/html");
        InfoFormat format = InfoFormat.of(f);
        if (format == null) {
            throw WmsException.of(WmsException.INVALID_FORMAT, "INFO_FORMAT", "不支持的信息格式 " + f + "（支持 " + String.join("、", InfoFormat.mimeTypes()) + "）",
                    "info format not offered: " + f + " (offered: " + String.join(", ", InfoFormat.mimeTypes()) + ")");
        }
        int i = pixel(r, version.iParam, version == WmsVersion.V1_3_0 ? "X" : "I", frame.width());
        int j = pixel(r, version.jParam, version == WmsVersion.V1_3_0 ? "Y" : "J", frame.height());
        int count = featureCount(r.param("FEATURE_COUNT"));
        List<FeatureInfoQuery.Hits> hits = query.query(map, queried, i, j, count);
        return OgcResponse.stream(format.contentType, out -> writer.write(format, hits, map.crs().crs(), out));
    }

    private List<MapRequest.Layer> queryLayers(OgcRequest r, MapRequest map) {
        List<String> names = MapRequestReader.split(r.param("QUERY_LAYERS"));
        names.removeIf(String::isBlank);
        if (names.isEmpty()) throw WmsException.missing("QUERY_LAYERS");
        List<MapRequest.Layer> out = new ArrayList<>();
        for (String n : names) {
            String local = n.startsWith(LayerCatalog.PREFIX + ":") ? n.substring(LayerCatalog.PREFIX.length() + 1) : n;
            List<String> wanted = new ArrayList<>();
            LayerGroup group = config.groups().stream().filter(g -> g.name().equals(local)).findFirst().orElse(null);
            if (group != null) wanted.addAll(group.members());
            else wanted.add(local);
            boolean found = false;
            for (MapRequest.Layer l : map.layers()) {
                if (wanted.contains(l.info().name()) && !out.contains(l)) {
                    out.add(l);
                    found = true;
                }
            }
            if (!found) {
                throw WmsException.of(WmsException.LAYER_NOT_DEFINED, "QUERY_LAYERS", "查询图层 " + n + " 不在 LAYERS 中",
                        "query layer " + n + " is not among LAYERS");
            }
        }
        return out;
    }

    private static int pixel(OgcRequest r, String name, String otherName, int size) {
        String v = r.param(name);
        if (v == null || v.isBlank()) v = r.param(otherName);
        if (v == null || v.isBlank()) throw WmsException.missing(name);
        int p;
        try {
            p = Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw WmsException.of(WmsException.INVALID_POINT, name, name + " 应为整数像素坐标：" + v, name + " must be an integer pixel position: " + v);
        }
        if (p < 0 || p >= size) {
            throw WmsException.of(WmsException.INVALID_POINT, name, name + "=" + p + " 不在图像内（0 到 " + (size - 1) + "）",
                    name + "=" + p + " is outside the image (0 to " + (size - 1) + ")");
        }
        return p;
    }

    private int featureCount(String v) {
        if (v == null || v.isBlank()) return 1;
        int n;
        try {
            n = Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n <= 0) throw WmsException.invalid("FEATURE_COUNT", "FEATURE_COUNT 应为正整数：" + v, "FEATURE_COUNT must be a positive integer: " + v);
        return Math.min(n, config.limits().maxFeatureCount());
    }
}
