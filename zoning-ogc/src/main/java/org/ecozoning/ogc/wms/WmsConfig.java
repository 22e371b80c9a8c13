package org.ecozoning.ogc.wms;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ecozoning.ogc.common.CrsSupport;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.Proj4jCrsSupport;
import org.ecozoning.ogc.common.ServiceMetadata;
import org.ecozoning.ogc.common.VersionSelector;
import org.ecozoning.render.FontCatalog;
import org.ecozoning.render.sld.StyleLibrary;

/**
 * Everything a {@link WmsHandler} needs: the layers (through the scheme-version hook), the SLD
 * styles and fonts to draw them with, service metadata, CRS support, the public path the handler
 * is mounted at (for the URLs in capabilities), resource limits, layer groups, extra styles per
 * layer, the optional CQL_FILTER parser, the optional capabilities update sequence, and whether
 * ServiceExceptions carry HTTP error statuses (true) or 200 as classic WMS servers send (false).
 *
 * @param layerStyles extra style names offered per layer name besides its default style
 */
public record WmsConfig(VersionSelector versions, StyleLibrary styles, FontCatalog fonts, ServiceMetadata metadata,
        CrsSupport crs, String endpointPath, WmsLimits limits, List<LayerGroup> groups, Map<String, List<String>> layerStyles,
        CqlFilterParser cqlParser, String updateSequence, boolean errorStatusCodes) {

    /** The EPSG codes the WMS offers by default (after CRS:84), in capabilities order. */
    public static final List<Integer> DEFAULT_EPSG = List.of(4326, 4490, 3857, 4546, 4547, 4525, 4526);

    public WmsConfig {
        Objects.requireNonNull(versions, "versions");
        Objects.requireNonNull(styles, "styles");
        Objects.requireNonNull(fonts, "fonts");
        metadata = metadata == null ? ServiceMetadata.defaults("wms") : metadata;
        crs = crs == null ? new Proj4jCrsSupport(DEFAULT_EPSG) : crs;
        endpointPath = endpointPath == null || endpointPath.isEmpty() ? "/wms"
                : (endpointPath.startsWith("/") ? endpointPath : "/" + endpointPath);
        limits = limits == null ? WmsLimits.DEFAULT : limits;
        groups = groups == null ? List.of() : List.copyOf(groups);
        layerStyles = layerStyles == null ? Map.of() : Map.copyOf(layerStyles);
    }

    /**
     * A configuration with defaults: one catalog for all times, built-in metadata, CRS:84 plus
     * {@link #DEFAULT_EPSG}, mounted at {@code /wms}, {@link WmsLimits#DEFAULT}, the element zones
     * grouped, no CQL_FILTER, HTTP error statuses on.
     */
    public static WmsConfig of(LayerCatalog catalog, StyleLibrary styles, FontCatalog fonts) {
        return of(VersionSelector.single(catalog), styles, fonts);
    }

    /** Like {@link #of(LayerCatalog, StyleLibrary, FontCatalog)} over stored scheme versions. */
    public static WmsConfig of(VersionSelector versions, StyleLibrary styles, FontCatalog fonts) {
        return new WmsConfig(versions, styles, fonts, null, null, "/wms", null, List.of(LayerGroup.ELEMENT_ZONES), null, null,
                null, true);
    }

    public WmsConfig withMetadata(ServiceMetadata m) {
        return new WmsConfig(versions, styles, fonts, m, crs, endpointPath, limits, groups, layerStyles, cqlParser, updateSequence, errorStatusCodes);
    }

    /** CRS support; the codes it offers (plus CRS:84) are the CRSs advertised and accepted. */
    public WmsConfig withCrs(CrsSupport c) {
        return new WmsConfig(versions, styles, fonts, metadata, c, endpointPath, limits, groups, layerStyles, cqlParser, updateSequence, errorStatusCodes);
    }

    public WmsConfig withEndpointPath(String p) {
        return new WmsConfig(versions, styles, fonts, metadata, crs, p, limits, groups, layerStyles, cqlParser, updateSequence, errorStatusCodes);
    }

    public WmsConfig withLimits(WmsLimits l) {
        return new WmsConfig(versions, styles, fonts, metadata, crs, endpointPath, l, groups, layerStyles, cqlParser, updateSequence, errorStatusCodes);
    }

    public WmsConfig withGroups(List<LayerGroup> g) {
        return new WmsConfig(versions, styles, fonts, metadata, crs, endpointPath, limits, g, layerStyles, cqlParser, updateSequence, errorStatusCodes);
    }

    public WmsConfig withLayerStyles(Map<String, List<String>> s) {
        return new WmsConfig(versions, styles, fonts, metadata, crs, endpointPath, limits, groups, s, cqlParser, updateSequence, errorStatusCodes);
    }

    public WmsConfig withCqlParser(CqlFilterParser p) {
        return new WmsConfig(versions, styles, fonts, metadata, crs, endpointPath, limits, groups, layerStyles, p, updateSequence, errorStatusCodes);
    }

    /** The capabilities {@code updateSequence} (e.g. the scheme version's publication time), null for none. */
    public WmsConfig withUpdateSequence(String u) {
        return new WmsConfig(versions, styles, fonts, metadata, crs, endpointPath, limits, groups, layerStyles, cqlParser, u, errorStatusCodes);
    }

    /** false: answer ServiceExceptions with HTTP 200, as MapServer and GeoServer do by default. */
    public WmsConfig withErrorStatusCodes(boolean on) {
        return new WmsConfig(versions, styles, fonts, metadata, crs, endpointPath, limits, groups, layerStyles, cqlParser, updateSequence, on);
    }
}
