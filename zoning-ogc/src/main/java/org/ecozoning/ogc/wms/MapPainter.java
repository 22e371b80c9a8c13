package org.ecozoning.ogc.wms;

import java.awt.image.BufferedImage;
import org.ecozoning.ogc.common.CoordinateArrayTransform;
import org.ecozoning.ogc.common.CrsSupport;
import org.ecozoning.render.MapContext;
import org.ecozoning.render.MapLayer;
import org.ecozoning.render.MapRenderer;

/**
 * Draws a checked {@link MapRequest} with the shared {@link MapRenderer}: builds the
 * {@link MapContext} (identity mapping for lon/lat CRSs, the array transforms of the CRS support
 * otherwise, lon/lat query extent from the inverse transform) and guards it with the render-time
 * {@link Deadline}. Layers the selected scheme version does not have are skipped.
 */
final class MapPainter {
    private final MapRenderer renderer;
    private final CrsSupport crs;

    MapPainter(MapRenderer renderer, CrsSupport crs) {
        this.renderer = renderer;
        this.crs = crs;
    }

    /**
     * @throws Deadline.Expired when the map takes longer than the deadline allows
     */
    BufferedImage paint(MapRequest req, Deadline deadline) {
        return renderer.render(context(req, deadline));
    }

    MapContext context(MapRequest req, Deadline deadline) {
        MapRequest.Frame f = req.frame();
        MapContext.Builder b;
        if (req.crs().geographic()) {
            b = MapContext.geographic(req.bbox(), f.width(), f.height());
        } else {
            CoordinateArrayTransform forward = req.crs().forward(crs);
            CoordinateArrayTransform inverse = req.crs().inverse(crs);
            b = MapContext.projected(req.bbox(), f.width(), f.height()).mapper(deadline.mapper(forward))
                    .inverseMapper(inverse::apply);
        }
        b.background(f.fill());
        for (MapRequest.Layer l : req.layers()) {
            if (l.source() == null) continue;
            b.layer(new MapLayer(deadline.guard(l.source()), l.style(), l.filter()));
        }
        return b.build();
    }
}
