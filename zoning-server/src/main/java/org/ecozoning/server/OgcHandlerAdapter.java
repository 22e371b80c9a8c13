package org.ecozoning.server;

import java.io.IOException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.ecozoning.ogc.common.OgcHandler;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.Problem;
import org.ecozoning.ogc.common.ProblemException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bridge between Jetty and the container-neutral {@link OgcHandler}: turns the Jetty request into an
 * {@link OgcRequest}, runs the handler (blocking is fine: requests run on virtual threads) and writes the
 * {@link OgcResponse}, streaming its body. Failures become RFC 9457 problems; an unexpected exception is
 * logged with an error id and answered with a 500 that carries only that id, never the stack trace.
 */
public final class OgcHandlerAdapter extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(OgcHandlerAdapter.class);
    private static final int STREAM_BUFFER = 32 * 1024;

    private final String mountPath;
    private final OgcHandler handler;
    private final long maxRequestBodyBytes;
    private final boolean refuseDeclaredOversize;

    /**
     * @param mountPath           prefix the handler is mounted under ({@code ""} for exact routes)
     * @param handler             the protocol handler
     * @param maxRequestBodyBytes largest request body accepted (413 beyond)
     */
    public OgcHandlerAdapter(String mountPath, OgcHandler handler, long maxRequestBodyBytes) {
        this(mountPath, handler, maxRequestBodyBytes, true);
    }

    /**
     * @param refuseDeclaredOversize whether a declared {@code Content-Length} over the limit is refused with a 413 problem
     *                               before the handler runs; false when the handler answers it in its own dialect
     *                               (reading never goes past the limit either way)
     */
    public OgcHandlerAdapter(String mountPath, OgcHandler handler, long maxRequestBodyBytes, boolean refuseDeclaredOversize) {
        super(InvocationType.BLOCKING);
        this.mountPath = Objects.requireNonNull(mountPath, "mountPath");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.maxRequestBodyBytes = maxRequestBodyBytes;
        this.refuseDeclaredOversize = refuseDeclaredOversize;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        OgcResponse answer;
        OgcRequest ogc = null;
        try {
            ogc = toOgcRequest(request);
            answer = handler.handle(ogc);
            if (answer == null) {
                throw new IllegalStateException("handler returned no response: " + handler);
            }
        } catch (Throwable t) {
            answer = problemFor(request, t).toResponse();
        }
        // a declared body larger than what draining reads is left to Jetty (it closes the connection): draining it
        // would wait for bytes a client refused early (e.g. a 1 GB batch answered from its Content-Length) never sends
        if (ogc != null && request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH) <= DRAIN_LIMIT) {
            drainUnread(ogc);
        }
        send(request, response, callback, answer);
        return true;
    }

    /** Most an unread request body is read past before answering, so the connection can be reused. */
    private static final int DRAIN_LIMIT = 1 << 20;

    /**
     * Reads (and drops) what a handler left of a small request body — e.g. a POST refused with 401
     * before its body was read — so that the client's kept-alive connection is not closed under a
     * request it sends next. Larger leftovers are left to Jetty, which then closes the connection.
     */
    private static void drainUnread(OgcRequest request) {
        byte[] sink = new byte[8192];
        try {
            int total = 0;
            for (int n; total < DRAIN_LIMIT && (n = request.body().read(sink)) > 0; ) {
                total += n;
            }
        } catch (java.io.IOException | RuntimeException ignored) {
            // the body is unusable anyway; Jetty closes the connection if it must
        }
    }

    private OgcRequest toOgcRequest(Request request) {
        long declared = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        if (refuseDeclaredOversize && declared > maxRequestBodyBytes) {
            throw LimitedInputStream.tooLarge(maxRequestBodyBytes);
        }
        String below = Request.getPathInContext(request).substring(mountPath.length());
        OgcRequest.Builder b = OgcRequest.builder(request.getMethod(), below.isEmpty() ? "/" : below)
                .baseUrl(baseUrl(request))
                .clientAddress(Request.getRemoteAddr(request))
                .body(new LimitedInputStream(Content.Source.asInputStream(request), maxRequestBodyBytes));
        String rawQuery = request.getHttpURI().getQuery();
        if (rawQuery != null) {
            b.query(rawQuery);
        }
        // repeated header lines are combined as RFC 9110 allows: "a, b"
        for (String name : request.getHeaders().getFieldNamesCollection()) {
            b.header(name, String.join(", ", request.getHeaders().getValuesList(name)));
        }
        return b.build();
    }

    private static String baseUrl(Request request) {
        String scheme = request.getHttpURI().getScheme();
        if (scheme == null) {
            scheme = request.isSecure() ? "https" : "http";
        }
        String host = Request.getServerName(request);
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        int port = Request.getServerPort(request);
        boolean defaultPort = port <= 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }

    private Problem problemFor(Request request, Throwable t) {
        String path = Request.getPathInContext(request);
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ProblemException pe) {
                Problem p = pe.problem();
                return p.instance() == null ? p.withInstance(path) : p;
            }
            if (c instanceof HttpException he && he.getCode() >= 400 && he.getCode() < 500) {
                return Problem.of(he.getCode(), he.getReason()).withInstance(path);
            }
        }
        String errorId = newErrorId();
        LOG.error("未处理的错误 / Unhandled error {} in {} {}", errorId, request.getMethod(), request.getHttpURI(), t);
        return Problem.of(HttpStatus.INTERNAL_SERVER_ERROR_500,
                        "服务器处理请求时出错，请将错误编号告知管理员 / The server failed to process the request; "
                                + "quote the error id to the administrator")
                .withInstance(path)
                .with("errorId", errorId);
    }

    private static String newErrorId() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    private void send(Request request, Response response, Callback callback, OgcResponse answer) {
        response.setStatus(answer.status());
        answer.headers().forEach((name, value) -> response.getHeaders().put(name, value));
        if (answer.contentType() != null) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
        }
        if ("HEAD".equals(request.getMethod()) || HttpStatus.hasNoBody(answer.status())) {
            response.write(true, null, callback);
            return;
        }
        // Not try-with-resources: closing after a failure would send a truncated body as complete.
        ResponseOutputStream out = new ResponseOutputStream(response, STREAM_BUFFER);
        try {
            answer.body().writeTo(out);
            out.close();
        } catch (Throwable t) {
            bodyFailed(request, response, callback, t);
            return;
        }
        callback.succeeded();
    }

    private void bodyFailed(Request request, Response response, Callback callback, Throwable t) {
        if (!response.isCommitted()) {
            response.reset();
            JettyProblems.write(request, response, callback, problemFor(request, t));
        } else if (t instanceof IOException) {
            LOG.debug("客户端中断 / Client went away during {} {}", request.getMethod(), request.getHttpURI(), t);
            callback.failed(t);
        } else {
            String errorId = newErrorId();
            LOG.error("响应流中断 / Response stream failed {} in {} {}", errorId, request.getMethod(), request.getHttpURI(), t);
            callback.failed(t);
        }
    }
}
