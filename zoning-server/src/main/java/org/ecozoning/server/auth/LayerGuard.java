package org.ecozoning.server.auth;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.ecozoning.ogc.common.ExceptionReport;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.OgcHandler;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.OwsException;
import org.ecozoning.ogc.common.ProblemException;
import org.ecozoning.ogc.common.ProblemResponse;
import org.ecozoning.ogc.common.SecureXml;
import org.w3c.dom.Document;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Rights on a layer service (WFS, WMS, OGC API): staff callers go to the handler over the full
 * catalog; everyone else to the handler over the public view ({@link CatalogViews}), so
 * capabilities and listings omit staff layers by construction. A request that names a staff layer
 * directly — in KVP parameters, the OGC API path or an XML POST body — is refused with 403 in the
 * protocol's form: a WMS ServiceExceptionReport ({@code LayerNotDefined}), an OWS ExceptionReport
 * ({@code OperationProcessingFailed}) or a problem document.
 */
public final class LayerGuard implements OgcHandler {

    /** How a refusal is written. */
    public enum Protocol { OWS, WMS, API }

    /** KVP parameters that name layers or features (WFS, WMS, WMTS). */
    private static final List<String> NAMING_PARAMS = List.of("typeName", "typeNames", "layers", "query_layers", "layer",
            "resourceId", "featureId", "collections");

    private final CatalogViews views;
    private final Supplier<LayerCatalog> full;
    private final Protocol protocol;
    private final OgcHandler publicHandler;
    private final OgcHandler staffHandler;

    /**
     * @param views         the access policy and public views
     * @param full          the full catalog in force (to recognise staff layer names)
     * @param protocol      how refusals are written
     * @param publicHandler the service over the public view
     * @param staffHandler  the service over the full catalog
     */
    public LayerGuard(CatalogViews views, Supplier<LayerCatalog> full, Protocol protocol, OgcHandler publicHandler,
                      OgcHandler staffHandler) {
        this.views = Objects.requireNonNull(views);
        this.full = Objects.requireNonNull(full);
        this.protocol = Objects.requireNonNull(protocol);
        this.publicHandler = Objects.requireNonNull(publicHandler);
        this.staffHandler = Objects.requireNonNull(staffHandler);
    }

    @Override
    public OgcResponse handle(OgcRequest r) {
        if (views.policy().seesAll(r.roles())) return staffHandler.handle(r);
        OgcRequest req = r;
        List<String> names = new ArrayList<>();
        for (String p : NAMING_PARAMS) r.params(p).forEach(v -> names.addAll(tokens(v)));
        if (protocol == Protocol.API) names.addAll(collectionInPath(r.path()));
        if (r.method().equals("POST") && protocol != Protocol.API) {
            byte[] body = readAll(r);
            req = r.withBody(new ByteArrayInputStream(body));
            names.addAll(xmlTokens(body));
        }
        Optional<String> hidden = names.stream().filter(n -> hidden(n, r.roles())).findFirst();
        if (hidden.isPresent()) return refuse(r, hidden.get());
        return publicHandler.handle(req);
    }

    private boolean hidden(String token, Set<String> roles) {
        LayerCatalog c = full.get();
        if (c == null) return false;
        if (views.hidden(c, token, roles)) return true;
        int dot = token.indexOf('.');
        return dot > 0 && views.hidden(c, token.substring(0, dot), roles); // feature id "layer.id"
    }

    private OgcResponse refuse(OgcRequest r, String name) {
        String zh = "无权访问图层「" + name + "」（需要工作人员账户）";
        String en = "access to layer \"" + name + "\" is not allowed (a staff account is required)";
        if (protocol == Protocol.API) {
            return ProblemResponse.of(new ProblemException(403, "forbidden", "无权访问 / Forbidden", zh + " / " + en), r.path());
        }
        if (protocol == Protocol.WMS) return org.ecozoning.ogc.wms.WmsHandler.layerRefused(r, zh + " / " + en);
        String version = r.param("version", r.param("acceptVersions", "2.0.0"));
        return ExceptionReport.response(new OwsException(OwsException.Code.OperationProcessingFailed, "typeNames", zh + " / " + en),
                ExceptionReport.Dialect.OWS_1_1, version.split(",")[0]);
    }

    private static List<String> collectionInPath(String path) {
        String[] s = path.split("/");
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < s.length; i++) {
            if (s[i].equals("collections") && !s[i + 1].isEmpty()) out.add(s[i + 1]);
        }
        return out;
    }

    static List<String> tokens(String value) {
        List<String> out = new ArrayList<>();
        if (value == null) return out;
        for (String t : value.split("[\\s,()\"']+")) {
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    private static byte[] readAll(OgcRequest r) {
        try {
            return r.body().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every attribute value and text of an XML body, as tokens; nothing when it is not XML (the handler reports that). */
    static List<String> xmlTokens(byte[] body) {
        List<String> out = new ArrayList<>();
        Document d;
        try {
            d = SecureXml.parse(new ByteArrayInputStream(body), "body");
        } catch (RuntimeException e) {
            return out;
        }
        walk(d.getDocumentElement(), out);
        return out;
    }

    private static void walk(Node n, List<String> out) {
        if (n == null) return;
        if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
            out.addAll(tokens(n.getNodeValue()));
        }
        NamedNodeMap attrs = n.getAttributes();
        if (attrs != null) {
            for (int i = 0; i < attrs.getLength(); i++) out.addAll(tokens(attrs.item(i).getNodeValue()));
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) walk(c, out);
    }
}
