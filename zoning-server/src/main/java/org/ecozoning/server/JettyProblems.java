package org.ecozoning.server;

import java.nio.ByteBuffer;
import org.ecozoning.ogc.common.MediaTypes;
import org.ecozoning.ogc.common.Problem;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Writes an RFC 9457 problem as a complete Jetty response; shared by the router, the adapter and the error handler. */
final class JettyProblems {

    private JettyProblems() {
    }

    static void write(Request request, Response response, Callback callback, Problem problem) {
        byte[] body = problem.toJsonBytes();
        response.setStatus(problem.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, MediaTypes.PROBLEM_JSON);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        boolean head = "HEAD".equals(request.getMethod());
        response.write(true, head ? null : ByteBuffer.wrap(body), callback);
    }
}
