package org.ecozoning.feature.filter;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.ecozoning.feature.Feature;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The filter model every protocol parses into and every source evaluates: OGC FES 2.0 / 1.1
 * (WFS, SLD) and CQL2 (OGC API – Features) map onto these records; SQL sources translate them by
 * pattern matching over the sealed hierarchy. Geometry literals are in the storage CRS (EPSG:4490,
 * lon/lat); parsers reproject before building a filter.
 */
public sealed interface Filter {
    boolean test(Feature feature);

    Filter INCLUDE = new Include();
    Filter EXCLUDE = new Exclude();

    /** Matches everything. */
    record Include() implements Filter {
        @Override public boolean test(Feature f) { return true; }
    }

    /** Matches nothing. */
    record Exclude() implements Filter {
        @Override public boolean test(Feature f) { return false; }
    }

    record And(List<Filter> filters) implements Filter {
        public And { filters = List.copyOf(filters); }
        @Override public boolean test(Feature f) {
            for (Filter x : filters) if (!x.test(f)) return false;
            return true;
        }
    }

    record Or(List<Filter> filters) implements Filter {
        public Or { filters = List.copyOf(filters); }
        @Override public boolean test(Feature f) {
            for (Filter x : filters) if (x.test(f)) return true;
            return false;
        }
    }

    record Not(Filter filter) implements Filter {
        @Override public boolean test(Feature f) { return !filter.test(f); }
    }

    /** Binary comparison operators of FES and CQL2. */
    enum CompareOp { EQ, NE, LT, LE, GT, GE }

    record Compare(CompareOp op, Expression left, Expression right, boolean matchCase) implements Filter {
        @Override public boolean test(Feature f) {
            Integer c = Values.compare(left.evaluate(f), right.evaluate(f), matchCase);
            if (c == null) return false;
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

    record Between(Expression value, Expression lower, Expression upper) implements Filter {
        @Override public boolean test(Feature f) {
            Object v = value.evaluate(f);
            Integer lo = Values.compare(v, lower.evaluate(f), true), hi = Values.compare(v, upper.evaluate(f), true);
            return lo != null && hi != null && lo >= 0 && hi <= 0;
        }
    }

    /** {@code value IN (literals…)} of CQL2. */
    record In(Expression value, List<Object> list) implements Filter {
        public In { list = List.copyOf(list); }
        @Override public boolean test(Feature f) {
            Object v = value.evaluate(f);
            for (Object o : list) {
                Integer c = Values.compare(v, o, true);
                if (c != null && c == 0) return true;
            }
            return false;
        }
    }

    /**
     * Pattern match. {@code pattern} uses the given wildcard, single-character and escape characters
     * (FES PropertyIsLike); CQL2 LIKE passes '%', '_' and '\\'.
     */
    record Like(Expression value, String pattern, char wildCard, char singleChar, char escape, boolean matchCase)
            implements Filter {
        @Override public boolean test(Feature f) {
            Object v = value.evaluate(f);
            return v != null && regex().matcher(v.toString()).matches();
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

    record IsNull(Expression value) implements Filter {
        @Override public boolean test(Feature f) { return value.evaluate(f) == null; }
    }

    /** Feature identifiers (FES ResourceId, GetFeatureById). */
    record Ids(Set<String> ids) implements Filter {
        public Ids { ids = Set.copyOf(ids); }
        @Override public boolean test(Feature f) { return ids.contains(f.id()); }
    }

    /** Spatial operators of FES 2.0 and CQL2. */
    enum SpatialOp { BBOX, INTERSECTS, DISJOINT, CONTAINS, WITHIN, OVERLAPS, CROSSES, TOUCHES, EQUALS, DWITHIN, BEYOND }

    /**
     * A spatial predicate between the feature's geometry and a literal geometry in storage CRS.
     * For BBOX the literal is the box as a polygon. For DWITHIN/BEYOND, {@code distanceMetres} is
     * the distance in metres; on lon/lat data it is converted with the local scale of a degree at
     * the literal's latitude (exact enough for province-sized data; documented).
     */
    record Spatial(SpatialOp op, Expression property, Geometry geometry, double distanceMetres) implements Filter {
        @Override public boolean test(Feature f) {
            if (!(property.evaluate(f) instanceof Geometry g) || g.isEmpty()) return false;
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
                case DWITHIN -> g.isWithinDistance(geometry, degrees());
                case BEYOND -> !g.isWithinDistance(geometry, degrees());
            };
        }

        /** The search envelope a source can use to pre-select candidates (grown by the distance). */
        public Envelope searchEnvelope() {
            Envelope e = new Envelope(geometry.getEnvelopeInternal());
            if (op == SpatialOp.DWITHIN) e.expandBy(degrees() * 1.5);
            return e;
        }

        /** The distance in degrees of longitude at the literal's latitude (the larger of the two axes). */
        double degrees() {
            double lat = geometry.getEnvelopeInternal().centre().y;
            double metresPerDegreeLon = 111_320.0 * Math.cos(Math.toRadians(Math.min(89, Math.abs(lat))));
            return distanceMetres / Math.min(metresPerDegreeLon, 110_574.0);
        }
    }
}
