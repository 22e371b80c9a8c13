package org.ecozoning.ogc.wms;

import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.ecozoning.ogc.common.OgcHandler;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.OwsException;
import org.ecozoning.ogc.common.SecureXml;
import org.ecozoning.render.LegendRenderer;
import org.ecozoning.render.MapRenderer;
import org.w3c.dom.Element;

/**
 * The WMS endpoint: WMS 1.3.0 and 1.1.1 over KVP — GetCapabilities, GetMap (PNG, 8-bit PNG,
 * JPEG; SLD_BODY; CQL_FILTER when a parser is configured; DATE selects the scheme version in force),
 * GetFeatureInfo (HTML, text, GeoJSON, GML 2, GML 3.1.1) and GetLegendGraphic. POST bodies may be
 * form-encoded KVP or an SLD 1.1 XML GetMap; XML is parsed with DTDs refused. Mount
 * it at {@code /wms} and dispatch {@code /ows?SERVICE=WMS} to it; it never throws for bad input —
 * every error becomes a ServiceException report of the request's version, drawn into the image
 * for EXCEPTIONS=INIMAGE or replaced by an empty image for BLANK.
 *
 * <pre>{@code
 * LayerCatalog catalog = SchemeLayers.build(units, zones, Path.of("workspace/data/shanxi-counties.geojson"));
 * FontCatalog fonts = FontCatalog.withFolder(Path.of("workspace/fonts"));
 * fonts.warmUp();
 * WmsConfig config = WmsConfig.of(catalog, StyleLibrary.load(Path.of("styles")), fonts)
 *         .withMetadata(ServiceMetadata.load(Path.of("workspace/services.json"), "wms"))
 *         .withEndpointPath("/wms");
 * OgcHandler wms = new WmsHandler(config);
 * }</pre>
 */
public final class WmsHandler implements OgcHandler {
    private static final List<String> OPERATIONS = List.of("GetCapabilities", "GetMap", "GetFeatureInfo", "GetLegendGraphic");
    /** Largest form-encoded POST body read (SLD_BODY included). */
    private static final int MAX_FORM_BYTES = 2 * 1024 * 1024;

    private final WmsConfig config;
    private final LayerStyles styles;
    private final MapRequestReader reader;
    private final MapPainter painter;
    private final FeatureInfoOperation featureInfo;
    private final LegendOperation legends;

    public WmsHandler(WmsConfig config) {
        this.config = config;
        this.styles = new LayerStyles(config.styles(), config.layerStyles());
        this.reader = new MapRequestReader(config, styles);
        this.painter = new MapPainter(new MapRenderer(config.fonts()), config.crs());
        this.featureInfo = new FeatureInfoOperation(config, reader);
        this.legends = new LegendOperation(config, styles, new LegendRenderer(config.fonts()));
    }

    public WmsConfig config() { return config; }

    @Override
    public OgcResponse handle(OgcRequest request) {
        WmsVersion version = WmsVersion.V1_3_0;
        try {
            OgcRequest r = withPostedBody(request);
            String versionParam = r.param("VERSION", r.param("WMTVER"));
            WmsVersion asked = WmsVersion.of(versionParam);
            if (asked != null) version = asked;
            String op = r.param("REQUEST");
            if (op == null || op.isBlank()) throw WmsException.missing("REQUEST");
            String operation = canonical(op);
            String service = r.param("SERVICE");
            if (service != null && !service.isBlank() && !"WMS".equalsIgnoreCase(service.trim())) {
                throw WmsException.invalid("SERVICE", "SERVICE 应为 WMS：" + service, "SERVICE must be WMS: " + service);
            }
            if (operation.equals("GetCapabilities")) {
                if (service == null || service.isBlank()) throw WmsException.missing("SERVICE");
                version = WmsVersion.negotiate(versionParam);
                return capabilities(r, version);
            }
            // GetLegendGraphic's VERSION may be the SLD version (1.0.0, 1.1.0): not checked there
            if (versionParam != null && !versionParam.isBlank() && asked == null && !operation.equals("GetLegendGraphic")) {
                throw WmsException.invalid("VERSION", "不支持的版本 " + versionParam + "（支持 1.3.0、1.1.1）",
                        "unsupported version " + versionParam + " (1.3.0 and 1.1.1 are served)");
            }
            return switch (operation) {
                case "GetMap" -> getMap(r, version);
                case "GetFeatureInfo" -> featureInfo.execute(r, version);
                default -> legends.execute(r);
            };
        } catch (WmsException e) {
            return report(e, version);
        } catch (OwsException e) {
            return report(WmsException.from(e), version);
        } catch (RuntimeException e) {
            return report(internal(e), version);
        }
    }

    private static WmsException internal(RuntimeException e) {
        return new WmsException(WmsException.NO_CODE, null, "服务器内部错误 / internal server error: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()), 500);
    }

    /**
     * The answer to a request naming a layer the caller may not see (access rights are checked in
     * front of this handler): a ServiceExceptionReport of the request's version with code
     * LayerNotDefined — the layer does not exist for this caller — and HTTP 403.
     */
    public static OgcResponse layerRefused(OgcRequest r, String message) {
        WmsVersion version = WmsVersion.negotiate(r.param("VERSION", r.param("WMTVER", null)));
        WmsException e = new WmsException(WmsException.LAYER_NOT_DEFINED, "layers", message, 403);
        return new OgcResponse(403, version.exceptionMime(), null, out -> ServiceExceptionWriter.write(e, version, out));
    }

    private OgcResponse report(WmsException e, WmsVersion version) {
        int status = config.errorStatusCodes() ? e.httpStatus() : 200;
        return new OgcResponse(status, version.exceptionMime(), null, out -> ServiceExceptionWriter.write(e, version, out));
    }

    private static String canonical(String op) {
        String t = op.trim();
        for (String o : OPERATIONS) if (o.equalsIgnoreCase(t)) return o;
        if (t.equalsIgnoreCase("capabilities")) return "GetCapabilities"; // WMS 1.0
        if (t.equalsIgnoreCase("map")) return "GetMap";
        if (t.equalsIgnoreCase("feature_info")) return "GetFeatureInfo";
        throw WmsException.of(WmsException.NOT_SUPPORTED, "REQUEST", "不支持的操作 " + t + "（支持 " + String.join("、", OPERATIONS) + "）",
                "operation not supported: " + t + " (" + String.join(", ", OPERATIONS) + ")");
    }

    private OgcResponse capabilities(OgcRequest r, WmsVersion version) {
        checkUpdateSequence(r.param("UPDATESEQUENCE"));
        String endpoint = r.baseUrl() + config.endpointPath();
        String mime = version == WmsVersion.V1_3_0 ? "text/xml; charset=UTF-8" : version.capabilitiesMime;
        return OgcResponse.stream(mime, out -> new CapabilitiesWriter(config, version, endpoint, styles, legends::size).write(out));
    }

    /** UPDATESEQUENCE: equal to the current value → CurrentUpdateSequence, greater → InvalidUpdateSequence. */
    private void checkUpdateSequence(String asked) {
        String current = config.updateSequence();
        if (asked == null || asked.isBlank() || current == null) return;
        int cmp = compareSequence(asked.trim(), current);
        if (cmp == 0) {
            throw WmsException.of(WmsException.CURRENT_UPDATE_SEQUENCE, "UPDATESEQUENCE", "能力文档未变化（updateSequence=" + current + "）",
                    "the capabilities are unchanged (updateSequence=" + current + ")");
        }
        if (cmp > 0) {
            throw WmsException.of(WmsException.INVALID_UPDATE_SEQUENCE, "UPDATESEQUENCE", "UPDATESEQUENCE 大于当前值 " + current,
                    "UPDATESEQUENCE is greater than the current value " + current);
        }
    }

    private static int compareSequence(String a, String b) {
        try {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }

    private OgcResponse getMap(OgcRequest r, WmsVersion version) {
        ExceptionMode mode = ExceptionMode.of(r.param("EXCEPTIONS"));
        MapRequest.Frame frame = reader.frame(r, true); // errors up to here can only be XML
        BufferedImage img;
        try {
            MapRequest map = reader.read(r, version, frame);
            Deadline deadline = new Deadline(config.limits().renderTimeout());
            try {
                img = painter.paint(map, deadline);
            } catch (Deadline.Expired e) {
                throw new WmsException(WmsException.NO_CODE, null, "渲染超时（超过 " + deadline.limit().toMillis() + " 毫秒），请缩小范围或减少图层 / rendering took longer than "
                        + deadline.limit().toMillis() + " ms; ask for a smaller area or fewer layers", 503);
            }
        } catch (WmsException e) {
            if (mode == ExceptionMode.XML) throw e;
            img = mode == ExceptionMode.BLANK ? ErrorImages.blank(frame) : ErrorImages.inImage(frame, e, config.fonts());
        } catch (OwsException e) {
            if (mode == ExceptionMode.XML) throw e;
            img = mode == ExceptionMode.BLANK ? ErrorImages.blank(frame) : ErrorImages.inImage(frame, WmsException.from(e), config.fonts());
        } catch (RuntimeException e) {
            if (mode == ExceptionMode.XML) throw e;
            img = mode == ExceptionMode.BLANK ? ErrorImages.blank(frame) : ErrorImages.inImage(frame, internal(e), config.fonts());
        }
        BufferedImage image = img;
        return OgcResponse.stream(frame.format().mime, out -> ImageEncoder.encode(image, frame.format(), frame.background(), out));
    }

    /**
     * A POST body as parameters: form-encoded KVP are added to the query parameters; an XML body is
     * parsed with the hardened parser (a DTD or entity is refused) and, when it is an SLD GetMap,
     * read as the equivalent KVP request; other XML requests are not supported.
     */
    private OgcRequest withPostedBody(OgcRequest request) {
        if (!"POST".equals(request.method())) return request;
        InputStream body = new BufferedInputStream(request.body());
        byte[] bytes;
        try {
            bytes = body.readNBytes(MAX_FORM_BYTES + 1);
        } catch (IOException e) {
            throw WmsException.invalid("body", "无法读取请求体", "cannot read the request body: " + e.getMessage());
        }
        if (bytes.length == 0) return request;
        if (bytes.length > MAX_FORM_BYTES) {
            throw WmsException.invalid("body", "请求体超过 " + MAX_FORM_BYTES + " 字节", "the request body is larger than " + MAX_FORM_BYTES + " bytes");
        }
        String type = request.header("Content-Type");
        String text = new String(bytes, StandardCharsets.UTF_8);
        boolean xml = type != null && type.toLowerCase(Locale.ROOT).contains("xml") || text.stripLeading().startsWith("<");
        if (xml) {
            Element root = SecureXml.parse(new java.io.ByteArrayInputStream(bytes), "body").getDocumentElement();
            if (XmlGetMapReader.isGetMap(root)) return XmlGetMapReader.toKvp(root, request, config.crs());
            throw WmsException.of(WmsException.NOT_SUPPORTED, "body", "不支持 XML 编码的 " + root.getLocalName() + " 请求，请使用 KVP（GET 或表单 POST）",
                    "XML-encoded " + root.getLocalName() + " requests are not supported; use KVP (GET or form POST)");
        }
        OgcRequest.Builder b = OgcRequest.builder(request.method(), request.path()).baseUrl(request.baseUrl()).principal(request.principal());
        request.params().forEach((k, vs) -> vs.forEach(v -> b.param(k, v)));
        b.query(text);
        return b.build();
    }
}
