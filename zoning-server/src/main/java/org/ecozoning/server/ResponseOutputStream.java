package org.ecozoning.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Blocker;

/**
 * A blocking, buffered stream onto a Jetty response. A body that fits the buffer goes out in a single
 * last write, so Jetty sends it with {@code Content-Length}; a larger body is sent chunked as the buffer
 * fills, so memory stays at one buffer however large the body is. {@link #close()} finishes the
 * response; after a failure the caller must not close it (that would send a truncated body as complete).
 */
final class ResponseOutputStream extends OutputStream {

    private final Response response;
    private final byte[] buffer;
    private int count;
    private boolean closed;

    ResponseOutputStream(Response response, int bufferSize) {
        this.response = response;
        this.buffer = new byte[bufferSize];
    }

    @Override
    public void write(int b) throws IOException {
        if (count == buffer.length) {
            send(false);
        }
        buffer[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        while (len > 0) {
            if (count == buffer.length) {
                send(false);
            }
            int n = Math.min(len, buffer.length - count);
            System.arraycopy(b, off, buffer, count, n);
            count += n;
            off += n;
            len -= n;
        }
    }

    /** Sends what is buffered now (the response is committed and becomes chunked). */
    @Override
    public void flush() throws IOException {
        if (count > 0) {
            send(false);
        }
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            send(true);
        }
    }

    private void send(boolean last) throws IOException {
        if (closed && !last) {
            throw new IOException("stream closed");
        }
        try (Blocker.Callback callback = Blocker.callback()) {
            response.write(last, ByteBuffer.wrap(buffer, 0, count), callback);
            callback.block();
        }
        count = 0;
    }
}
