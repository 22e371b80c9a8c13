package org.ecozoning.ogc.wms;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ecozoning.ogc.common.LayerInfo;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.render.LegendOptions;
import org.ecozoning.render.LegendRenderer;
import org.ecozoning.render.sld.FeatureTypeStyle;
import org.ecozoning.render.sld.Rule;
import org.ecozoning.render.sld.Style;

/**
 * GetLegendGraphic (SLD 1.1 / WMS vendor operation): the legend of a layer's style — one row per
 * rule with its swatch and Chinese title — as PNG, 8-bit PNG or JPEG. LAYER (required), STYLE
 * (default: the layer's default style), FORMAT (default image/png), WIDTH/HEIGHT (swatch size,
 * default 20×20), SCALE (only the rules active at that scale denominator), RULE (only that rule),
 * TRANSPARENT (vendor: transparent background). Also reports legend sizes for the LegendURLs of
 * the capabilities, computed once per style.
 */
final class LegendOperation {
    static final int MAX_SWATCH = 512;

    private final WmsConfig config;
    private final LayerStyles styles;
    private final LegendRenderer renderer;
    private final Map<String, int[]> sizes = new ConcurrentHashMap<>();

    LegendOperation(WmsConfig config, LayerStyles styles, LegendRenderer renderer) {
        this.config = config;
        this.styles = styles;
        this.renderer = renderer;
    }

    /** The default legend's size for a layer's style (cached). */
    int[] size(LayerInfo layer, String style) {
        return sizes.computeIfAbsent(layer.name() + "\u0000" + style, k -> {
            BufferedImage img = renderer.render(styles.resolve(layer, style), LegendOptions.DEFAULT);
            return new int[] {img.getWidth(), img.getHeight()};
        });
    }

    OgcResponse execute(OgcRequest r) {
        String layerName = r.param("LAYER");
        if (layerName == null || layerName.isBlank()) throw WmsException.missing("LAYER");
        LayerInfo layer = config.versions().current().get(layerName);
        if (layer == null) {
            boolean group = config.groups().stream().anyMatch(g -> g.name().equals(layerName.replaceFirst("^zoning:", "")));
            if (group) {
                throw WmsException.invalid("LAYER", "图层组 " + layerName + " 没有单独的图例，请分别请求其成员图层",
                        "layer group " + layerName + " has no legend of its own; ask for its member layers");
            }
            throw WmsException.of(WmsException.LAYER_NOT_DEFINED, "LAYER", "未定义的图层 " + layerName, "layer not defined: " + layerName);
        }
        String f = r.param("FORMAT", "image/png");
        ImageFormat format = ImageFormat.of(f);
        if (format == null) {
            throw WmsException.of(WmsException.INVALID_FORMAT, "FORMAT", "不支持的图例格式 " + f, "legend format not offered: " + f);
        }
        String styleName = r.param("STYLE", "");
        Style style = styles.resolve(layer, styleName);
        String ruleName = r.param("RULE");
        if (ruleName != null && !ruleName.isBlank()) style = onlyRule(style, ruleName.trim());
        LegendOptions o = LegendOptions.DEFAULT.withSize(swatch(r, "WIDTH"), swatch(r, "HEIGHT"));
        String scale = r.param("SCALE");
        if (scale != null && !scale.isBlank()) {
            double s;
            try {
                s = Double.parseDouble(scale.trim());
            } catch (NumberFormatException e) {
                s = Double.NaN;
            }
            if (!(s > 0) || Double.isInfinite(s)) {
                throw WmsException.invalid("SCALE", "SCALE 应为正数（比例尺分母）：" + scale, "SCALE must be a positive scale denominator: " + scale);
            }
            o = o.withScale(s);
        }
        boolean transparent = "TRUE".equalsIgnoreCase(r.param("TRANSPARENT", "FALSE").trim()) && format.alpha;
        java.awt.Color bg = MapRequestReader.color(r.param("BGCOLOR"));
        o = o.withBackground(transparent ? null : bg);
        BufferedImage img = renderer.render(style, o);
        return OgcResponse.stream(format.mime, out -> ImageEncoder.encode(img, format, bg, out));
    }

    private static int swatch(OgcRequest r, String name) {
        String v = r.param(name);
        if (v == null || v.isBlank()) return 20;
        try {
            int n = Integer.parseInt(v.trim());
            if (n >= 1 && n <= MAX_SWATCH) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw WmsException.invalid(name, name + " 应为 1 到 " + MAX_SWATCH + " 之间的整数：" + v,
                name + " must be an integer from 1 to " + MAX_SWATCH + ": " + v);
    }

    /** The style reduced to one rule, found by name (else by title). */
    private static Style onlyRule(Style style, String rule) {
        for (Rule r : style.rules()) {
            if (rule.equals(r.name()) || rule.equals(r.title())) {
                return new Style(style.name(), style.title(), style.abstractText(), style.isDefault(), List.of(new FeatureTypeStyle(null, List.of(r))));
            }
        }
        throw WmsException.invalid("RULE", "样式 " + style.name() + " 中没有规则 " + rule, "style " + style.name() + " has no rule " + rule);
    }
}
