package org.ecozoning.ogc.processes;

/**
 * Turns the protocol's request echo kept with a job ({@link Job#request()}: the WPS response form,
 * the OGC API response mode) into text and back, so that a job store outside the heap (a database)
 * can answer status requests after a restart or on another server. Inputs are not kept, only what
 * status and result responses need (WPS lineage: literal values and input identifiers).
 */
public interface RequestCodec {
    /** The request as text, or null when this codec does not know its type. */
    String encode(Object request);

    /** The request from {@link #encode}'s text, or null when the text is not this codec's. */
    Object decode(String text);
}
