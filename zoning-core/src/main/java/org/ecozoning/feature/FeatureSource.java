package org.ecozoning.feature;

import org.locationtech.jts.geom.Envelope;

/**
 * A readable layer: the one interface between protocol adapters (WMS, WFS, OGC API) and storage
 * (memory, embedded database, PostGIS). Geometries are in EPSG:4490, longitude first.
 */
public interface FeatureSource {
    FeatureType type();

    /** Bounding box of all features (lon/lat). */
    Envelope bounds();

    /** Number of features the query matches, ignoring its page. */
    long count(Query query);

    /** The features the query matches, in its order and page. The caller closes the cursor. */
    FeatureCursor features(Query query);
}
