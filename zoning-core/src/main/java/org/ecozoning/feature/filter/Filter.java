package org.ecozoning.feature.filter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ecozoning.feature.Feature;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * The filter model every protocol parses into and every source evaluates: OGC FES 2.0 / 1.1
 * (WFS, SLD) and CQL2 (OGC API – Features) map onto these records; SQL sources translate them by
 * pattern matching over the sealed hierarchy. Geometry literals are in the storage CRS (EPSG:4490,
 * lon/lat); parsers reproject before building a filter.
 *
 * <p>Evaluation follows SQL's three-valued logic so that memory and database sources agree: a
 * predicate over a missing (null) value is <em>unknown</em>, {@code NOT unknown} is unknown, and
 * a feature is selected only when the whole filter is {@code TRUE}. So {@code NOT (a = 1)} does
 * not select features whose {@code a} is null — use {@link IsNull} for those.
 */
public sealed interface Filter {
    /** Three-valued result: TRUE, FALSE, or null for unknown (a null operand somewhere). */
    Boolean evaluate(Feature feature);

    /** Whether the feature is selected: the filter evaluates to TRUE (not FALSE, not unknown). */
    default boolean test(Feature feature) { return Boolean.TRUE.equals(evaluate(feature)); }

    Filter INCLUDE = new Include();
    Filter EXCLUDE = new Exclude();

    /** Matches everything. */
    record Include() implements Filter {
        @Override public Boolean evaluate(Feature f) { return Boolean.TRUE; }
    }

    /** Matches nothing. */
    record Exclude() implements Filter {
        @Override public Boolean evaluate(Feature f) { return Boolean.FALSE; }
    }

    /** Kleene AND: FALSE if any operand is FALSE, else unknown if any is unknown, else TRUE. */
    record And(List<Filter> filters) implements Filter {
        public And { filters = List.copyOf(filters); }
        @Override public Boolean evaluate(Feature f) {
            boolean unknown = false;
            for (Filter x : filters) {
                Boolean r = x.evaluate(f);
                if (r == null) unknown = true;
                else if (!r) return Boolean.FALSE;
            }
            return unknown ? null : Boolean.TRUE;
        }
    }

    /** Kleene OR: TRUE if any operand is TRUE, else unknown if any is unknown, else FALSE. */
    record Or(List<Filter> filters) implements Filter {
        public Or { filters = List.copyOf(filters); }
        @Override public Boolean evaluate(Feature f) {
            boolean unknown = false;
            for (Filter x : filters) {
                Boolean r = x.evaluate(f);
                if (r == null) unknown = true;
                else if (r) return Boolean.TRUE;
            }
            return unknown ? null : Boolean.FALSE;
        }
    }

    /** Negation; NOT unknown stays unknown. */
    record Not(Filter filter) implements Filter {
        @Override public Boolean evaluate(Feature f) {
            Boolean r = filter.evaluate(f);
            return r == null ? null : !r;
        }
    }

    /** Binary comparison operators of FES and CQL2. */
    enum CompareOp { EQ, NE, LT, LE, GT, GE }

    record Compare(CompareOp op, Expression left, Expression right, boolean matchCase) implements Filter {
        @Override public Boolean evaluate(Feature f) {
            Integer c = Values.compare(left.evaluate(f), right.evaluate(f), matchCase);
            if (c == null) return null;
            return switch (op) {
                case EQ -> c == 0;
                case NE -> c != 0;
                case LT -> c < 0;
                case LE -> c <= 0;
                case GT -> c > 0;
                case GE -> c >= 0;
            };
        }
    }

    /** {@code lower <= value <= upper}, bounds included. */
    record Between(Expression value, Expression lower, Expression upper) implements Filter {
        @Override public Boolean evaluate(Feature f) {
            Object v = value.evaluate(f);
            Integer lo = Values.compare(v, lower.evaluate(f), true), hi = Values.compare(v, upper.evaluate(f), true);
            if (lo == null || hi == null) return null;
            return lo >= 0 && hi <= 0;
        }
    }

    /** {@code value IN (literals…)} of CQL2. */
    record In(Expression value, List<Object> list) implements Filter {
        public In { list = List.copyOf(list); }
        @Override public Boolean evaluate(Feature f) {
            Object v = value.evaluate(f);
            if (v == null) return null;
            for (Object o : list) {
                Integer c = Values.compare(v, o, true);
                if (c != null && c == 0) return Boolean.TRUE;
            }
            return Boolean.FALSE;
        }
    }

    /**
     * Pattern match of the whole value. {@code pattern} uses the given wildcard, single-character
     * and escape characters (FES PropertyIsLike); CQL2 LIKE passes '%', '_' and '\\'.
     */
    record Like(Expression value, String pattern, char wildCard, char singleChar, char escape, boolean matchCase)
            implements Filter {
        @Override public Boolean evaluate(Feature f) {
            Object v = value.evaluate(f);
            if (v == null) return null;
            return LikePatterns.get(this).matcher(v.toString()).matches();
        }

        /** The pattern as a Java regular expression. */
        public Pattern regex() {
            StringBuilder re = new StringBuilder();
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == escape && i + 1 < pattern.length()) {
                    re.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
                } else if (c == wildCard) {
                    re.append(".*");
                } else if (c == singleChar) {
                    re.append('.');
                } else {
                    re.append(Pattern.quote(String.valueOf(c)));
                }
            }
            return Pattern.compile(re.toString(), matchCase ? Pattern.DOTALL : Pattern.DOTALL | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
    }

    /** The value is null or the property is absent (never unknown). */
    record IsNull(Expression value) implements Filter {
        @Override public Boolean evaluate(Feature f) { return value.evaluate(f) == null; }
    }

    /** Feature identifiers (FES ResourceId, GetFeatureById). */
    record Ids(Set<String> ids) implements Filter {
        public Ids { ids = Set.copyOf(ids); }
        @Override public Boolean evaluate(Feature f) { return ids.contains(f.id()); }
    }

    /** Spatial operators of FES 2.0 and CQL2. */
    enum SpatialOp { BBOX, INTERSECTS, DISJOINT, CONTAINS, WITHIN, OVERLAPS, CROSSES, TOUCHES, EQUALS, DWITHIN, BEYOND }

    /**
     * A spatial predicate between the feature's geometry and a literal geometry in storage CRS;
     * unknown when the feature has no geometry. For BBOX the literal is the box as a polygon. For
     * DWITHIN/BEYOND, {@code distanceMetres} is a distance in metres, measured on lon/lat data in a
     * local equirectangular frame centred on the literal's latitude (each axis scaled by its own
     * length of a degree there): within about 1 % for distances up to ~50 km inside a province.
     */
    record Spatial(SpatialOp op, Expression property, Geometry geometry, double distanceMetres) implements Filter {
        private static final double METRES_PER_DEGREE_LAT = 110_574.0;

        @Override public Boolean evaluate(Feature f) {
            Object v = property.evaluate(f);
            if (!(v instanceof Geometry g) || g.isEmpty()) return null;
            return switch (op) {
                case BBOX -> g.getEnvelopeInternal().intersects(geometry.getEnvelopeInternal()) && g.intersects(geometry);
                case INTERSECTS -> g.intersects(geometry);
                case DISJOINT -> g.disjoint(geometry);
                case CONTAINS -> g.contains(geometry);
                case WITHIN -> g.within(geometry);
                case OVERLAPS -> g.overlaps(geometry);
                case CROSSES -> g.crosses(geometry);
                case TOUCHES -> g.touches(geometry);
                case EQUALS -> g.equalsTopo(geometry);
                case DWITHIN -> withinDistance(g);
                case BEYOND -> !withinDistance(g);
            };
        }

        private boolean withinDistance(Geometry g) {
            AffineTransformation toMetres = AffineTransformation.scaleInstance(metresPerDegreeLon(), METRES_PER_DEGREE_LAT);
            return toMetres.transform(g).isWithinDistance(toMetres.transform(geometry), distanceMetres);
        }

        private double metresPerDegreeLon() {
            double lat = geometry.getEnvelopeInternal().centre().y;
            return 111_320.0 * Math.cos(Math.toRadians(Math.min(89, Math.abs(lat))));
        }

        /** The search envelope a source can use to pre-select candidates (grown by the distance for DWITHIN). */
        public Envelope searchEnvelope() {
            Envelope e = new Envelope(geometry.getEnvelopeInternal());
            if (op == SpatialOp.DWITHIN) {
                double margin = 1.02; // latitude spread of the candidates changes the lon scale slightly
                e.expandBy(distanceMetres / metresPerDegreeLon() * margin, distanceMetres / METRES_PER_DEGREE_LAT * margin);
            }
            return e;
        }
    }

    /** A small cache of compiled Like patterns: filters are evaluated once per feature. */
    final class LikePatterns {
        private static final Map<Like, Pattern> CACHE = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;
            @Override protected boolean removeEldestEntry(Map.Entry<Like, Pattern> e) { return size() > 256; }
        });

        private LikePatterns() { }

        static Pattern get(Like like) { return CACHE.computeIfAbsent(like, Like::regex); }
    }
}
