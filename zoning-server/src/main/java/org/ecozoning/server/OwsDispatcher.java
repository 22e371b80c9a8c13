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
                java.io.BufferedInputStream body = new java.io.BufferedInputStream(request.body(), PEEK_BYTES);
                String sniffed = sniff(body);
                OgcHandler target = services.getOrDefault(sniffed, services.get(defaultService));
                return target.handle(request.withBody(body));
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

    private static final int PEEK_BYTES = 8192;

    /** Namespaces of the XML request bodies each service accepts, for POSTs without a SERVICE parameter. */
    private static final Map<String, String> BODY_NAMESPACES = Map.of(
            "http://www.opengis.net/wps/1.0.0", "WPS",
            "http://www.opengis.net/wfs/2.0", "WFS",
            "http://www.opengis.net/wfs", "WFS",
            "http://www.opengis.net/wms", "WMS");

    /**
     * The service whose namespace the body's root element is in (read from its first bytes, then
     * reset so the handler reads the whole body), or null when none matches.
     */
    static String sniff(java.io.BufferedInputStream body) {
        try {
            body.mark(PEEK_BYTES);
            byte[] head = body.readNBytes(PEEK_BYTES);
            body.reset();
            String text = new String(head, java.nio.charset.StandardCharsets.UTF_8);
            int root = text.indexOf('<');
            while (root >= 0 && root + 1 < text.length() && (text.charAt(root + 1) == '?' || text.charAt(root + 1) == '!')) {
                root = text.indexOf('<', root + 1);
            }
            if (root < 0) {
                return null;
            }
            int end = text.indexOf('>', root);
            String tag = end < 0 ? text.substring(root + 1) : text.substring(root + 1, end);
            int nameEnd = 0;
            while (nameEnd < tag.length() && !Character.isWhitespace(tag.charAt(nameEnd)) && tag.charAt(nameEnd) != '/') {
                nameEnd++;
            }
            String name = tag.substring(0, nameEnd);
            int colon = name.indexOf(':');
            String attribute = colon < 0 ? "xmlns=" : "xmlns:" + name.substring(0, colon) + "=";
            int at = tag.indexOf(attribute);
            if (at < 0 || at + attribute.length() >= tag.length()) {
                return null;
            }
            char quote = tag.charAt(at + attribute.length());
            int close = tag.indexOf(quote, at + attribute.length() + 1);
            if (close < 0) {
                return null;
            }
            return BODY_NAMESPACES.get(tag.substring(at + attribute.length() + 1, close));
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static OgcResponse error(OwsException e) {
        return ExceptionReport.response(e, ExceptionReport.Dialect.OWS_1_1, "2.0.0");
    }
}
