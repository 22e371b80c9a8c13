package org.ecozoning.ogc.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ecozoning.feature.Feature;
import org.ecozoning.feature.FeatureCursor;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.feature.Query;
import org.ecozoning.feature.filter.Expression;
import org.ecozoning.feature.filter.Filter;
import org.ecozoning.ogc.common.Crs;
import org.ecozoning.ogc.common.LayerInfo;
import org.ecozoning.ogc.common.Proj4jCrsSupport;
import org.ecozoning.ogc.common.TestScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * CQL2 text parser: each filter is parsed and evaluated against the five control units of the
 * test scheme (codes ZH14010510001 … ZH14010710001, see TestScheme), and every error names the
 * character where the filter goes wrong.
 */
class Cql2TextParserTest {
    private static final Proj4jCrsSupport CRS = new Proj4jCrsSupport();
    private static final Crs CRS84 = CRS.parse(CrsUris.CRS84);
    private static final LayerInfo UNITS = TestScheme.catalog().get("control_units");
    private static final FeatureType TYPE = UNITS.source().type();

    private static final String RED = "ZH14010510001";   // 112.40–112.50, 37.70–37.80, priority, 小店区
    private static final String PARK = "ZH14010520001";  // 112.50–112.60, 37.70–37.80, key, 小店区
    private static final String CENTRE = "ZH14010520002"; // 112.60–112.70, 37.70–37.80, key, 小店区
    private static final String YINGZE = "ZH14010630001"; // 112.40–112.70, 37.80–37.90, general, 迎泽区
    private static final String WATER = "ZH14010710001";  // two squares 37.90–37.95, priority, 杏花岭区

    static Filter parse(String cql) { return parse(cql, CRS84); }

    static Filter parse(String cql, Crs filterCrs) { return new Cql2TextParser(TYPE, CRS, filterCrs).parse(cql); }

    /** Codes of the control units the filter selects, in stored order. */
    static List<String> select(String cql) { return select(parse(cql)); }

    static List<String> select(Filter f) {
        List<String> out = new ArrayList<>();
        try (FeatureCursor c = UNITS.source().features(Query.ALL)) {
            while (c.hasNext()) {
                Feature x = c.next();
                if (f.test(x)) out.add(x.id());
            }
        }
        return out;
    }

    static Cql2Exception error(String cql) { return error(cql, CRS84); }

    static Cql2Exception error(String cql, Crs crs) {
        try {
            parse(cql, crs);
        } catch (Cql2Exception e) {
            assertThat(e.getMessage()).as("bilingual").containsPattern("\\p{IsHan}").containsPattern("[a-z]{4,}");
            return e;
        }
        throw new AssertionError("no error for: " + cql);
    }

    // ---- comparisons and logic ----------------------------------------------------------

    @Test
    void equalityOnText() {
        assertThat(select("class = 'KEY_CONTROL'")).containsExactly(PARK, CENTRE);
        assertThat(select("\"class\" = 'KEY_CONTROL'")).containsExactly(PARK, CENTRE);
        assertThat(select("'KEY_CONTROL' = class")).containsExactly(PARK, CENTRE);
        assertThat(select("class <> 'KEY_CONTROL'")).containsExactly(RED, YINGZE, WATER);
        assertThat(select("class = 'key_control'")).as("case-sensitive by default").isEmpty();
    }

    @Test
    void chineseValues() {
        assertThat(select("countyName = '小店区'")).containsExactly(RED, PARK, CENTRE);
        assertThat(select("cityName='太原市'")).hasSize(5);
    }

    @Test
    void numericComparisons() {
        assertThat(select("areaKm2 > 200")).containsExactly(YINGZE);
        assertThat(select("areaKm2 < 60")).containsExactly(WATER);
        assertThat(select("areaKm2 >= 0 AND areaKm2 <= 1e5")).hasSize(5);
        assertThat(select("areaKm2 > -1")).hasSize(5);
        assertThat(select("areaKm2 < +1000.5")).hasSize(5);
        assertThat(select("areaKm2 > '200'")).as("numeric string literal").containsExactly(YINGZE);
        assertThat(select("areaKm2 BETWEEN 90 AND 110")).containsExactly(RED, PARK, CENTRE);
        assertThat(select("areaKm2 NOT BETWEEN 90 AND 110")).containsExactly(YINGZE, WATER);
    }

    @Test
    void keywordsAreCaseInsensitiveAndPrecedenceIsSql() {
        assertThat(select("class = 'KEY_CONTROL' and not name like '%中心%'")).containsExactly(PARK);
        // AND binds tighter than OR
        assertThat(select("countyName = '迎泽区' OR countyName = '小店区' AND class = 'KEY_CONTROL'")).containsExactly(PARK, CENTRE, YINGZE);
        assertThat(select("(countyName = '迎泽区' OR countyName = '小店区') AND class = 'KEY_CONTROL'")).containsExactly(PARK, CENTRE);
        assertThat(select("NOT (countyName = '小店区')")).containsExactly(YINGZE, WATER);
        assertThat(select("NOT NOT countyName = '小店区'")).containsExactly(RED, PARK, CENTRE);
        assertThat(select("((((class = 'GENERAL_CONTROL'))))")).containsExactly(YINGZE);
    }

    @Test
    void treeShape() {
        Filter f = parse("class = 'A' AND areaKm2 > 2 OR code = 'x'");
        assertThat(f).isInstanceOf(Filter.Or.class);
        Filter.Or or = (Filter.Or) f;
        assertThat(or.filters()).hasSize(2);
        assertThat(or.filters().get(0)).isInstanceOf(Filter.And.class);
        Filter.Compare c = (Filter.Compare) ((Filter.And) or.filters().get(0)).filters().get(1);
        assertThat(c.op()).isEqualTo(Filter.CompareOp.GT);
        assertThat(c.left()).isEqualTo(Expression.property("areaKm2"));
        assertThat(c.right()).isEqualTo(Expression.literal(2L));
        assertThat(((Filter.Compare) parse("areaKm2 = 2.5")).right()).isEqualTo(Expression.literal(2.5));
        assertThat(((Filter.Compare) parse("name = 'it''s'")).right()).isEqualTo(Expression.literal("it's"));
        assertThat(((Filter.Compare) parse("name = 'it\\'s'")).right()).isEqualTo(Expression.literal("it's"));
    }

    @Test
    void likeInAndNull() {
        assertThat(select("name LIKE '%保护%'")).containsExactly(RED, WATER);
        assertThat(select("name NOT LIKE '%保护%'")).containsExactly(PARK, CENTRE, YINGZE);
        assertThat(select("code LIKE 'ZH1401052000_'")).containsExactly(PARK, CENTRE);
        assertThat(select("code IN ('" + PARK + "', '" + YINGZE + "')")).containsExactly(PARK, YINGZE);
        assertThat(select("code NOT IN ('" + PARK + "', '" + YINGZE + "')")).containsExactly(RED, CENTRE, WATER);
        assertThat(select("areaKm2 IN (1, 2, 3)")).isEmpty();
        assertThat(select("subtype IS NULL")).isEmpty();
        assertThat(select("subtype IS NOT NULL")).hasSize(5);
        assertThat(select("geometry IS NOT NULL")).hasSize(5);
    }

    @Test
    void likeEscapes() {
        Filter.Like like = (Filter.Like) parse("name LIKE '100\\%'");
        assertThat(like.regex().matcher("100%").matches()).isTrue();
        assertThat(like.regex().matcher("1000").matches()).isFalse();
    }

    @Test
    void caseInsensitiveComparison() {
        assertThat(select("CASEI(class) = CASEI('key_control')")).containsExactly(PARK, CENTRE);
        assertThat(select("casei(class) IN (casei('general_control'), 'Nothing')")).containsExactly(YINGZE);
        assertThat(select("CASEI(code) LIKE CASEI('zh1401052%')")).containsExactly(PARK, CENTRE);
    }

    @Test
    void booleanAndTemporalLiterals() {
        assertThat(parse("TRUE")).isEqualTo(Filter.INCLUDE);
        assertThat(parse("false")).isEqualTo(Filter.EXCLUDE);
        assertThat(select("TRUE AND class = 'GENERAL_CONTROL'")).containsExactly(YINGZE);
        assertThat(parse("1 = 1")).isEqualTo(Filter.INCLUDE);
        assertThat(parse("1 = 2")).isEqualTo(Filter.EXCLUDE);
        assertThat(parse("DATE('2024-01-01') < DATE('2025-01-01')")).isEqualTo(Filter.INCLUDE);
        assertThat(parse("TIMESTAMP('2024-01-01T00:00:00Z') > TIMESTAMP('2025-01-01T00:00:00Z')")).isEqualTo(Filter.EXCLUDE);
        Filter.Compare d = (Filter.Compare) parse("name = DATE('2024-02-29')");
        assertThat(d.right()).isEqualTo(Expression.literal(LocalDate.of(2024, 2, 29)));
        Filter.Compare ts = (Filter.Compare) parse("name < TIMESTAMP('2024-02-29T08:00:00+08:00')");
        assertThat(ts.right()).isEqualTo(Expression.literal(Instant.parse("2024-02-29T00:00:00Z")));
    }

    // ---- spatial ---------------------------------------------------------------------------

    @Test
    void spatialFunctionsWithPointsAndBoxes() {
        assertThat(select("S_INTERSECTS(geometry, POINT(112.55 37.75))")).containsExactly(PARK);
        assertThat(select("s_intersects(geometry,point(112.55 37.75))")).containsExactly(PARK);
        assertThat(select("S_INTERSECTS(geometry, POINT Z(112.55 37.75 800))")).containsExactly(PARK);
        assertThat(select("S_INTERSECTS(geometry, BBOX(112.45, 37.72, 112.52, 37.78))")).containsExactly(RED, PARK);
        assertThat(select("S_INTERSECTS(geometry, BBOX(112.45, 37.72, 0, 112.52, 37.78, 100))")).containsExactly(RED, PARK);
        assertThat(select("S_CONTAINS(geometry, POINT(112.45 37.75))")).containsExactly(RED);
        assertThat(select("S_DISJOINT(geometry, BBOX(112.0, 37.0, 112.45, 38.0))")).containsExactly(PARK, CENTRE, WATER);
        assertThat(select("S_OVERLAPS(geometry, BBOX(112.45, 37.75, 112.55, 37.85))")).containsExactly(RED, PARK, YINGZE);
    }

    @Test
    void spatialFunctionsWithWkt() {
        String area = "POLYGON((112.3 37.6, 112.8 37.6, 112.8 37.85, 112.3 37.85, 112.3 37.6))";
        assertThat(select("S_WITHIN(geometry, " + area + ")")).containsExactly(RED, PARK, CENTRE);
        assertThat(select("S_CONTAINS(" + area + ", geometry)")).as("literal first: converse").containsExactly(RED, PARK, CENTRE);
        assertThat(select("S_WITHIN(POINT(112.45 37.75), geometry)")).containsExactly(RED);
        assertThat(select("S_EQUALS(geometry, POLYGON((112.5 37.7, 112.6 37.7, 112.6 37.8, 112.5 37.8, 112.5 37.7)))")).containsExactly(PARK);
        assertThat(select("S_CROSSES(geometry, LINESTRING(112.55 37.65, 112.55 37.75))")).containsExactly(PARK);
        assertThat(select("S_TOUCHES(geometry, LINESTRING(112.50 37.70, 112.50 37.80))")).containsExactly(RED, PARK, YINGZE);
        assertThat(select("S_INTERSECTS(geometry, MULTIPOINT((112.45 37.75), (112.65 37.75)))")).containsExactly(RED, CENTRE);
        assertThat(select("S_INTERSECTS(geometry, MULTIPOINT(112.45 37.75, 112.65 37.75))")).containsExactly(RED, CENTRE);
        assertThat(select("S_INTERSECTS(geometry, MULTILINESTRING((112.41 37.71, 112.42 37.72), (112.66 37.92, 112.67 37.93)))"))
                .containsExactly(RED, WATER);
        assertThat(select("S_INTERSECTS(geometry, MULTIPOLYGON(((112.41 37.71, 112.42 37.71, 112.42 37.72, 112.41 37.71)),"
                + " ((112.61 37.71, 112.62 37.71, 112.62 37.72, 112.61 37.71))))")).containsExactly(RED, CENTRE);
        assertThat(select("S_INTERSECTS(geometry, POLYGON((112.0 37.0, 113.0 37.0, 113.0 38.5, 112.0 38.5, 112.0 37.0),"
                + " (112.3 37.6, 112.8 37.6, 112.8 38.0, 112.3 38.0, 112.3 37.6)))")).as("hole excludes all").isEmpty();
        assertThat(select("S_INTERSECTS(geometry, GEOMETRYCOLLECTION(POINT(112.45 37.75), LINESTRING(112.56 37.91, 112.57 37.92)))"))
                .containsExactly(RED, WATER);
        assertThat(select("S_INTERSECTS(geometry, POINT EMPTY)")).isEmpty();
        assertThat(parse("S_INTERSECTS(POINT(1 1), BBOX(0, 0, 2, 2))")).isEqualTo(Filter.INCLUDE);
        assertThat(parse("S_DISJOINT(POINT(1 1), BBOX(0, 0, 2, 2))")).isEqualTo(Filter.EXCLUDE);
        assertThat(select("S_INTERSECTS(geometry, POINT(112.55 37.75)) AND class = 'GENERAL_CONTROL'")).isEmpty();
    }

    @Test
    void antimeridianBoxInCrs84() {
        Filter f = parse("S_INTERSECTS(geometry, BBOX(170, 37, -170, 38))");
        assertThat(select(f)).isEmpty();
        assertThat(((Filter.Spatial) f).geometry().getNumGeometries()).isEqualTo(2);
    }

    @Test
    void filterCrsAxisOrderAndProjection() {
        Crs latLon = CRS.parse("http://www.opengis.net/def/crs/EPSG/0/4326");
        assertThat(select(parse("S_INTERSECTS(geometry, POINT(37.75 112.55))", latLon))).containsExactly(PARK);
        assertThat(select(parse("S_INTERSECTS(geometry, BBOX(37.72, 112.45, 37.78, 112.52))", latLon))).containsExactly(RED, PARK);
        Crs merc = CRS.parse("http://www.opengis.net/def/crs/EPSG/0/3857");
        double x = 112.55 * 20037508.342789244 / 180;
        double y = Math.log(Math.tan(Math.toRadians(90 + 37.75) / 2)) * 6378137.0;
        assertThat(select(parse("S_INTERSECTS(geometry, POINT(" + x + " " + y + "))", merc))).containsExactly(PARK);
        Crs gk = CRS.parse("http://www.opengis.net/def/crs/EPSG/0/4547");
        var p = CRS.fromStorage(new org.locationtech.jts.geom.GeometryFactory().createPoint(new org.locationtech.jts.geom.Coordinate(112.67, 37.92)), gk);
        // EPSG:4547 is northing first
        String wkt = "POINT(" + p.getCoordinate().y + " " + p.getCoordinate().x + ")";
        assertThat(select(parse("S_INTERSECTS(geometry, " + wkt + ")", gk))).containsExactly(WATER);
    }

    // ---- errors with positions ---------------------------------------------------------------

    @ParameterizedTest(name = "[{index}] {0} → column {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""                                                   | 1
            class =                                              | 8
            class == 'x'                                         | 8
            class != 'x'                                         | 7
            name = 'abc                                          | 8
            foo = 1                                              | 1
            class = 'x' AND                                      | 16
            class = 'x' extra                                    | 13
            (class = 'x'                                         | 13
            ()                                                   | 2
            class = 'x' AND NOT                                  | 20
            name NOT = 'x'                                       | 10
            name IS NOT 'x'                                      | 13
            name 'x'                                             | 6
            12abc = 1                                            | 3
            class = 'x' @                                        | 13
            class = 'x' OR OR                                    | 16
            "\"unterminated = 1"                                 | 1
            "\"\" = 1"                                           | 1
            areaKm2 LIKE 'x%'                                    | 1
            name LIKE 5                                          | 11
            name BETWEEN 1 AND 2                                 | 1
            areaKm2 BETWEEN 1 2                                  | 19
            areaKm2 = 'abc'                                      | 11
            geometry = 'x'                                       | 1
            code IN ('a', name)                                  | 15
            code IN 'a'                                          | 9
            code IN ('a'                                         | 13
            name = DATE('2024-13-01')                            | 13
            name = TIMESTAMP('2024-01-01')                       | 18
            name = DATE(2024)                                    | 13
            CASEI(areaKm2) = 'x'                                 | 7
            ACCENTI(name) = 'x'                                  | 1
            UPPER(name) = 'x'                                    | 1
            POINT(1 2) = 1                                       | 1
            AND = 1                                              | 1
            S_INTERSECTS(geometry, POINT(1))                     | 31
            S_INTERSECTS(geometry POINT(1 2))                    | 23
            S_INTERSECTS(geometry, POINT(1 2)                    | 34
            S_INTERSECTS(name, POINT(1 2))                       | 14
            S_INTERSECTS(nope, POINT(1 2))                       | 14
            S_INTERSECTS(geometry, geometry)                     | 1
            S_INTERSECTS(geometry, 'x')                          | 24
            S_INTERSECTS(geometry, LINESTRING(1 2))              | 34
            S_INTERSECTS(geometry, POLYGON((0 0, 1 0, 1 1, 0 0.5))) | 32
            S_INTERSECTS(geometry, POLYGON((0 0, 1 0, 0 0)))     | 32
            S_INTERSECTS(geometry, BBOX(1, 2, 3))                | 24
            S_INTERSECTS(geometry, BBOX(1, 4, 3, 2))             | 24
            S_INTERSECTS(geometry, GEOMETRYCOLLECTION(BBOX(1,2,3,4))) | 43
            S_FOO(geometry, POINT(1 2)) = 1                      | 1
            T_AFTER(name, name)                                  | 1
            A_CONTAINS(name, name)                               | 1
            S_INTERSECTS(geometry, POINT(1 2)) = TRUE            | 36
            name = S_INTERSECTS(geometry, POINT(1 2))            | 8
            """)
    void errorsNameTheColumn(String cql, int column) {
        Cql2Exception e = error(cql);
        assertThat(e.column()).as(e.getMessage()).isEqualTo(column);
        assertThat(e.getMessage()).startsWith("第 " + column + " 个字符处");
    }

    @Test
    void errorMessagesExplain() {
        assertThat(error("foo = 1").getMessage()).contains("foo").contains("queryables: code, name");
        assertThat(error("class != 'x'").en()).contains("use <>");
        assertThat(error("class = 'x' extra").en()).contains("missing AND/OR");
        assertThat(error("S_INTERSECTS(name, POINT(1 2))").en()).contains("not a geometry property");
        assertThat(error("name = 'abc").zh()).contains("单引号");
        assertThat(error("S_INTERSECTS(geometry, POLYGON((0 0, 1 0, 1 1, 0 0.5)))").en()).contains("not closed");
        assertThat(error("T_AFTER(name, name)").en()).contains("temporal functions are not supported");
    }

    @Test
    void reversedBoxIsAnErrorInProjectedCrs() {
        Crs merc = CRS.parse("http://www.opengis.net/def/crs/EPSG/0/3857");
        assertThat(error("S_INTERSECTS(geometry, BBOX(3, 1, 1, 2))", merc).column()).isEqualTo(24);
    }

    @Test
    void blankFilterIsAnError() {
        assertThatThrownBy(() -> parse("   ")).isInstanceOf(Cql2Exception.class).hasMessageContaining("empty");
    }
}
