package org.ecozoning.tracking.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ecozoning.referencing.CrsRegistry;
import org.ecozoning.referencing.CrsTransformer;
import org.ecozoning.referencing.GaussKruger;
import org.ecozoning.scheme.County;
import org.ecozoning.scheme.GkLayer;
import org.ecozoning.scheme.IndexedUnit;
import org.ecozoning.scheme.IndexedZone;
import org.ecozoning.scheme.Scheme;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Attributes stations to the scheme spatially: county and city from the scheme's county
 * boundaries, control units and element zones from the scheme's pre-projected Gauss-Krüger indexes
 * ({@link GkLayer}). A station in no county lies outside the province. Thread-safe.
 */
public final class StationLocator {
    private static final GeometryFactory GF = new GeometryFactory();

    private record CountyEntry(County county, PreparedGeometry prepared) { }

    private final Scheme scheme;
    private final STRtree counties = new STRtree();
    private final boolean hasCounties;
    private final ConcurrentHashMap<Integer, CrsTransformer> transformers = new ConcurrentHashMap<>();

    public StationLocator(Scheme scheme) {
        this.scheme = scheme;
        for (County c : scheme.counties()) counties.insert(c.geometry().getEnvelopeInternal(), new CountyEntry(c, PreparedGeometryFactory.prepare(c.geometry())));
        this.hasCounties = !scheme.counties().isEmpty();
        counties.build();
    }

    public Scheme scheme() { return scheme; }

    /** Where the point lies, or empty when it is outside every county of the province (or, without counties, every unit). */
    @SuppressWarnings("unchecked")
    public Optional<Place> locate(double lon, double lat) {
        if (!Double.isFinite(lon) || !Double.isFinite(lat)) return Optional.empty();
        Point p = GF.createPoint(new Coordinate(lon, lat));
        County county = null;
        if (hasCounties) {
            for (CountyEntry e : (List<CountyEntry>) counties.query(new Envelope(lon, lon, lat, lat))) {
                if (e.prepared().covers(p)) {
                    county = e.county();
                    break;
                }
            }
            if (county == null) return Optional.empty();
        }
        List<String> units = new ArrayList<>();
        List<String> zones = new ArrayList<>();
        String unitCounty = null;
        String unitCountyName = null;
        String unitCity = null;
        String unitCityName = null;
        if (!scheme.layers().isEmpty()) {
            int cm = GaussKruger.centralMeridian3(lon);
            GkLayer layer = scheme.layerNearest(cm);
            CrsTransformer t = transformers.computeIfAbsent(cm, k -> CrsTransformer.of(CrsRegistry.CGCS2000, layer.crs()));
            double[] xy = t.transform(lon, lat);
            Point q = GF.createPoint(new Coordinate(xy[0], xy[1]));
            Envelope e = new Envelope(xy[0], xy[0], xy[1], xy[1]);
            for (IndexedUnit u : layer.unitCandidates(e)) {
                if (u.prepared().covers(q)) {
                    units.add(u.unit().code().value());
                    if (unitCounty == null) {
                        unitCounty = u.unit().countyCode();
                        unitCountyName = u.unit().countyName();
                        unitCity = u.unit().cityCode();
                        unitCityName = u.unit().cityName();
                    }
                }
            }
            for (IndexedZone z : layer.zoneCandidates(e)) if (z.prepared().covers(q)) zones.add(z.zone().id());
        }
        units.sort(null);
        zones.sort(null);
        if (county != null) {
            return Optional.of(new Place(county.adcode(), county.name(), county.cityCode(), county.cityName(), units, zones));
        }
        if (units.isEmpty()) return Optional.empty();
        return Optional.of(new Place(unitCounty, unitCountyName, unitCity, unitCityName, units, zones));
    }
}
