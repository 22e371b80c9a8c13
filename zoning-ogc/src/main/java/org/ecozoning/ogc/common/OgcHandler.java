package org.ecozoning.ogc.common;

/**
 * A protocol endpoint: a parsed request in, a response out. Implementations never see the servlet
 * container and never throw for bad input — they answer in the protocol's own error form.
 */
@FunctionalInterface
public interface OgcHandler {
    OgcResponse handle(OgcRequest request);
}
