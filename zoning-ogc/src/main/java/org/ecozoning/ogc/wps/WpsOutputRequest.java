package org.ecozoning.ogc.wps;

/** One requested output of a WPS 1.0.0 Execute: identifier, wanted MIME type (null: default) and whether to return it by reference. */
public record WpsOutputRequest(String id, String mimeType, boolean asReference) { }
