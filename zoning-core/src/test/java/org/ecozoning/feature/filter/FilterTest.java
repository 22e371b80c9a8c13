package org.ecozoning.feature.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ecozoning.feature.AttributeDescriptor;
import org.ecozoning.feature.AttributeType;
import org.ecozoning.feature.Feature;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.feature.MemoryFeatureSource;
import org.ecozoning.feature.Query;
import org.ecozoning.feature.filter.Expression.Literal;
import org.ecozoning.feature.filter.Expression.Property;
import org.ecozoning.feature.filter.Filter.CompareOp;
import org.ecozoning.feature.filter.Filter.SpatialOp;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Evaluation semantics of the shared filter model: comparisons, nulls, patterns and spatial predicates. */
class FilterTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final FeatureType TYPE = new FeatureType("t", "测试", "test", "geom", "Geometry", List.of(
            new AttributeDescriptor("name", AttributeType.STRING, "名称"),
            new AttributeDescriptor("area", AttributeType.DOUBLE, "面积"),
            new AttributeDescriptor("code", AttributeType.STRING, "编码"),
            new AttributeDescriptor("flag", AttributeType.BOOLEAN, "标志"),
            new AttributeDescriptor("day", AttributeType.DATE, "日期")));

    private static Feature feature(String id, String name, Double area, String code, Boolean flag, LocalDate day, Geometry g) {
        return new Feature(TYPE, id, new Object[] {name, area, code, flag, day}, g);
    }

    private static final Feature A = feature("a", "Taiyuan 太原", 12.5, "140100", true, LocalDate.of(2024, 3, 1), point(112.5, 37.8));
    private static final Feature NULLS = feature("n", null, null, null, null, null, null);

    private static Geometry point(double x, double y) { return GF.createPoint(new Coordinate(x, y)); }

    private static Filter cmp(CompareOp op, String prop, Object lit) {
        return new Filter.Compare(op, new Property(prop), new Literal(lit), true);
    }

    @Test
    void numericComparisonWhenOneSideIsANumber() {
        assertThat(cmp(CompareOp.EQ, "area", "12.50").test(A)).isTrue();
        assertThat(cmp(CompareOp.LT, "area", "100").test(A)).isTrue();
        assertThat(cmp(CompareOp.GT, "area", 12).test(A)).isTrue();
        assertThat(cmp(CompareOp.NE, "area", 12.5).test(A)).isFalse();
    }

    @Test
    void twoStringsCompareAsTextLikeASqlTextColumn() {
        // "140100" < "9" as text although 140100 > 9 as numbers
        assertThat(cmp(CompareOp.LT, "code", "9").test(A)).isTrue();
        assertThat(cmp(CompareOp.EQ, "code", "0140100").test(A)).isFalse();
    }

    @Test
    void matchCaseFalseIgnoresCase() {
        Filter f = new Filter.Compare(CompareOp.EQ, new Property("name"), new Literal("TAIYUAN 太原"), false);
        assertThat(f.test(A)).isTrue();
        assertThat(cmp(CompareOp.EQ, "name", "TAIYUAN 太原").test(A)).isFalse();
    }

    @Test
    void booleansOrderFalseBeforeTrueAndAreSymmetric() {
        assertThat(cmp(CompareOp.EQ, "flag", "true").test(A)).isTrue();
        assertThat(cmp(CompareOp.GT, "flag", "false").test(A)).isTrue();
        assertThat(cmp(CompareOp.LT, "flag", "false").test(A)).isFalse();
        assertThat(cmp(CompareOp.EQ, "flag", "maybe").evaluate(A)).isNull();
    }

    @Test
    void datesCompareWithIsoStrings() {
        assertThat(cmp(CompareOp.GT, "day", "2024-02-28").test(A)).isTrue();
        assertThat(cmp(CompareOp.EQ, "day", "2024-03-01").test(A)).isTrue();
    }

    @Test
    void nullOperandsAreUnknownAndNotOfUnknownIsUnknown() {
        Filter eq = cmp(CompareOp.EQ, "area", 1);
        assertThat(eq.evaluate(NULLS)).isNull();
        assertThat(new Filter.Not(eq).evaluate(NULLS)).isNull();
        assertThat(new Filter.Not(eq).test(NULLS)).isFalse();
        assertThat(new Filter.Not(eq).test(A)).isTrue();
        assertThat(cmp(CompareOp.NE, "area", 1).test(NULLS)).isFalse();
        assertThat(cmp(CompareOp.EQ, "nosuch", "x").evaluate(A)).isNull();
    }

    @Test
    void kleeneAndOr() {
        Filter unknown = cmp(CompareOp.EQ, "area", 1);
        assertThat(new Filter.And(List.of(unknown, Filter.EXCLUDE)).evaluate(NULLS)).isFalse();
        assertThat(new Filter.And(List.of(unknown, Filter.INCLUDE)).evaluate(NULLS)).isNull();
        assertThat(new Filter.Or(List.of(unknown, Filter.INCLUDE)).evaluate(NULLS)).isTrue();
        assertThat(new Filter.Or(List.of(unknown, Filter.EXCLUDE)).evaluate(NULLS)).isNull();
        assertThat(new Filter.And(List.of()).test(A)).isTrue();
        assertThat(new Filter.Or(List.of()).test(A)).isFalse();
    }

    @Test
    void isNullIsNeverUnknown() {
        Filter isNull = new Filter.IsNull(new Property("area"));
        assertThat(isNull.evaluate(NULLS)).isTrue();
        assertThat(isNull.evaluate(A)).isFalse();
        assertThat(new Filter.Not(isNull).test(A)).isTrue();
    }

    @Test
    void betweenIncludesBounds() {
        Filter b = new Filter.Between(new Property("area"), new Literal("12.5"), new Literal(13));
        assertThat(b.test(A)).isTrue();
        assertThat(new Filter.Between(new Property("area"), new Literal(1), new Literal("12.4")).test(A)).isFalse();
        assertThat(b.evaluate(NULLS)).isNull();
    }

    @Test
    void inList() {
        assertThat(new Filter.In(new Property("area"), List.of(1, "12.5")).test(A)).isTrue();
        assertThat(new Filter.In(new Property("code"), List.of("140200")).test(A)).isFalse();
        assertThat(new Filter.In(new Property("code"), List.of("140200")).evaluate(NULLS)).isNull();
    }

    @Test
    void likeWithWildcardsEscapesAndRegexMetacharacters() {
        assertThat(new Filter.Like(new Property("name"), "Tai*", '*', '.', '!', true).test(A)).isTrue();
        assertThat(new Filter.Like(new Property("name"), "tai*", '*', '.', '!', true).test(A)).isFalse();
        assertThat(new Filter.Like(new Property("name"), "tai*", '*', '.', '!', false).test(A)).isTrue();
        assertThat(new Filter.Like(new Property("name"), "Taiyua. 太.", '*', '.', '!', true).test(A)).isTrue();
        // the whole value must match, not a substring
        assertThat(new Filter.Like(new Property("name"), "Tai", '*', '.', '!', true).test(A)).isFalse();
        // escaped wildcard is literal; regex metacharacters in the pattern are literal
        Feature star = feature("s", "a*b(c)", null, null, null, null, null);
        assertThat(new Filter.Like(new Property("name"), "a!*b(c)", '*', '.', '!', true).test(star)).isTrue();
        assertThat(new Filter.Like(new Property("name"), "a!*b(c)", '*', '.', '!', true).test(A)).isFalse();
        assertThat(new Filter.Like(new Property("name"), "%", '%', '_', '\\', true).evaluate(NULLS)).isNull();
    }

    @Test
    void ids() {
        assertThat(new Filter.Ids(Set.of("a", "b")).test(A)).isTrue();
        assertThat(new Filter.Ids(Set.of("b")).test(A)).isFalse();
    }

    @Test
    void spatialPredicates() {
        Geometry box = GF.toGeometry(new Envelope(112, 113, 37, 38));
        Property geom = new Property("geom");
        assertThat(new Filter.Spatial(SpatialOp.BBOX, geom, box, 0).test(A)).isTrue();
        assertThat(new Filter.Spatial(SpatialOp.WITHIN, geom, box, 0).test(A)).isTrue();
        assertThat(new Filter.Spatial(SpatialOp.CONTAINS, geom, box, 0).test(A)).isFalse();
        assertThat(new Filter.Spatial(SpatialOp.DISJOINT, geom, box, 0).test(A)).isFalse();
        assertThat(new Filter.Spatial(SpatialOp.INTERSECTS, geom, box, 0).evaluate(NULLS)).isNull();
        assertThat(new Filter.Not(new Filter.Spatial(SpatialOp.INTERSECTS, geom, box, 0)).test(NULLS)).isFalse();
    }

    @Test
    void dwithinMeasuresMetresOnEachAxis() {
        // 1 km north of A is 1/110.574 degree; 1 km east is 1/(111.32 cos 37.8°) degree
        Geometry north = point(112.5, 37.8 + 1000 / 110_574.0);
        Geometry east = point(112.5 + 1000 / (111_320.0 * Math.cos(Math.toRadians(37.8))), 37.8);
        Property geom = new Property("geom");
        assertThat(new Filter.Spatial(SpatialOp.DWITHIN, geom, north, 1010).test(A)).isTrue();
        assertThat(new Filter.Spatial(SpatialOp.DWITHIN, geom, north, 990).test(A)).isFalse();
        assertThat(new Filter.Spatial(SpatialOp.DWITHIN, geom, east, 1010).test(A)).isTrue();
        assertThat(new Filter.Spatial(SpatialOp.DWITHIN, geom, east, 990).test(A)).isFalse();
        assertThat(new Filter.Spatial(SpatialOp.BEYOND, geom, east, 990).test(A)).isTrue();
        Envelope search = new Filter.Spatial(SpatialOp.DWITHIN, geom, north, 1010).searchEnvelope();
        assertThat(search.contains(37.8, 112.5) || search.contains(112.5, 37.8)).isTrue();
    }

    @Test
    void memorySourceAgreesWithThreeValuedLogicAndIndexPreselection() {
        Feature b = feature("b", "Datong", 3.0, "140200", false, null, point(113.3, 40.1));
        MemoryFeatureSource src = new MemoryFeatureSource(TYPE, List.of(A, b, NULLS));
        assertThat(src.count(Query.filter(new Filter.Not(cmp(CompareOp.EQ, "area", 3.0))))).isEqualTo(1);
        Filter near = new Filter.Spatial(SpatialOp.DWITHIN, new Property("geom"), point(113.3, 40.11), 2000);
        assertThat(src.count(Query.filter(near))).isEqualTo(1);
        assertThat(src.count(Query.filter(new Filter.Not(near)))).isEqualTo(1);
    }
}
