package org.ecozoning.ogc.wfs;

import org.ecozoning.ogc.common.ExceptionReport;
import org.ecozoning.ogc.gml.GmlVersion;

/** The WFS versions served, with the namespaces, default GML and exception dialect of each. */
public enum WfsVersion {
    V2_0_0("2.0.0", "http://www.opengis.net/wfs/2.0", "http://schemas.opengis.net/wfs/2.0/wfs.xsd",
            GmlVersion.GML_3_2, ExceptionReport.Dialect.OWS_1_1, "2.0.0"),
    V1_1_0("1.1.0", "http://www.opengis.net/wfs", "http://schemas.opengis.net/wfs/1.1.0/wfs.xsd",
            GmlVersion.GML_3_1_1, ExceptionReport.Dialect.OWS_1_0, "1.0.0");

    private final String number;
    private final String namespace;
    private final String schemaLocation;
    private final GmlVersion gml;
    private final ExceptionReport.Dialect dialect;
    private final String exceptionVersion;

    WfsVersion(String number, String namespace, String schemaLocation, GmlVersion gml, ExceptionReport.Dialect dialect,
            String exceptionVersion) {
        this.number = number;
        this.namespace = namespace;
        this.schemaLocation = schemaLocation;
        this.gml = gml;
        this.dialect = dialect;
        this.exceptionVersion = exceptionVersion;
    }

    public String number() { return number; }

    public String namespace() { return namespace; }

    public String schemaLocation() { return schemaLocation; }

    /** The GML version this WFS version writes by default. */
    public GmlVersion gml() { return gml; }

    public ExceptionReport.Dialect dialect() { return dialect; }

    /** The {@code version} attribute of this version's exception reports. */
    public String exceptionVersion() { return exceptionVersion; }

    /** The version for a version string, or null when not served. */
    public static WfsVersion of(String v) {
        if (v == null) return null;
        for (WfsVersion w : values()) if (w.number.equals(v.trim())) return w;
        return null;
    }

    /** The version for a request's root namespace, or null. */
    public static WfsVersion ofNamespace(String ns) {
        for (WfsVersion w : values()) if (w.namespace.equals(ns)) return w;
        return null;
    }
}
