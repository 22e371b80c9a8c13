package org.ecozoning.server;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.ecozoning.ogc.common.Problem;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The Jetty handler that dispatches each request to the route chosen by a {@link RouteTable} and answers
 * every other path with a 404 problem.
 */
final class Router extends Handler.Abstract {

    private final RouteTable table;
    private final Map<Route, OgcHandlerAdapter> adapters = new IdentityHashMap<>();

    Router(RouteTable table, long maxRequestBodyBytes) {
        super(InvocationType.BLOCKING);
        this.table = table;
        for (Route r : table.routes()) {
            adapters.put(r, r.bodyLimit() > 0 ? new OgcHandlerAdapter(r.mountPath(), r.handler(), r.bodyLimit(), false)
                    : new OgcHandlerAdapter(r.mountPath(), r.handler(), maxRequestBodyBytes));
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        Optional<Route> route = table.match(path);
        if (route.isPresent()) {
            return adapters.get(route.get()).handle(request, response, callback);
        }
        JettyProblems.write(request, response, callback, Problem.of(404,
                "此路径下没有资源，可用的服务见首页 / No resource at this path; the landing page / lists the services")
                .withInstance(path));
        return true;
    }
}
