package org.ecozoning.ogc.common;

/**
 * A protocol endpoint: one parsed request in, one response out. Implemented by the WMS, WFS, WPS and
 * OGC API adapters and mounted by the server under a path prefix; it has no dependency on Jetty.
 */
@FunctionalInterface
public interface OgcHandler {

    /**
     * Handles one request. May block; it runs on its own virtual thread.
     *
     * @param request the parsed request
     * @return the response, never {@code null}
     * @throws Exception any failure: a {@link ProblemException} becomes its problem response, anything
     *                   else a 500 problem without details (logged on the server)
     */
    OgcResponse handle(OgcRequest request) throws Exception;
}
