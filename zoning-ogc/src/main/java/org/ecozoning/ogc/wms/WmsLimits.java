package org.ecozoning.ogc.wms;

import java.time.Duration;
import java.util.Objects;

/**
 * The resource limits of the WMS, advertised where WMS can say so (LayerLimit, MaxWidth, MaxHeight
 * in 1.3.0 capabilities) and enforced before any image memory is allocated: a request over a
 * limit is answered with a ServiceException.
 *
 * @param maxWidth largest WIDTH of GetMap/GetFeatureInfo
 * @param maxHeight largest HEIGHT
 * @param layerLimit most layers in one GetMap (after expanding groups)
 * @param renderTimeout longest time a map may take to draw; slower maps are abandoned with a ServiceException
 * @param maxFeatureCount largest FEATURE_COUNT honoured by GetFeatureInfo (larger values are capped)
 * @param maxSldBodyChars longest SLD_BODY accepted
 */
public record WmsLimits(int maxWidth, int maxHeight, int layerLimit, Duration renderTimeout, int maxFeatureCount,
        int maxSldBodyChars) {
    /** 4096 × 4096 pixels, 20 layers, 30 s per map, 50 features per layer, 512 KiB SLD. */
    public static final WmsLimits DEFAULT = new WmsLimits(4096, 4096, 20, Duration.ofSeconds(30), 50, 512 * 1024);

    public WmsLimits {
        if (maxWidth <= 0 || maxHeight <= 0 || layerLimit <= 0 || maxFeatureCount <= 0 || maxSldBodyChars <= 0) {
            throw new IllegalArgumentException("WMS limits must be positive");
        }
        Objects.requireNonNull(renderTimeout, "renderTimeout");
        if (renderTimeout.isNegative() || renderTimeout.isZero()) throw new IllegalArgumentException("renderTimeout must be positive");
    }

    public WmsLimits withMaxSize(int width, int height) {
        return new WmsLimits(width, height, layerLimit, renderTimeout, maxFeatureCount, maxSldBodyChars);
    }

    public WmsLimits withRenderTimeout(Duration d) {
        return new WmsLimits(maxWidth, maxHeight, layerLimit, d, maxFeatureCount, maxSldBodyChars);
    }

    public WmsLimits withLayerLimit(int n) {
        return new WmsLimits(maxWidth, maxHeight, n, renderTimeout, maxFeatureCount, maxSldBodyChars);
    }
}
