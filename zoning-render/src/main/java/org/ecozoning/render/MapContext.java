package org.ecozoning.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;

/**
 * Everything a {@link MapRenderer} needs for one image: layers bottom to top, the map extent in the
 * target CRS (x east, y north — a WMS 1.3.0 lat/lon BBOX must be swapped by the caller), the image
 * size, the lon/lat→map mapper, the same extent in lon/lat (to query sources), the background
 * (null = transparent) and the size of a map unit in metres (for the scale denominator).
 */
public record MapContext(List<MapLayer> layers, Envelope bbox, int width, int height, CoordinateMapper mapper,
        Envelope lonLatBbox, Color background, double metresPerUnit) {

    /** OGC standardised rendering pixel size (SLD/SE, WMS 1.3.0): 0.28 mm. */
    public static final double PIXEL_SIZE_METRES = 0.00028;

    /** Metres per degree used by OGC (and GeoServer) for geographic CRSs: 2π·6378137/360. */
    public static final double METRES_PER_DEGREE = 2 * Math.PI * 6378137 / 360;

    public MapContext {
        layers = List.copyOf(layers);
        Objects.requireNonNull(bbox, "bbox");
        Objects.requireNonNull(mapper, "mapper");
        Objects.requireNonNull(lonLatBbox, "lonLatBbox");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("图像宽高必须为正 / width and height must be positive: " + width + "x" + height);
        }
        if (bbox.isNull() || bbox.getWidth() <= 0 || bbox.getHeight() <= 0) {
            throw new IllegalArgumentException("地图范围为空或退化 / the map extent is empty or degenerate: " + bbox);
        }
        if (!(metresPerUnit > 0)) throw new IllegalArgumentException("metresPerUnit must be positive");
    }

    /** The OGC scale denominator: ground width of a pixel over 0.28 mm. */
    public double scaleDenominator() {
        return bbox.getWidth() * metresPerUnit / width / PIXEL_SIZE_METRES;
    }

    /** A builder for a map in lon/lat degrees (EPSG:4490/4326/CRS84): identity mapper. */
    public static Builder geographic(Envelope lonLatBbox, int width, int height) {
        return new Builder(lonLatBbox, width, height).mapper(CoordinateMapper.IDENTITY).lonLatBbox(lonLatBbox)
                .metresPerUnit(METRES_PER_DEGREE);
    }

    /**
     * A builder for a map in a projected CRS with metre units; set the mapper and either the lon/lat
     * extent or an inverse mapper.
     */
    public static Builder projected(Envelope bbox, int width, int height) {
        return new Builder(bbox, width, height).metresPerUnit(1);
    }

    /** Assembles a {@link MapContext}. */
    public static final class Builder {
        private final Envelope bbox;
        private final int width;
        private final int height;
        private final List<MapLayer> layers = new ArrayList<>();
        private CoordinateMapper mapper;
        private CoordinateMapper inverse;
        private Envelope lonLatBbox;
        private Color background = Color.WHITE;
        private double metresPerUnit = 1;

        private Builder(Envelope bbox, int width, int height) {
            this.bbox = new Envelope(bbox);
            this.width = width;
            this.height = height;
        }

        public Builder layer(MapLayer layer) {
            layers.add(layer);
            return this;
        }

        public Builder layers(List<MapLayer> all) {
            layers.addAll(all);
            return this;
        }

        /** The lon/lat → map CRS mapper. */
        public Builder mapper(CoordinateMapper m) {
            this.mapper = m;
            return this;
        }

        /** The map CRS → lon/lat mapper, used to derive the lon/lat extent when none is given. */
        public Builder inverseMapper(CoordinateMapper m) {
            this.inverse = m;
            return this;
        }

        public Builder lonLatBbox(Envelope e) {
            this.lonLatBbox = e == null ? null : new Envelope(e);
            return this;
        }

        /** The background colour, or null for a transparent image. White by default. */
        public Builder background(Color c) {
            this.background = c;
            return this;
        }

        public Builder transparent() {
            return background(null);
        }

        /** Size of one map unit in metres: 1 for metre CRSs, {@link #METRES_PER_DEGREE} for degrees. */
        public Builder metresPerUnit(double m) {
            this.metresPerUnit = m;
            return this;
        }

        public MapContext build() {
            CoordinateMapper m = mapper == null ? CoordinateMapper.IDENTITY : mapper;
            Envelope ll = lonLatBbox;
            if (ll == null) {
                if (m.isIdentity()) ll = bbox;
                else if (inverse != null) ll = inverseEnvelope(inverse, bbox);
                else throw new IllegalStateException("need lonLatBbox or inverseMapper for a non-identity mapper");
            }
            return new MapContext(layers, bbox, width, height, m, ll, background, metresPerUnit);
        }

        /** The lon/lat envelope of the map extent: its border sampled at 16 points a side, mapped back. */
        private static Envelope inverseEnvelope(CoordinateMapper inv, Envelope e) {
            int n = 16;
            double[] xy = new double[8 * n];
            int k = 0;
            for (int i = 0; i < n; i++) {
                double t = (double) i / n;
                double x = e.getMinX() + t * e.getWidth(), y = e.getMinY() + t * e.getHeight();
                xy[k++] = x; xy[k++] = e.getMinY();
                xy[k++] = e.getMaxX(); xy[k++] = y;
                xy[k++] = e.getMaxX() - t * e.getWidth(); xy[k++] = e.getMaxY();
                xy[k++] = e.getMinX(); xy[k++] = e.getMaxY() - t * e.getHeight();
            }
            inv.map(xy, 4 * n);
            Envelope out = new Envelope();
            for (int i = 0; i < 4 * n; i++) {
                if (Double.isFinite(xy[2 * i]) && Double.isFinite(xy[2 * i + 1])) out.expandToInclude(xy[2 * i], xy[2 * i + 1]);
            }
            return out;
        }
    }
}
