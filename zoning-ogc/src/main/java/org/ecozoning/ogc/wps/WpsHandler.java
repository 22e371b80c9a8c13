package org.ecozoning.ogc.wps;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecozoning.ogc.common.ExceptionReport;
import org.ecozoning.ogc.common.OgcHandler;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.OwsException;
import org.ecozoning.ogc.common.SecureXml;
import org.ecozoning.ogc.processes.Job;
import org.ecozoning.ogc.processes.JobService;
import org.ecozoning.ogc.processes.JobStatus;
import org.ecozoning.ogc.processes.OutputData;
import org.ecozoning.ogc.processes.OutputDescription;
import org.ecozoning.ogc.processes.ProcessDescription;
import org.ecozoning.ogc.processes.ProcessException;
import org.ecozoning.ogc.processes.ProcessInputs;
import org.ecozoning.ogc.processes.ProcessRegistry;
import org.ecozoning.ogc.processes.ZoningProcess;
import javax.xml.stream.XMLStreamReader;
import org.ecozoning.ogc.common.ProblemException;
import org.ecozoning.ogc.common.SecureStax;
import org.ecozoning.ogc.processes.ProcessLimits;
import org.ecozoning.ogc.processes.Spool;
import org.w3c.dom.Element;

/**
 * WPS 1.0.0 endpoint (mount at {@code /wps} and {@code /ows}): GetCapabilities, DescribeProcess
 * and Execute by KVP GET and XML POST, RawDataOutput and ResponseDocument, synchronous by default
 * and asynchronous with {@code storeExecuteResponse="true"} (status polled at
 * {@code <mount>/status/<jobId>}, outputs by reference at {@code <mount>/output/<jobId>/<outputId>}).
 * Every error is an OWS 1.1 ExceptionReport; execution runs on the {@link JobService}'s workers.
 */
public final class WpsHandler implements OgcHandler {
    private final ProcessRegistry registry;
    private final JobService jobs;
    private final WpsConfig config;

    public WpsHandler(ProcessRegistry registry, JobService jobs, WpsConfig config) {
        this.registry = registry;
        this.jobs = jobs;
        this.config = config;
    }

    @Override
    public OgcResponse handle(OgcRequest r) {
        try {
            String path = r.path();
            if (path.startsWith("/status/")) return status(r, path.substring("/status/".length()));
            if (path.startsWith("/output/")) return output(path.substring("/output/".length()));
            if (!path.equals("/") && !path.isEmpty()) {
                throw new OwsException(OwsException.Code.NotFound, null, "没有此资源 " + path + " / no such resource " + path);
            }
            if (r.method().equals("POST")) return post(r);
            if (!r.method().equals("GET") && !r.method().equals("HEAD")) {
                throw new OwsException(OwsException.Code.OperationNotSupported, "method", "仅支持 GET 与 POST / only GET and POST are supported");
            }
            return get(r);
        } catch (OwsException e) {
            return report(e);
        } catch (ProcessException e) {
            return report(WpsErrors.toOws(e));
        }
    }

    private static OgcResponse report(OwsException e) {
        return ExceptionReport.response(e, ExceptionReport.Dialect.OWS_1_1, "1.0.0");
    }

    private OgcResponse get(OgcRequest r) {
        String service = r.param("service");
        String request = r.param("request");
        if (request == null || request.isBlank()) throw OwsException.missing("request");
        if (service == null || service.isBlank()) throw OwsException.missing("service");
        if (!service.equalsIgnoreCase("WPS")) throw OwsException.invalid("service", "应为 WPS", "must be WPS");
        String version = r.param("version");
        if (!request.equalsIgnoreCase("GetCapabilities") && (version == null || version.isBlank())) throw OwsException.missing("version");
        if (version != null && !version.isBlank() && !version.equals("1.0.0") && !request.equalsIgnoreCase("GetCapabilities")) {
            throw new OwsException(OwsException.Code.VersionNegotiationFailed, "version", "仅支持 WPS 1.0.0 / only WPS 1.0.0 is supported");
        }
        return switch (request.toLowerCase(java.util.Locale.ROOT)) {
            case "getcapabilities" -> capabilities(r);
            case "describeprocess" -> {
                String ids = r.param("identifier");
                if (ids == null || ids.isBlank()) throw OwsException.missing("Identifier");
                yield describe(List.of(ids.split(",")));
            }
            case "execute" -> execute(r, WpsKvpReader.read(r));
            default -> throw OwsException.notSupported(request);
        };
    }

    /** Largest non-Execute XML body (GetCapabilities, DescribeProcess) parsed as a DOM. */
    private static final long MAX_DOM_BODY = 1L << 20;

    private OgcResponse post(OgcRequest r) {
        Spool body = spoolBody(r, jobs.limits());
        try {
            String ns, local;
            try (InputStream in = body.open()) {
                XMLStreamReader x = SecureStax.reader(in);
                try {
                    SecureStax.toRoot(x, "request");
                    ns = x.getNamespaceURI();
                    local = x.getLocalName();
                    if (!WpsXmlReader.WPS.equals(ns)) {
                        throw OwsException.invalid("request", "根元素应在 WPS 1.0.0 命名空间中", "the root element must be in the WPS 1.0.0 namespace");
                    }
                    String service = x.getAttributeValue(null, "service");
                    if (service != null && !service.isEmpty() && !service.equals("WPS")) throw OwsException.invalid("service", "应为 WPS", "must be WPS");
                    if (local.equals("Execute")) {
                        String v = x.getAttributeValue(null, "version");
                        if (v != null && !v.isEmpty() && !v.equals("1.0.0")) {
                            throw new OwsException(OwsException.Code.VersionNegotiationFailed, "version", "仅支持 WPS 1.0.0 / only WPS 1.0.0 is supported");
                        }
                        WpsExecuteRequest req = WpsStreamReader.read(x, jobs.limits().spool());
                        body.delete();
                        return execute(r, req);
                    }
                } finally {
                    x.close();
                }
            } catch (javax.xml.stream.XMLStreamException e) {
                throw OwsException.parsing("request", "XML 无法解析：" + e.getMessage(), "the XML cannot be parsed: " + e.getMessage());
            } catch (IOException e) {
                throw OwsException.parsing("request", "读取请求体失败", "cannot read the request body");
            }
            if (body.size() > MAX_DOM_BODY) {
                throw new OwsException(OwsException.Code.FileSizeExceeded, "request", "请求过大 / the request is too large for " + local);
            }
            Element root;
            try (InputStream in = body.open()) {
                root = SecureXml.parse(in, "request").getDocumentElement();
            } catch (IOException e) {
                throw OwsException.parsing("request", "读取请求体失败", "cannot read the request body");
            }
            return switch (root.getLocalName()) {
                case "GetCapabilities" -> capabilities(r);
                case "DescribeProcess" -> describe(WpsXmlReader.identifiers(root));
                default -> throw OwsException.notSupported(root.getLocalName());
            };
        } finally {
            body.delete();
        }
    }

    /**
     * Reads the request body into a spool (memory while small, a temporary file beyond), refusing a
     * declared or actual size over the limit with FileSizeExceeded — before reading it, when the
     * client declared its length.
     */
    static Spool spoolBody(OgcRequest r, ProcessLimits limits) {
        OwsException tooLarge = WpsErrors.toOws(limits.tooLarge());
        String declared = r.header("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > limits.maxInputBytes()) throw tooLarge;
            } catch (NumberFormatException ignored) {
                // Jetty rejects malformed lengths itself
            }
        }
        try (InputStream in = r.body()) {
            return limits.spool().read(in, "wps-body", limits.maxInputBytes(), () -> tooLarge);
        } catch (ProblemException e) {
            if (e.problem().status() == 413) throw tooLarge; // the server's own body limit
            throw e;
        } catch (IOException e) {
            throw OwsException.parsing("request", "读取请求体失败", "cannot read the request body");
        }
    }

    private String serviceUrl(OgcRequest r) { return r.baseUrl() + config.mountPath(); }

    private OgcResponse capabilities(OgcRequest r) {
        return OgcResponse.ok(WpsDocuments.CONTENT_TYPE, WpsDocuments.capabilities(serviceUrl(r), registry.all(), config));
    }

    private OgcResponse describe(List<String> ids) {
        List<ZoningProcess> ps;
        if (ids.size() == 1 && ids.get(0).trim().equalsIgnoreCase("all")) ps = registry.all();
        else ps = ids.stream().map(String::trim).map(this::process).toList();
        return OgcResponse.ok(WpsDocuments.CONTENT_TYPE, WpsDocuments.describe(ps, jobs.limits().maxInputBytes() / (1024 * 1024)));
    }

    private ZoningProcess process(String id) {
        return registry.find(id).orElseThrow(() -> OwsException.invalid("Identifier", "没有过程「" + id + "」", "no process \"" + id + "\""));
    }

    private static org.ecozoning.ogc.processes.ZoningProcess.Origin origin(OgcRequest r) {
        return new org.ecozoning.ogc.processes.ZoningProcess.Origin(r.principal(), r.baseUrl(), "WPS", r.roles());
    }

    private OgcResponse execute(OgcRequest r, WpsExecuteRequest req) {
        try {
            return executeChecked(r, req);
        } catch (RuntimeException e) {
            // refused before a job took the inputs (or the queue was full): delete their spools now (idempotent)
            req.inputs().forEach(org.ecozoning.ogc.processes.InputValue::discard);
            throw e;
        }
    }

    private OgcResponse executeChecked(OgcRequest r, WpsExecuteRequest req) {
        ZoningProcess p = process(req.identifier());
        ProcessDescription d = p.description();
        ProcessInputs in = new ProcessInputs(req.inputs());
        in.check(d, jobs.limits().referencePolicy());
        Map<String, String> formats = new LinkedHashMap<>();
        for (WpsOutputRequest o : WpsDocuments.selected(req, d)) {
            OutputDescription od = d.output(o.id());
            if (od == null) throw OwsException.invalid(req.raw() != null ? "RawDataOutput" : "ResponseDocument", "没有输出「" + o.id() + "」", "no output \"" + o.id() + "\"");
            if (od.format(o.mimeType()) == null) {
                throw OwsException.invalid(o.id(), "输出不支持 mimeType「" + o.mimeType() + "」", "the output does not support mimeType \"" + o.mimeType() + "\"");
            }
            formats.put(o.id(), od.format(o.mimeType()).mimeType());
        }
        if (req.status() && !req.store()) {
            throw OwsException.invalid("status", "status=true 需要 storeExecuteResponse=true", "status=true requires storeExecuteResponse=true");
        }
        if (req.async()) {
            Job job = jobs.submit(p, in, formats, req, origin(r));
            return document(r, job, req, d);
        }
        Job job = jobs.run(p, in, formats, req, origin(r));
        if (job.status() != JobStatus.SUCCESSFUL) {
            OwsException e = job.error() != null ? WpsErrors.toOws(job.error()) : new OwsException(OwsException.Code.NoApplicableCode, null, job.message());
            return report(e);
        }
        if (req.raw() != null) return raw(job.result().output(req.raw().id()), job.id());
        return document(r, job, req, d);
    }

    private OgcResponse document(OgcRequest r, Job job, WpsExecuteRequest req, ProcessDescription d) {
        String base = serviceUrl(r);
        var rc = new WpsDocuments.ResponseContext(base, base + "/status/" + job.id(), base + "/output/" + job.id(), d);
        return new OgcResponse(200, WpsDocuments.CONTENT_TYPE, null, out -> WpsDocuments.executeResponse(out, job, req, rc));
    }

    private static OgcResponse raw(OutputData o, String jobId) {
        String ct = o.format().mimeType();
        if (o.format().isText() && !ct.contains("charset")) ct = ct + "; charset=UTF-8";
        OgcResponse resp = new OgcResponse(200, ct, null, o::writeTo).header("X-Job-Id", jobId);
        if (ct.startsWith("application/pdf")) resp.header("Content-Disposition", "inline; filename=\"report-" + jobId + ".pdf\"");
        return resp;
    }

    private OgcResponse status(OgcRequest r, String id) {
        Job job = jobs.job(id).orElseThrow(() -> new OwsException(OwsException.Code.NotFound, "jobId",
                "作业不存在或已过期：" + id + " / no such job (or it expired): " + id));
        if (!(job.request() instanceof WpsExecuteRequest req)) {
            throw new OwsException(OwsException.Code.NotFound, "jobId", "该作业不是 WPS 作业 / not a WPS job: " + id);
        }
        return document(r, job, req, registry.require(job.processId()).description());
    }

    private OgcResponse output(String rest) {
        int slash = rest.indexOf('/');
        if (slash < 0) throw new OwsException(OwsException.Code.NotFound, null, "应为 output/作业/输出 / expected output/{job}/{output}");
        String id = rest.substring(0, slash);
        String out = rest.substring(slash + 1);
        Job job = jobs.job(id).orElseThrow(() -> new OwsException(OwsException.Code.NotFound, "jobId", "作业不存在或已过期 / no such job (or it expired): " + id));
        if (job.status() != JobStatus.SUCCESSFUL || job.result() == null || job.result().output(out) == null) {
            throw new OwsException(OwsException.Code.NotFound, "output", "没有此输出 / no such output: " + out);
        }
        return raw(job.result().output(out), id);
    }
}
