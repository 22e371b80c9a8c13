package org.ecozoning.ogc.wfs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.TestScheme;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** CreateStoredQuery / DropStoredQuery (Manage stored queries) and invoking a created query through XML and KVP. */
class StoredQueryManagementTest extends WfsTestSupport {

    static final String ID = "urn:example:byClass";
    static final String CREATE = """
            <CreateStoredQuery xmlns="http://www.opengis.net/wfs/2.0" xmlns:fes="http://www.opengis.net/fes/2.0"
                xmlns:z="https://ecozoning.org/zoning" service="WFS" version="2.0.0">
              <StoredQueryDefinition id="%s" xmlns:xsd="http://www.w3.org/2001/XMLSchema">
                <Title>Units by class</Title>
                <Parameter name="typeName" type="xsd:QName"/>
                <Parameter name="cls" type="xsd:string"/>
                <QueryExpressionText returnFeatureTypes="" language="%s" isPrivate="false">
                  <Query typeNames="${typeName}">
                    <fes:Filter><fes:PropertyIsEqualTo><fes:ValueReference>z:class</fes:ValueReference>
                      <fes:Literal>${cls}</fes:Literal></fes:PropertyIsEqualTo></fes:Filter>
                  </Query>
                </QueryExpressionText>
              </StoredQueryDefinition>
            </CreateStoredQuery>""";

    static OgcResponse post(WfsHandler h, String xml) {
        return h.handle(OgcRequest.builder("POST", "/").baseUrl(BASE).body(xml.getBytes(StandardCharsets.UTF_8)).build());
    }

    @Test
    void createInvokeListAndDrop() {
        WfsHandler h = new WfsHandler(WfsConfig.of(TestScheme.catalog()).withClock(CLOCK));
        OgcResponse created = post(h, CREATE.formatted(ID, StoredQueries.LANGUAGE));
        assertThat(created.status()).as(created.bodyText()).isEqualTo(200);
        assertThat(created.bodyText()).contains("CreateStoredQueryResponse").contains("status=\"OK\"");
        // the same id again
        OgcResponse dup = post(h, CREATE.formatted(ID, StoredQueries.LANGUAGE));
        assertThat(dup.bodyText()).contains("DuplicateStoredQueryIdValue");

        String all = text(dom(get(h, "SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=zoning:control_units&RESULTTYPE=hits").bodyBytes()),
                "/wfs:FeatureCollection/@numberMatched");
        // XML invocation, QName parameter with its own prefix declaration
        OgcResponse xml = post(h, """
                <GetFeature xmlns="http://www.opengis.net/wfs/2.0" service="WFS" version="2.0.0" resultType="hits">
                  <StoredQuery id="%s"><Parameter name="typeName" xmlns:t="https://ecozoning.org/zoning">t:control_units</Parameter>
                  <Parameter name="cls">PRIORITY_PROTECTION</Parameter></StoredQuery></GetFeature>""".formatted(ID));
        assertThat(xml.status()).as(xml.bodyText()).isEqualTo(200);
        long prio = Long.parseLong(text(dom(xml.bodyBytes()), "/wfs:FeatureCollection/@numberMatched"));
        assertThat(prio).isPositive().isLessThan(Long.parseLong(all));
        // KVP invocation gives the same
        OgcResponse kvp = get(h, "SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&RESULTTYPE=hits&STOREDQUERY_ID=" + ID
                + "&typeName=zoning:control_units&cls=PRIORITY_PROTECTION");
        assertThat(kvp.status()).as(kvp.bodyText()).isEqualTo(200);
        assertThat(Long.parseLong(text(dom(kvp.bodyBytes()), "/wfs:FeatureCollection/@numberMatched"))).isEqualTo(prio);

        Document list = dom(get(h, "SERVICE=WFS&VERSION=2.0.0&REQUEST=ListStoredQueries").bodyBytes());
        assertThat(nodes(list, "//wfs:StoredQuery[@id='" + ID + "']").getLength()).isEqualTo(1);
        Document described = dom(get(h, "SERVICE=WFS&VERSION=2.0.0&REQUEST=DescribeStoredQueries&STOREDQUERY_ID=" + ID).bodyBytes());
        assertThat(nodes(described, "//wfs:StoredQueryDescription[@id='" + ID + "']/wfs:Parameter").getLength()).isEqualTo(2);
        assertThat(get(h, "SERVICE=WFS&REQUEST=GetCapabilities").bodyText()).contains("CreateStoredQuery").contains("DropStoredQuery");

        OgcResponse dropped = post(h, "<DropStoredQuery xmlns=\"http://www.opengis.net/wfs/2.0\" service=\"WFS\" version=\"2.0.0\" id=\"" + ID + "\"/>");
        assertThat(dropped.bodyText()).contains("DropStoredQueryResponse");
        OgcResponse gone = get(h, "SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&STOREDQUERY_ID=" + ID + "&typeName=zoning:control_units&cls=X");
        assertThat(gone.status()).isEqualTo(400);
        assertThat(gone.bodyText()).contains("InvalidParameterValue");
        OgcResponse again = get(h, "SERVICE=WFS&VERSION=2.0.0&REQUEST=DropStoredQuery&STOREDQUERY_ID=" + ID);
        assertThat(again.bodyText()).contains("InvalidParameterValue").contains("locator=\"id\"");
    }

    @Test
    void otherQueryLanguagesAreRefused() {
        WfsHandler h = new WfsHandler(WfsConfig.of(TestScheme.catalog()));
        OgcResponse r = post(h, CREATE.formatted(ID, "http://qry.example.org"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.bodyText()).contains("InvalidParameterValue").contains("locator=\"language\"");
    }
}
