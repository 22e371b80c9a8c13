package org.ecozoning.conformance;

import java.nio.file.Path;
import java.util.List;

/**
 * The schema locations the OGC suites dereference, mapped to files inside jars from Maven Central, so that
 * a run needs no network: the OGC schema tree from {@code org.jvnet.ogc:ogc-schemas} and the two W3C
 * schemas (XLink 1.1, xml.xsd) from the copies the suite jars carry themselves.
 */
public final class SchemaMounts {

    /** Where the suite jars keep their copies of the W3C schemas (same path in ets-wfs20 and ets-gml32). */
    static final String SUITE_W3C = "org/opengis/cite/iso19136/xsd/w3c/";

    private SchemaMounts() {
    }

    /**
     * @param ogcSchemasJar the {@code ogc-schemas} jar (OGC tree under {@code ogc/})
     * @param suiteJar      the ets jar in use (carries xlink.xsd and xml.xsd)
     */
    public static List<SchemaMount> defaults(Path ogcSchemasJar, Path suiteJar) {
        String xlink = SUITE_W3C + "2008/06/xlink.xsd";
        String xml = SUITE_W3C + "2009/01/xml.xsd";
        return List.of(
                new SchemaMount("http://schemas.opengis.net/", ogcSchemasJar, "ogc/"),
                new SchemaMount("http://www.w3.org/1999/xlink.xsd", suiteJar, xlink),
                new SchemaMount("http://www.w3.org/XML/2008/06/xlink.xsd", suiteJar, xlink),
                new SchemaMount("http://www.w3.org/2001/xml.xsd", suiteJar, xml),
                new SchemaMount("http://www.w3.org/2009/01/xml.xsd", suiteJar, xml));
    }
}
