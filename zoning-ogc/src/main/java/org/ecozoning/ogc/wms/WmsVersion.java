package org.ecozoning.ogc.wms;

/**
 * The two WMS versions served and what differs between them on the wire: the CRS parameter name
 * and its axis-order rule, the pixel parameters of GetFeatureInfo, the exception and capabilities
 * MIME types, the names of the exception formats and the "invalid CRS" exception code.
 */
enum WmsVersion {
    V1_3_0("1.3.0", "CRS", "I", "J", "text/xml", "InvalidCRS", "XML", "INIMAGE", "BLANK"),
    V1_1_1("1.1.1", "SRS", "X", "Y", "application/vnd.ogc.wms_xml", "InvalidSRS", "application/vnd.ogc.se_xml",
            "application/vnd.ogc.se_inimage", "application/vnd.ogc.se_blank");

    final String number;
    final String crsParam;
    final String iParam;
    final String jParam;
    final String capabilitiesMime;
    final String invalidCrsCode;
    final String xmlExceptions;
    final String inImageExceptions;
    final String blankExceptions;

    WmsVersion(String number, String crsParam, String iParam, String jParam, String capabilitiesMime, String invalidCrsCode,
            String xmlExceptions, String inImageExceptions, String blankExceptions) {
        this.number = number;
        this.crsParam = crsParam;
        this.iParam = iParam;
        this.jParam = jParam;
        this.capabilitiesMime = capabilitiesMime;
        this.invalidCrsCode = invalidCrsCode;
        this.xmlExceptions = xmlExceptions;
        this.inImageExceptions = inImageExceptions;
        this.blankExceptions = blankExceptions;
    }

    /** The content type of an XML service exception report. */
    String exceptionMime() {
        return this == V1_3_0 ? "text/xml; charset=UTF-8" : "application/vnd.ogc.se_xml; charset=UTF-8";
    }

    /** The version of a VERSION (or WMTVER) value, or null when it is not served. */
    static WmsVersion of(String v) {
        if (v == null) return null;
        String t = v.trim();
        for (WmsVersion w : values()) if (w.number.equals(t)) return w;
        return null;
    }

    /**
     * WMS version negotiation (1.3.0 §6.2.4): the requested version if served, else the highest
     * served version lower than it, else the lowest served; no version means the highest.
     */
    static WmsVersion negotiate(String requested) {
        if (requested == null || requested.isBlank()) return V1_3_0;
        WmsVersion exact = of(requested);
        if (exact != null) return exact;
        // above 1.3.0: the highest; between the two or below 1.1.1: 1.1.1 (highest lower, else lowest)
        return compare(requested.trim(), V1_3_0.number) > 0 ? V1_3_0 : V1_1_1;
    }

    /** Compares dotted version numbers numerically; malformed parts count as 0. */
    static int compare(String a, String b) {
        String[] x = a.split("\\."), y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int p = i < x.length ? num(x[i]) : 0, q = i < y.length ? num(y[i]) : 0;
            if (p != q) return Integer.compare(p, q);
        }
        return 0;
    }

    private static int num(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
