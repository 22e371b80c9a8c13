package org.ecozoning.ogc.common;

import java.util.List;
import java.util.Objects;
import org.ecozoning.feature.FeatureSource;
import org.locationtech.jts.geom.Envelope;

/**
 * One published layer as every OGC service lists it: the feature source plus the metadata that
 * capabilities documents need (bilingual titles and abstracts, keywords, default style). The
 * qualified name is {@link LayerCatalog#PREFIX}{@code :}{@link #name()}.
 *
 * @param name local name (no prefix), e.g. "control_units"; equals the source's type name
 * @param defaultStyle the name of the style WMS uses when none is asked for
 */
public record LayerInfo(String name, FeatureSource source, String titleZh, String titleEn, String abstractZh,
        String abstractEn, List<String> keywords, String defaultStyle) {
    public LayerInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        if (!name.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
            throw new IllegalArgumentException("layer name must be an XML NCName: " + name);
        }
        titleZh = titleZh == null ? name : titleZh;
        titleEn = titleEn == null ? name : titleEn;
        abstractZh = abstractZh == null ? "" : abstractZh;
        abstractEn = abstractEn == null ? "" : abstractEn;
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        defaultStyle = defaultStyle == null ? name : defaultStyle;
    }

    /** The prefixed name, e.g. "zoning:control_units". */
    public String qualifiedName() { return LayerCatalog.PREFIX + ":" + name; }

    /** Bounding box in the storage CRS (lon/lat, EPSG:4490), straight from the source. */
    public Envelope bbox() { return source.bounds(); }

    /** "中文标题 / English title" for places that take one string. */
    public String title() { return titleZh.equals(titleEn) ? titleZh : titleZh + " / " + titleEn; }
}
