package org.ecozoning.server;

import org.ecozoning.ogc.common.Problem;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Replaces Jetty's HTML error page for errors raised by Jetty itself (malformed request, headers too
 * large, overload, shutdown): answers with an RFC 9457 problem and never with a stack trace or exception
 * text; for 5xx the detail is omitted altogether.
 */
final class ProblemErrorHandler implements Request.Handler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        String message = request.getAttribute(ErrorHandler.ERROR_MESSAGE) instanceof String s ? s : null;
        Object cause = request.getAttribute(ErrorHandler.ERROR_EXCEPTION);
        if (cause instanceof HttpException he) {
            status = he.getCode();
            if (message == null) {
                message = he.getReason();
            }
        }
        if (status < 400 || status > 599) {
            status = HttpStatus.INTERNAL_SERVER_ERROR_500;
        }
        response.setStatus(status);
        if (HttpStatus.hasNoBody(status)) {
            callback.succeeded();
            return true;
        }
        String detail = status < 500 ? message : null;
        JettyProblems.write(request, response, callback,
                Problem.of(status, detail).withInstance(request.getHttpURI().getPath()));
        return true;
    }
}
