package org.ecozoning.server;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.ecozoning.ogc.common.Problem;
import org.ecozoning.ogc.common.ProblemException;

/**
 * A request body that fails with a 413 problem once more than the configured number of bytes has been
 * read, so a chunked upload without {@code Content-Length} cannot exceed the limit either.
 */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    static ProblemException tooLarge(long limit) {
        return new ProblemException(Problem.of(413,
                "请求体超过上限 " + limit + " 字节 / The request body exceeds the limit of " + limit + " bytes"));
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(long n) {
        count += n;
        if (count > limit) {
            throw tooLarge(limit);
        }
    }
}
