package org.ecozoning.ogc.processes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecozoning.ogc.common.OgcHandler;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.ProblemException;
import org.ecozoning.ogc.common.ProblemResponse;

/**
 * OGC API – Processes – Part 1 (Core, JSON) for the {@code /processes} and {@code /jobs} subtrees
 * below the OGC API mount ({@code /ogcapi}): process list and descriptions, execution (synchronous
 * by default; {@code Prefer: respond-async} gives 201 and a job Location), job list, status,
 * results and dismissal. Errors are problem documents. Compose with OGC API – Features through
 * {@link #compose}.
 */
public final class ProcessesHandler implements OgcHandler {
    static final ObjectMapper JSON = new ObjectMapper();
    private final ProcessRegistry registry;
    private final JobService jobs;
    private final String mountPath;

    /** @param mountPath the path the OGC API is mounted at (e.g. "/ogcapi"), for links */
    public ProcessesHandler(ProcessRegistry registry, JobService jobs, String mountPath) {
        this.registry = registry;
        this.jobs = jobs;
        this.mountPath = mountPath;
    }

    /** Whether a path below the mount belongs to this handler. */
    public static boolean owns(String path) {
        return path.equals("/processes") || path.startsWith("/processes/") || path.equals("/jobs") || path.startsWith("/jobs/");
    }

    /** One handler for the OGC API mount: /processes and /jobs here, everything else to {@code features}. */
    public static OgcHandler compose(OgcHandler features, ProcessesHandler processes) {
        return r -> owns(r.path()) ? processes.handle(r) : features.handle(r);
    }

    @Override
    public OgcResponse handle(OgcRequest r) {
        try {
            return route(r);
        } catch (ProblemException e) {
            return ProblemResponse.of(e, r.path());
        } catch (ProcessException e) {
            return ProblemResponse.of(problem(e), r.path());
        }
    }

    static ProblemException problem(ProcessException e) {
        String type = switch (e.kind()) {
            case UNKNOWN_PROCESS -> "no-such-process";
            case NOT_FOUND -> "no-such-job";
            case TOO_LARGE -> "too-large";
            case BUSY -> "busy";
            case TIMEOUT -> "timeout";
            case REFERENCE_REFUSED -> "reference-refused";
            default -> "invalid-input";
        };
        ProblemException p = new ProblemException(e.kind().httpStatus(), type, org.ecozoning.ogc.common.Problem.titleOf(e.kind().httpStatus()), e.getMessage());
        if (e.locator() != null) p.with("input", e.locator());
        return p;
    }

    private OgcResponse route(OgcRequest r) {
        String[] seg = r.path().substring(1).split("/");
        String m = r.method();
        if (seg[0].equals("processes")) {
            if (seg.length == 1) return only(m, "GET", () -> json(200, processList(r)));
            ZoningProcess p = registry.require(seg[1]);
            if (seg.length == 2) return only(m, "GET", () -> json(200, description(r, p)));
            if (seg.length == 3 && seg[2].equals("execution")) return only(m, "POST", () -> execute(r, p));
        } else if (seg[0].equals("jobs")) {
            if (seg.length == 1) return only(m, "GET", () -> json(200, jobList(r)));
            Job job = jobs.job(seg[1]).orElseThrow(() -> new ProcessException(ProcessException.Kind.NOT_FOUND, "jobId",
                    "作业不存在或已过期：" + seg[1], "no such job (or it expired): " + seg[1]));
            if (seg.length == 2) {
                if (m.equals("DELETE")) return json(200, status(r, jobs.dismiss(job.id()).orElse(job)));
                return only(m, "GET", () -> json(200, status(r, job)));
            }
            if (seg.length == 3 && seg[2].equals("results")) return only(m, "GET", () -> results(job));
        }
        throw ProblemException.notFound("没有此资源 " + r.path(), "no such resource " + r.path());
    }

    private static OgcResponse only(String method, String allowed, java.util.function.Supplier<OgcResponse> s) {
        if (method.equals(allowed) || (allowed.equals("GET") && method.equals("HEAD"))) return s.get();
        throw ProblemException.methodNotAllowed(method, allowed);
    }

    private String base(OgcRequest r) { return r.baseUrl() + mountPath; }

    private static OgcResponse json(int status, JsonNode n) {
        try {
            byte[] b = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(n);
            return new OgcResponse(status, "application/json", null, out -> out.write(b));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode link(ArrayNode links, String href, String rel, String type, String title) {
        ObjectNode l = links.addObject().put("href", href).put("rel", rel).put("type", type);
        if (title != null) l.put("title", title);
        return l;
    }

    private ObjectNode summary(OgcRequest r, ZoningProcess p) {
        ProcessDescription d = p.description();
        ObjectNode n = JSON.createObjectNode().put("id", d.apiId()).put("title", d.title()).put("description", d.abstractZh()).put("version", d.version());
        n.putArray("keywords").add(d.wpsId());
        n.putArray("jobControlOptions").add("sync-execute").add("async-execute").add("dismiss");
        n.putArray("outputTransmission").add("value").add("reference");
        ArrayNode links = n.putArray("links");
        link(links, base(r) + "/processes/" + d.apiId(), "self", "application/json", d.title());
        link(links, base(r) + "/processes/" + d.apiId() + "/execution", "http://www.opengis.net/def/rel/ogc/1.0/execute", "application/json", "执行 / execute");
        return n;
    }

    private JsonNode processList(OgcRequest r) {
        ObjectNode n = JSON.createObjectNode();
        ArrayNode ps = n.putArray("processes");
        for (ZoningProcess p : registry.all()) ps.add(summary(r, p));
        link(n.putArray("links"), base(r) + "/processes", "self", "application/json", "过程列表 / processes");
        return n;
    }

    private JsonNode description(OgcRequest r, ZoningProcess p) {
        ObjectNode n = summary(r, p);
        ObjectNode ins = n.putObject("inputs");
        for (InputDescription in : p.description().inputs()) {
            ObjectNode i = ins.putObject(in.id()).put("title", in.title()).put("description", in.abstractZh()).put("minOccurs", in.minOccurs())
                    .put("maxOccurs", in.maxOccurs());
            ObjectNode schema = i.putObject("schema");
            if (in.complex()) {
                ArrayNode one = schema.putArray("oneOf");
                for (Format f : in.formats()) one.addObject().put("type", "string").put("contentMediaType", f.mimeType());
                if (in.formats().contains(Format.GEOJSON)) one.addObject().put("type", "object").put("format", "geojson");
            } else {
                schema.put("type", switch (in.dataType()) {
                    case "double" -> "number";
                    default -> "string";
                });
                if (in.dataType().equals("date")) schema.put("format", "date");
                if (!in.allowedValues().isEmpty()) {
                    ArrayNode e = schema.putArray("enum");
                    in.allowedValues().forEach(e::add);
                }
            }
        }
        ObjectNode outs = n.putObject("outputs");
        for (OutputDescription o : p.description().outputs()) {
            ArrayNode one = outs.putObject(o.id()).put("title", o.title()).putObject("schema").putArray("oneOf");
            for (Format f : o.formats()) {
                ObjectNode s = one.addObject().put("type", "string").put("contentMediaType", f.mimeType());
                if (f == Format.PDF) s.put("contentEncoding", "base64");
            }
        }
        return n;
    }

    /** The execute request as read from the JSON body: inputs, wanted formats, raw or document. */
    record Execute(List<InputValue> inputs, Map<String, String> formats, boolean raw) { }

    /** Keeps the OGC API request echo (formats, raw or document; not the inputs) as JSON {@code {"api":{…}}}. */
    public static final RequestCodec REQUEST_CODEC = new RequestCodec() {
        @Override public String encode(Object request) {
            if (!(request instanceof Execute e)) return null;
            ObjectNode n = JSON.createObjectNode();
            ObjectNode api = n.putObject("api").put("raw", e.raw());
            ObjectNode f = api.putObject("formats");
            e.formats().forEach(f::put);
            return n.toString();
        }

        @Override public Object decode(String text) {
            try {
                JsonNode api = JSON.readTree(text).get("api");
                if (api == null) return null;
                Map<String, String> formats = new LinkedHashMap<>();
                api.path("formats").fields().forEachRemaining(e -> formats.put(e.getKey(), e.getValue().asText()));
                return new Execute(List.of(), formats, api.path("raw").asBoolean());
            } catch (IOException e) {
                return null;
            }
        }
    };

    Execute read(OgcRequest r, ProcessDescription d) {
        ProcessLimits limits = jobs.limits();
        String declared = r.header("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > limits.maxInputBytes()) throw problem(limits.tooLarge());
            } catch (NumberFormatException ignored) {
                // Jetty rejects malformed lengths itself
            }
        }
        Spool body;
        try (var in = r.body()) {
            body = limits.spool().read(in, "api-body", limits.maxInputBytes(), () -> problem(limits.tooLarge()));
        } catch (IOException e) {
            throw ProblemException.badRequest("读取请求体失败", "cannot read the request body");
        }
        try (var in = body.open()) {
            return ExecuteJsonReader.read(in, d, limits.spool());
        } catch (IOException e) {
            throw ProblemException.badRequest("读取请求体失败", "cannot read the request body");
        } finally {
            body.delete();
        }
    }

    private OgcResponse execute(OgcRequest r, ZoningProcess p) {
        Execute ex = read(r, p.description());
        ProcessInputs in = new ProcessInputs(ex.inputs());
        try {
            in.check(p.description(), jobs.limits().referencePolicy());
        } catch (RuntimeException e) {
            in.discard();
            throw e;
        }
        String prefer = r.header("Prefer");
        if (prefer != null && prefer.toLowerCase(java.util.Locale.ROOT).contains("respond-async")) {
            Job job = jobs.submit(p, in, ex.formats(), ex, origin(r, "OGC API"));
            return json(201, status(r, job)).header("Location", base(r) + "/jobs/" + job.id()).header("Preference-Applied", "respond-async");
        }
        Job job = jobs.run(p, in, ex.formats(), ex, origin(r, "OGC API"));
        if (job.status() != JobStatus.SUCCESSFUL) {
            throw job.error() != null ? problem(job.error()) : new ProblemException(500, "failed", "处理失败 / Failed", job.message());
        }
        return results(job).header("Location", base(r) + "/jobs/" + job.id());
    }

    /** Who asks, copied from the request for the worker (saved assessments record it). */
    static ZoningProcess.Origin origin(OgcRequest r, String protocol) {
        return new ZoningProcess.Origin(r.principal(), r.baseUrl(), protocol, r.roles());
    }

    private JsonNode jobList(OgcRequest r) {
        ObjectNode n = JSON.createObjectNode();
        ArrayNode a = n.putArray("jobs");
        for (Job j : jobs.jobs(1000)) a.add(status(r, j));
        link(n.putArray("links"), base(r) + "/jobs", "self", "application/json", "作业列表 / jobs");
        return n;
    }

    private ObjectNode status(OgcRequest r, Job j) {
        String apiId = registry.find(j.processId()).map(p -> p.description().apiId()).orElse(j.processId());
        ObjectNode n = JSON.createObjectNode().put("jobID", j.id()).put("processID", apiId).put("type", "process").put("status", j.status().apiName())
                .put("message", j.message()).put("progress", j.percent()).put("created", j.created().toString());
        if (j.started() != null) n.put("started", j.started().toString());
        if (j.finished() != null) n.put("finished", j.finished().toString());
        n.put("updated", (j.finished() != null ? j.finished() : j.started() != null ? j.started() : j.created()).toString());
        ArrayNode links = n.putArray("links");
        link(links, base(r) + "/jobs/" + j.id(), "self", "application/json", "作业状态 / status");
        if (j.status() == JobStatus.SUCCESSFUL) {
            link(links, base(r) + "/jobs/" + j.id() + "/results", "http://www.opengis.net/def/rel/ogc/1.0/results", "application/json", "结果 / results");
        }
        return n;
    }

    private OgcResponse results(Job job) {
        if (job.status() == JobStatus.FAILED && job.error() != null) throw problem(job.error());
        if (job.status() != JobStatus.SUCCESSFUL || job.result() == null) {
            throw new ProblemException(404, "result-not-ready", "结果尚未就绪 / Result not ready", "作业状态：" + job.status().apiName() + " / job status: "
                    + job.status().apiName());
        }
        Map<String, OutputData> outs = job.result().outputs();
        boolean raw = job.request() instanceof Execute e && e.raw();
        if (outs.size() == 1 || raw) {
            OutputData o = outs.values().iterator().next();
            String ct = o.format().mimeType();
            if (o.format().isText() && !ct.contains("charset")) ct += "; charset=UTF-8";
            return new OgcResponse(200, ct, null, o::writeTo);
        }
        List<OutputData> list = List.copyOf(outs.values());
        return new OgcResponse(200, "application/json", null, out -> writeResults(list, out));
    }

    /** The results document, streamed: JSON outputs copied as they are, others as JSON strings (PDF in base64). */
    static void writeResults(List<OutputData> outs, java.io.OutputStream out) throws IOException {
        out.write('{');
        boolean first = true;
        for (OutputData o : outs) {
            if (!first) out.write(',');
            first = false;
            out.write(JSON.writeValueAsBytes(o.id()));
            out.write(':');
            String mt = o.format().mimeType();
            if (mt.contains("json")) {
                o.writeTo(out);
                continue;
            }
            try (com.fasterxml.jackson.core.JsonGenerator g = JSON.getFactory().createGenerator(out)) {
                g.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.writeStartObject();
                g.writeFieldName("value");
                if (o.format() == Format.PDF) {
                    g.writeString(Base64.getEncoder().encodeToString(o.bytes() != null ? o.bytes() : Files.readAllBytes(o.file())));
                } else {
                    try (var reader = new java.io.InputStreamReader(o.open(), java.nio.charset.StandardCharsets.UTF_8)) {
                        g.writeString(reader, -1);
                    }
                }
                g.writeObjectFieldStart("format");
                g.writeStringField("mediaType", mt);
                if (o.format() == Format.PDF) g.writeStringField("encoding", "base64");
                g.writeEndObject();
                g.writeEndObject();
            }
        }
        out.write('}');
    }
}