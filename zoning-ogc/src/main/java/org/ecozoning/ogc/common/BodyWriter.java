package org.ecozoning.ogc.common;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a response body to the client's stream as it is produced, so large outputs stream in flat memory. */
@FunctionalInterface
public interface BodyWriter {
    void writeTo(OutputStream out) throws IOException;
}
