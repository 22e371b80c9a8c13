package org.ecozoning.ogc.wfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ecozoning.feature.filter.Filter;
import org.ecozoning.ogc.common.Crs;
import org.ecozoning.ogc.common.LayerInfo;
import org.ecozoning.ogc.common.OwsException;
import org.ecozoning.ogc.common.Proj4jCrsSupport;
import org.ecozoning.ogc.common.SecureXml;
import org.ecozoning.ogc.common.TestScheme;
import org.junit.jupiter.api.Test;

/** The FES parser on its own: both dialects, the model it builds, and what it refuses. */
class FesFilterParserTest {
    private static final Proj4jCrsSupport CRS = new Proj4jCrsSupport();
    private static final LayerInfo UNITS = TestScheme.catalog().get("control_units");

    private static Filter parse(FesFilterParser.Dialect d, String xml) {
        return new FesFilterParser(d, CRS, TestScheme.catalog()).parse(SecureXml.parse(xml, "filter").getDocumentElement(),
                new FesFilterParser.Context(UNITS, Crs.STORAGE));
    }

    @Test
    void fes11LikeUsesTheEscapeAttributeAndMatchCase() {
        Filter f = parse(FesFilterParser.Dialect.FES_1_1, "<ogc:Filter xmlns:ogc='http://www.opengis.net/ogc'>"
                + "<ogc:PropertyIsLike wildCard='%' singleChar='_' escape='\\' matchCase='false'><ogc:PropertyName>subtype</ogc:PropertyName>"
                + "<ogc:Literal>ecological\\_red%</ogc:Literal></ogc:PropertyIsLike></ogc:Filter>");
        assertThat(f).isInstanceOfSatisfying(Filter.Like.class, l -> {
            assertThat(l.escape()).isEqualTo('\\');
            assertThat(l.matchCase()).isFalse();
        });
        assertThat(UNITS.source().count(org.ecozoning.feature.Query.filter(f))).isEqualTo(1);
    }

    @Test
    void nestedLogicAndNil() {
        Filter f = parse(FesFilterParser.Dialect.FES_2_0, "<fes:Filter xmlns:fes='http://www.opengis.net/fes/2.0'><fes:Or>"
                + "<fes:Not><fes:PropertyIsNil><fes:ValueReference>name</fes:ValueReference></fes:PropertyIsNil></fes:Not>"
                + "<fes:PropertyIsGreaterThanOrEqualTo><fes:Literal>5</fes:Literal><fes:ValueReference>areaKm2</fes:ValueReference></fes:PropertyIsGreaterThanOrEqualTo>"
                + "</fes:Or></fes:Filter>");
        assertThat(f).isInstanceOf(Filter.Or.class);
        assertThat(((Filter.Or) f).filters().get(0)).isEqualTo(new Filter.Not(Filter.EXCLUDE));
        assertThat(UNITS.source().count(org.ecozoning.feature.Query.filter(f))).isEqualTo(5);
    }

    @Test
    void distanceUnitsConvertToMetres() {
        Filter f = parse(FesFilterParser.Dialect.FES_2_0, "<fes:Filter xmlns:fes='http://www.opengis.net/fes/2.0' xmlns:gml='http://www.opengis.net/gml/3.2'>"
                + "<fes:DWithin><fes:ValueReference>geometry</fes:ValueReference><gml:Point gml:id='p'><gml:pos>112 37</gml:pos></gml:Point>"
                + "<fes:Distance uom='km'>2.5</fes:Distance></fes:DWithin></fes:Filter>");
        assertThat(((Filter.Spatial) f).distanceMetres()).isEqualTo(2500.0);
    }

    @Test
    void refusals() {
        String fes = "xmlns:fes='http://www.opengis.net/fes/2.0' xmlns:gml='http://www.opengis.net/gml/3.2'";
        String[] bad = {
            "<fes:Filter " + fes + "/>",
            "<fes:Filter " + fes + "><fes:After><fes:ValueReference>name</fes:ValueReference><fes:Literal>2020</fes:Literal></fes:After></fes:Filter>",
            "<fes:Filter " + fes + "><fes:And><fes:PropertyIsNull><fes:ValueReference>name</fes:ValueReference></fes:PropertyIsNull></fes:And></fes:Filter>",
            "<fes:Filter " + fes + "><fes:PropertyIsLike wildCard='**' singleChar='.' escapeChar='!'><fes:ValueReference>name</fes:ValueReference><fes:Literal>a</fes:Literal></fes:PropertyIsLike></fes:Filter>",
            "<fes:Filter " + fes + "><fes:DWithin><fes:ValueReference>geometry</fes:ValueReference><gml:Point gml:id='p'><gml:pos>1 2</gml:pos></gml:Point>"
                    + "<fes:Distance uom='furlong'>1</fes:Distance></fes:DWithin></fes:Filter>",
            "<fes:Filter " + fes + "><fes:Intersects><fes:ValueReference>geometry</fes:ValueReference><gml:Point gml:id='p' srsName='EPSG:1234'><gml:pos>1 2</gml:pos></gml:Point></fes:Intersects></fes:Filter>",
            "<other:Filter xmlns:other='urn:x'/>"};
        for (String b : bad) {
            assertThatThrownBy(() -> parse(FesFilterParser.Dialect.FES_2_0, b)).as(b).isInstanceOfSatisfying(OwsException.class,
                    e -> assertThat(e.code()).isEqualTo(OwsException.Code.InvalidParameterValue));
        }
    }
}
