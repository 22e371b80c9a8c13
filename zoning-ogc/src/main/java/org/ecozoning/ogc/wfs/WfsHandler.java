package org.ecozoning.ogc.wfs;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ecozoning.ogc.common.ExceptionReport;
import org.ecozoning.ogc.common.OgcHandler;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.OwsException;
import org.ecozoning.ogc.common.SecureXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The WFS endpoint: WFS 2.0.0 (Simple + Basic conformance with response paging and the
 * GetFeatureById stored query) and WFS 1.1.0, both over KVP (GET) and XML (POST). Mount it at
 * {@code /wfs} (and {@code /ows}); it never throws for bad input — every error becomes an OWS
 * ExceptionReport with the status its exception code calls for.
 *
 * <pre>{@code
 * LayerCatalog catalog = SchemeLayers.build(units, zones, Path.of("workspace/data/shanxi-counties.geojson"));
 * WfsConfig config = WfsConfig.of(catalog)
 *         .withMetadata(ServiceMetadata.load(Path.of("workspace/services.json"), "wfs"))
 *         .withEndpointPath("/wfs");
 * OgcHandler wfs = new WfsHandler(config);
 * }</pre>
 */
public final class WfsHandler implements OgcHandler {
    private static final List<String> OPERATIONS = List.of("GetCapabilities", "DescribeFeatureType", "GetFeature",
            "GetPropertyValue", "ListStoredQueries", "DescribeStoredQueries", "CreateStoredQuery", "DropStoredQuery");
    private static final List<String> SECTIONS = List.of("ServiceIdentification", "ServiceProvider", "OperationsMetadata",
            "FeatureTypeList", "Filter_Capabilities", "All");

    private final WfsConfig config;

    public WfsHandler(WfsConfig config) { this.config = config; }

    public WfsConfig config() { return config; }

    @Override
    public OgcResponse handle(OgcRequest request) {
        WfsVersion version = WfsVersion.V2_0_0;
        try {
            InputStream body = new BufferedInputStream(request.body());
            if ("POST".equals(request.method()) && hasBody(body)) {
                Document doc = SecureXml.parse(body, "request");
                Element root = doc.getDocumentElement();
                version = WfsVersion.ofNamespace(root.getNamespaceURI());
                if (version == null) {
                    version = WfsVersion.V2_0_0;
                    throw OwsException.parsing("request", "不是 WFS 请求：" + root.getNodeName(),
                            "not a WFS request: {" + root.getNamespaceURI() + "}" + root.getLocalName());
                }
                checkXmlVersion(root, version);
                if (root.hasAttribute("service") && !"WFS".equalsIgnoreCase(root.getAttribute("service"))) {
                    throw OwsException.invalid("service", "service 应为 WFS", "service must be WFS");
                }
                if ("GetCapabilities".equals(root.getLocalName())) version = negotiate(acceptVersions(root), version.number());
                WfsRequest req = new XmlRequestReader(config).read(root, version);
                return execute(req, request);
            }
            String service = request.param("service");
            String op = request.param("request");
            if (op == null || op.isBlank()) throw OwsException.missing("request");
            String operation = canonical(op);
            if (service == null || service.isBlank()) throw OwsException.missing("service");
            if (!"WFS".equalsIgnoreCase(service.trim())) throw OwsException.invalid("service", "service 应为 WFS", "service must be WFS");
            if (operation.equals("GetCapabilities")) {
                version = negotiate(request.param("acceptVersions"), request.param("version"));
            } else {
                version = requestVersion(request.param("version"));
            }
            if (operation.equals("GetCapabilities")) checkSections(request.param("sections"));
            WfsRequest req = new KvpRequestReader(config).read(operation, version, request);
            return execute(req, request);
        } catch (OwsException e) {
            return ExceptionReport.response(e, version.dialect(), version.exceptionVersion());
        } catch (RuntimeException e) {
            OwsException x = new OwsException(OwsException.Code.NoApplicableCode, null,
                    "服务器内部错误 / internal server error: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
            return ExceptionReport.response(x, version.dialect(), version.exceptionVersion());
        }
    }

    private OgcResponse execute(WfsRequest req, OgcRequest http) {
        String endpoint = http.baseUrl() + config.endpointPath();
        return switch (req) {
            case WfsRequest.GetCapabilities c -> {
                Set<String> sections = new LinkedHashSet<>(c.sections());
                for (String s : sections) checkSections(s);
                yield c.version() == WfsVersion.V2_0_0
                        ? OgcResponse.stream("application/xml; charset=UTF-8", out -> new Capabilities20Writer(config, endpoint).write(out, sections))
                        : OgcResponse.stream("application/xml; charset=UTF-8", out -> new Capabilities11Writer(config, endpoint).write(out, sections));
            }
            case WfsRequest.DescribeFeatureType d -> {
                var layers = d.layers().isEmpty() ? config.catalog().layers() : List.copyOf(new LinkedHashSet<>(d.layers()));
                yield OgcResponse.stream(d.format().mime(), out -> FeatureSchemaWriter.write(out, layers, d.format().gml()));
            }
            case WfsRequest.ListStoredQueries l -> {
                requireV2(l.version(), "ListStoredQueries");
                yield OgcResponse.stream("application/xml; charset=UTF-8", out -> StoredQueryWriter.list(out, config.catalog().layers(), config.storedQueries().all()));
            }
            case WfsRequest.DescribeStoredQueries d -> {
                requireV2(d.version(), "DescribeStoredQueries");
                yield OgcResponse.stream("application/xml; charset=UTF-8",
                        out -> StoredQueryWriter.describe(out, config.catalog().layers(), d.ids(), config.storedQueries().all()));
            }
            case WfsRequest.CreateStoredQuery c -> {
                requireV2(c.version(), "CreateStoredQuery");
                for (var d : c.definitions()) config.storedQueries().create(d);
                yield OgcResponse.stream("application/xml; charset=UTF-8", out -> StoredQueryWriter.status(out, "CreateStoredQueryResponse"));
            }
            case WfsRequest.DropStoredQuery d -> {
                requireV2(d.version(), "DropStoredQuery");
                config.storedQueries().drop(d.id());
                yield OgcResponse.stream("application/xml; charset=UTF-8", out -> StoredQueryWriter.status(out, "DropStoredQueryResponse"));
            }
            case WfsRequest.GetFeature g -> {
                if (g.isPropertyValue()) requireV2(g.version(), "GetPropertyValue");
                yield new GetFeatureOperation(config, endpoint).execute(g);
            }
        };
    }

    private static void requireV2(WfsVersion v, String op) {
        if (v != WfsVersion.V2_0_0) throw OwsException.notSupported(op);
    }

    private static boolean hasBody(InputStream in) {
        try {
            in.mark(1);
            int b = in.read();
            in.reset();
            return b >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static String canonical(String op) {
        for (String o : OPERATIONS) if (o.equalsIgnoreCase(op.trim())) return o;
        throw OwsException.notSupported(op.trim());
    }

    private static void checkSections(String sections) {
        if (sections == null) return;
        for (String s : sections.split(",")) {
            if (s.isBlank()) continue;
            if (!SECTIONS.contains(s.trim())) {
                throw OwsException.invalid("sections", "未知的能力文档章节 " + s, "unknown capabilities section " + s);
            }
        }
    }

    /** The version of a non-GetCapabilities request: absent means 2.0.0; an unserved one is InvalidParameterValue. */
    private static WfsVersion requestVersion(String v) {
        if (v == null || v.isBlank()) return WfsVersion.V2_0_0;
        WfsVersion w = WfsVersion.of(v);
        if (w == null) {
            throw OwsException.invalid("version", "不支持的版本 " + v + "（支持 2.0.0、1.1.0）", "unsupported version " + v + " (2.0.0 and 1.1.0 are served)");
        }
        return w;
    }

    /** OWS version negotiation: the first served version of AcceptVersions, else VERSION, else the newest. */
    private static WfsVersion negotiate(String acceptVersions, String version) {
        if (acceptVersions != null && !acceptVersions.isBlank()) {
            for (String v : acceptVersions.split(",")) {
                WfsVersion w = WfsVersion.of(v);
                if (w != null) return w;
            }
            throw new OwsException(OwsException.Code.VersionNegotiationFailed, "acceptVersions",
                    "不支持所请求的任何版本 " + acceptVersions + "（支持 2.0.0、1.1.0） / none of the versions " + acceptVersions
                            + " is served (2.0.0, 1.1.0)");
        }
        if (version != null && !version.isBlank()) {
            WfsVersion w = WfsVersion.of(version);
            return w != null ? w : (version.trim().startsWith("1.") ? WfsVersion.V1_1_0 : WfsVersion.V2_0_0);
        }
        return WfsVersion.V2_0_0;
    }

    private static String acceptVersions(Element root) {
        StringBuilder sb = new StringBuilder();
        for (org.w3c.dom.Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "AcceptVersions".equals(e.getLocalName())) {
                for (org.w3c.dom.Node v = e.getFirstChild(); v != null; v = v.getNextSibling()) {
                    if (v instanceof Element ve && "Version".equals(ve.getLocalName())) {
                        if (sb.length() > 0) sb.append(',');
                        sb.append(ve.getTextContent().trim());
                    }
                }
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static void checkXmlVersion(Element root, WfsVersion byNamespace) {
        if ("GetCapabilities".equals(root.getLocalName()) || !root.hasAttribute("version")) return;
        String v = root.getAttribute("version");
        if (!byNamespace.number().equals(v.trim().toLowerCase(Locale.ROOT))) {
            throw OwsException.invalid("version", "版本 " + v + " 与请求的命名空间不符", "version " + v + " does not match the request namespace");
        }
    }
}
