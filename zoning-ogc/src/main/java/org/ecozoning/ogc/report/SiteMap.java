package org.ecozoning.ogc.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import javax.imageio.ImageIO;
import org.ecozoning.feature.AttributeDescriptor;
import org.ecozoning.feature.AttributeType;
import org.ecozoning.feature.Feature;
import org.ecozoning.feature.FeatureSource;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.feature.MemoryFeatureSource;
import org.ecozoning.ogc.common.SchemeLayers;
import org.ecozoning.render.MapContext;
import org.ecozoning.render.MapLayer;
import org.ecozoning.render.MapRenderer;
import org.ecozoning.render.sld.SldParser;
import org.ecozoning.render.sld.Style;
import org.ecozoning.scheme.Scheme;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Draws the report map with the project's own renderer: the control units around the site in the
 * published control-unit style, and the site outline in red on top, as a PNG.
 */
public final class SiteMap {
    private static final FeatureType SITE = new FeatureType("site", "项目范围", "Project site", "geometry", "Geometry",
            List.of(new AttributeDescriptor("name", AttributeType.STRING, "名称")));
    private static final String SITE_SLD = """
            <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc">
              <NamedLayer><Name>site</Name><UserStyle><Name>site</Name><FeatureTypeStyle>
                <Rule><PolygonSymbolizer><Stroke><CssParameter name="stroke">#d7191c</CssParameter>
                  <CssParameter name="stroke-width">3</CssParameter></Stroke></PolygonSymbolizer></Rule>
                <Rule><LineSymbolizer><Stroke><CssParameter name="stroke">#d7191c</CssParameter>
                  <CssParameter name="stroke-width">3</CssParameter></Stroke></LineSymbolizer></Rule>
                <Rule><PointSymbolizer><Graphic><Mark><WellKnownName>circle</WellKnownName><Fill><CssParameter name="fill">#d7191c</CssParameter></Fill></Mark>
                  <Size>12</Size></Graphic></PointSymbolizer></Rule>
              </FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>""";

    private final MapRenderer renderer;
    private final Style unitsStyle;
    private final Style siteStyle;
    private final Map<Scheme, FeatureSource> unitSources = new WeakHashMap<>();

    public SiteMap(MapRenderer renderer, Style unitsStyle) {
        this.renderer = renderer;
        this.unitsStyle = unitsStyle;
        this.siteStyle = new SldParser().parse(SITE_SLD).styles().get(0);
    }

    private synchronized FeatureSource units(Scheme scheme) {
        return unitSources.computeIfAbsent(scheme, s -> SchemeLayers.controlUnits(s.units()).source());
    }

    /** The map as PNG bytes, {@code width} pixels wide, framing the site with a margin. */
    public byte[] png(Scheme scheme, Geometry siteLonLat, int width, int height) {
        Envelope e = new Envelope(siteLonLat.getEnvelopeInternal());
        double pad = Math.max(Math.max(e.getWidth(), e.getHeight()) * 0.6, 0.01);
        e.expandBy(pad);
        // keep the aspect of the image (degrees of longitude shrink with latitude)
        double cos = Math.cos(Math.toRadians(e.centre().y));
        double wantW = e.getHeight() * width / (double) height / cos;
        if (wantW > e.getWidth()) e.expandBy((wantW - e.getWidth()) / 2, 0);
        else e.expandBy(0, (e.getWidth() * cos * height / width - e.getHeight()) / 2);
        MemoryFeatureSource site = new MemoryFeatureSource(SITE, List.of(new Feature(SITE, "site", new Object[] {"site"}, siteLonLat)));
        MapContext ctx = MapContext.geographic(e, width, height).layer(new MapLayer(units(scheme), unitsStyle))
                .layer(new MapLayer(site, siteStyle)).build();
        BufferedImage img = renderer.render(ctx);
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", bos);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bos.toByteArray();
    }
}
