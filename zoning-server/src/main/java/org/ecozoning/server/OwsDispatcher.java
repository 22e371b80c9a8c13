package org.ecozoning.server;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.ecozoning.ogc.common.ExceptionReport;
import org.ecozoning.ogc.common.OgcHandler;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.OwsException;

/**
 * The combined {@code /ows} endpoint that desktop GIS clients expect: chooses the service by the
 * {@code SERVICE} parameter (KVP, case-insensitive) and hands the request to it. A POSTed XML
 * request without {@code SERVICE} goes to the default service (WFS, the only one taking XML bodies
 * so far). One line per service: {@code .service("WMS", wms)}.
 */
public final class OwsDispatcher implements OgcHandler {

    private final Map<String, OgcHandler> services = new LinkedHashMap<>();
    private String defaultService;

    /**
     * @param name    the SERVICE value, e.g. {@code WFS}
     * @param handler its handler
     * @return this dispatcher
     */
    public OwsDispatcher service(String name, OgcHandler handler) {
        String key = name.toUpperCase(Locale.ROOT);
        services.put(key, Objects.requireNonNull(handler, "handler"));
        if (defaultService == null) {
            defaultService = key;
        }
        return this;
    }

    /** @return the SERVICE values served, in order */
    public java.util.Set<String> services() {
        return java.util.Collections.unmodifiableSet(services.keySet());
    }

    @Override
    public OgcResponse handle(OgcRequest request) {
        String service = request.param("SERVICE");
        if (service == null || service.isBlank()) {
            if ("POST".equalsIgnoreCase(request.method()) && defaultService != null) {
                return services.get(defaultService).handle(request);
            }
            return error(new OwsException(OwsException.Code.MissingParameterValue, "service",
                    "缺少 SERVICE 参数（可用：" + services.keySet() + "）/ Missing parameter SERVICE (one of " + services.keySet() + ")"));
        }
        OgcHandler h = services.get(service.trim().toUpperCase(Locale.ROOT));
        if (h == null) {
            return error(OwsException.invalid("service", "不支持的服务 " + service + "（可用：" + services.keySet() + "）",
                    "Unsupported service " + service + " (one of " + services.keySet() + ")"));
        }
        return h.handle(request);
    }

    private static OgcResponse error(OwsException e) {
        return ExceptionReport.response(e, ExceptionReport.Dialect.OWS_1_1, "2.0.0");
    }
}
