package org.ecozoning.ogc.common;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a response body to the client's stream, so that large results (feature collections, tiles,
 * reports) are produced while they are sent instead of being buffered in memory.
 *
 * <p>The writer must not close {@code out}; the server does. It is called at most once.
 */
@FunctionalInterface
public interface BodyWriter {

    /** A body of zero bytes. */
    BodyWriter EMPTY = out -> { };

    /**
     * Writes the whole body.
     *
     * @param out the response stream (already buffered by the server)
     * @throws IOException when writing fails, e.g. the client went away
     */
    void writeTo(OutputStream out) throws IOException;
}
