package org.ecozoning.ogc.processes;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ecozoning.compliance.AssessmentReport;
import org.ecozoning.compliance.ComplianceEngine;
import org.ecozoning.compliance.ProjectInput;
import org.ecozoning.geojson.GeoJsonException;
import org.ecozoning.geojson.GeoJsonFeature;
import org.ecozoning.geojson.GeoJsonReader;
import org.ecozoning.geojson.GeoJsonWriter;
import org.ecozoning.model.ZoningException;
import org.ecozoning.ogc.common.OwsException;
import org.ecozoning.ogc.common.SecureXml;
import org.ecozoning.ogc.common.Xml;
import org.ecozoning.ogc.gml.GmlGeometryReader;
import org.ecozoning.ogc.gml.GmlGeometryWriter;
import org.ecozoning.ogc.gml.GmlVersion;
import org.ecozoning.rules.ProjectNature;
import org.ecozoning.rules.Verdict;
import org.locationtech.jts.geom.Geometry;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * {@code zoning:BatchCompliance} (OGC API: {@code batch-compliance}): judges every feature of a
 * collection (GeoJSON or GML; industry, nature and capacity per feature or shared as inputs) and
 * returns the same collection with {@code verdict}, {@code worstRuleId} and {@code unitCodes} per
 * feature, plus a summary — for supervising change polygons. GeoJSON is counted and then read one
 * feature at a time, and the result is written to a temporary file, so memory stays bounded by
 * the request size limit, not by the feature count; progress is reported as features complete.
 */
public final class BatchComplianceProcess implements ZoningProcess {
    public static final String WPS_ID = "zoning:BatchCompliance";
    public static final String API_ID = "batch-compliance";
    private static final JsonFactory JSON = new JsonFactory();

    private final EngineLookup engines;
    private final ProcessLimits limits;
    private final ProcessDescription description;

    public BatchComplianceProcess(EngineLookup engines, ProcessLimits limits) {
        this.engines = engines;
        this.limits = limits;
        List<InputDescription> in = new ArrayList<>();
        in.add(InputDescription.complex("features", "项目要素集", "Project features",
                "要素集合（GeoJSON 或 GML）；属性 industry、nature、capacityMW、name 可逐要素给出，缺省取共用输入", 1,
                List.of(Format.GEOJSON, Format.JSON, Format.GML32, Format.GML212, Format.GML32_APP)));
        for (InputDescription d : AdmissionComplianceProcess.commonInputs(false)) {
            if (d.id().equals("geometry") || d.id().equals("name")) continue;
            in.add(d.minOccurs() == 0 ? d : new InputDescription(d.id(), d.titleZh(), d.titleEn(), d.abstractZh() + "（要素未给出时使用）", d.complex(),
                    d.dataType(), d.allowedValues(), d.formats(), 0, d.maxOccurs()));
        }
        this.description = new ProcessDescription(WPS_ID, API_ID, "1.0.0", "批量符合性研判", "Batch compliance",
                "对要素集合中的每个项目或变化图斑逐一研判，返回带结论、最严规则和涉及单元的同一集合及汇总。",
                "Judges every feature of a collection and returns it with verdict, worst rule and unit codes per feature, plus a summary.", in,
                List.of(new OutputDescription("result", "逐要素研判结果", "Features with verdicts", List.of(Format.GEOJSON, Format.GML32, Format.GML32_APP)),
                        new OutputDescription("summary", "汇总", "Summary", List.of(Format.JSON))));
    }

    @Override
    public ProcessDescription description() { return description; }

    /** One feature to judge: id, attributes and geometry as read. */
    record Item(String id, Map<String, Object> properties, Geometry geometry, String srsName) { }

    /** Where judged features go (GeoJSON or GML). */
    interface Sink extends AutoCloseable {
        void write(Item item, Map<String, Object> added) throws IOException;

        @Override void close() throws IOException;
    }

    @Override
    public ProcessResult execute(ProcessInputs in, Map<String, String> formats, ExecutionContext ctx) {
        ComplianceEngine engine = AdmissionComplianceProcess.engine(engines, in, ctx);
        InputValue fv = in.value("features");
        if (fv == null) throw ProcessException.missing("features");
        String mime = fv.mimeType() == null ? Format.GEOJSON.mimeType() : fv.mimeType();
        String base = Format.base(mime);
        boolean json = base.contains("json");
        boolean xml = base.endsWith("xml");
        if (!json && !xml) {
            throw ProcessException.invalid("features", "不支持的 mimeType「" + mime + "」（支持 GeoJSON 与 GML）", "unsupported mimeType \"" + mime + "\" (GeoJSON or GML)");
        }
        Shared shared = new Shared(in.text("industry"), in.text("nature") == null ? null : AdmissionComplianceProcess.nature(in.text("nature"), "nature"),
                in.number("capacityMW"), in.text("crs"));
        Format resultFormat = description.output("result").format(formats.get("result"));
        boolean wantResult = formats.isEmpty() || formats.containsKey("result");
        Path file = null;
        try {
            file = limits.spool().newFile("zoning-batch-", resultFormat == Format.GEOJSON ? ".geojson" : ".gml");
            Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
            int[] errors = {0};
            int[] done = {0};
            try (OutputStream os = Files.newOutputStream(file); Sink sink = resultFormat == Format.GEOJSON ? geoJsonSink(os) : gmlSink(os)) {
                Consumer<Item> judge = item -> {
                    Map<String, Object> added = judge(engine, item, shared);
                    Object v = added.get("verdict");
                    if (v instanceof Verdict vv) counts.merge(vv, 1, Integer::sum);
                    else errors[0]++;
                    try {
                        sink.write(item, added);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    done[0]++;
                };
                if (json) {
                    int total = countGeoJson(fv);
                    ctx.progress().update(1, "共 " + total + " 个要素 / " + total + " features");
                    readGeoJson(fv, item -> {
                        judge.accept(item);
                        progress(ctx, done[0], total);
                    });
                } else if (fv.xml() != null) {
                    List<Element> members = gmlMembers(fv);
                    int total = members.size();
                    checkCount(total);
                    int i = 0;
                    for (Element m : members) {
                        judge.accept(gmlItem(m, ++i));
                        progress(ctx, done[0], total);
                    }
                } else {
                    int total = GmlFeatureStream.count(fv, limits.maxBatchFeatures());
                    checkCount(total);
                    ctx.progress().update(1, "共 " + total + " 个要素 / " + total + " features");
                    int[] i = {0};
                    GmlFeatureStream.forEach(fv, total == 0, f -> {
                        judge.accept(gmlItem(f, ++i[0]));
                        progress(ctx, done[0], Math.max(total, 1));
                    });
                    if (i[0] == 0) throw ProcessException.invalid("features", "GML 中没有要素", "the GML holds no features");
                }
            }
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("schemeVersion", engine.scheme().version());
            summary.put("features", done[0]);
            Map<String, Integer> byVerdict = new LinkedHashMap<>();
            for (Verdict v : Verdict.values()) byVerdict.put(v.name(), counts.getOrDefault(v, 0));
            summary.put("verdicts", byVerdict);
            summary.put("errors", errors[0]);
            Verdict worst = null;
            for (Verdict v : counts.keySet()) if (v.isRuleVerdict()) worst = Verdict.worst(worst, v);
            summary.put("worstVerdict", worst == null ? null : worst.name());
            List<OutputData> out = new ArrayList<>();
            if (wantResult) out.add(OutputData.file("result", resultFormat, file));
            else Files.deleteIfExists(file);
            if (formats.isEmpty() || formats.containsKey("summary")) out.add(OutputData.of("summary", Format.JSON, AdmissionComplianceProcess.json(summary)));
            return ProcessResult.of(out);
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(file);
            throw new ProcessException(ProcessException.Kind.FAILED, "result", "写出结果失败", "cannot write the result: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) return;
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // temp file
        }
    }

    private static void progress(ExecutionContext ctx, int done, int total) {
        int step = Math.max(1, Math.min(500, total / 50)); // about 50 steps for small batches, every 500 features for large ones
        if (total > 0 && (done % step == 0 || done == total)) ctx.progress().update(Math.min(99, 1 + done * 98 / total), done + " / " + total);
        else ctx.progress().check();
    }

    record Shared(String industry, ProjectNature nature, Double capacityMW, String crs) { }

    private Map<String, Object> judge(ComplianceEngine engine, Item item, Shared shared) {
        Map<String, Object> added = new LinkedHashMap<>();
        try {
            String industry = str(item.properties().get("industry"), shared.industry());
            String natureText = str(item.properties().get("nature"), null);
            ProjectNature nature = natureText != null ? AdmissionComplianceProcess.nature(natureText, "nature") : shared.nature();
            if (item.geometry() == null) throw ProcessException.invalid("geometry", "要素没有几何", "the feature has no geometry");
            if (industry == null) throw ProcessException.missing("industry");
            if (nature == null) throw ProcessException.missing("nature");
            String crs = shared.crs() != null ? shared.crs() : item.srsName();
            ProjectInput.Builder b = ProjectInput.builder().geometry(item.geometry()).crs(crs).industry(industry).nature(nature);
            Object mw = item.properties().get("capacityMW");
            if (mw instanceof Number n) b.capacityMW(n.doubleValue());
            else if (mw != null && !mw.toString().isBlank()) b.capacityMW(Double.parseDouble(mw.toString().trim()));
            else if (shared.capacityMW() != null) b.capacityMW(shared.capacityMW());
            AssessmentReport r = engine.assess(b.build());
            added.put("verdict", r.verdict());
            String worstRule = r.findings().stream().filter(f -> f.verdict() == r.verdict()).map(AssessmentReport.Finding::ruleId).findFirst().orElse(null);
            added.put("worstRuleId", worstRule);
            added.put("unitCodes", String.join(",", r.units().stream().map(AssessmentReport.UnitHit::code).toList()));
        } catch (ZoningException e) {
            added.put("error", e.messageZh() + " / " + e.messageEn());
        } catch (ProcessException e) {
            added.put("error", e.getMessage());
        } catch (NumberFormatException e) {
            added.put("error", "capacityMW 不是数值 / capacityMW is not a number");
        }
        return added;
    }

    private static String str(Object o, String fallback) {
        return o == null || o.toString().isBlank() ? fallback : o.toString().trim();
    }

    private static String text(InputValue v) {
        if (v.text() == null || v.text().isBlank()) throw ProcessException.missing(v.identifier());
        return v.text();
    }

    private void checkCount(long n) {
        if (n > limits.maxBatchFeatures()) {
            throw new ProcessException(ProcessException.Kind.TOO_LARGE, "features", "要素过多：" + n + " 个，上限 " + limits.maxBatchFeatures() + " 个，请分批提交",
                    "too many features: " + n + ", the limit is " + limits.maxBatchFeatures() + "; split the batch");
        }
    }

    /** Counts the features without building them; stops as soon as the limit is passed. */
    private int countGeoJson(InputValue v) {
        try (InputStream in = v.open(); JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw ProcessException.invalid("features", "GeoJSON 必须是对象", "GeoJSON must be an object");
            int n = 0;
            boolean collection = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if ("features".equals(name) && t == JsonToken.START_ARRAY) {
                    collection = true;
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        p.skipChildren();
                        if (++n > limits.maxBatchFeatures()) checkCount(n);
                    }
                } else {
                    p.skipChildren();
                }
            }
            return collection ? n : 1;
        } catch (IOException e) {
            throw ProcessException.invalid("features", "GeoJSON 无法解析：" + e.getMessage(), "cannot parse GeoJSON: " + e.getMessage());
        }
    }

    private static void readGeoJson(InputValue v, Consumer<Item> sink) {
        int[] i = {0};
        try (InputStream in = v.open()) {
            new GeoJsonReader().forEachFeature(in, f -> {
                i[0]++;
                sink.accept(new Item(f.id() == null ? String.valueOf(i[0]) : f.id().toString(), f.properties() == null ? Map.of() : f.properties(),
                        f.geometry(), null));
            });
        } catch (GeoJsonException e) {
            throw ProcessException.invalid("features", "GeoJSON 无法解析（第 " + (i[0] + 1) + " 个要素）：" + e.getMessage(),
                    "cannot parse GeoJSON (feature " + (i[0] + 1) + "): " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Element> gmlMembers(InputValue v) {
        Element root = v.xml();
        if (root == null) {
            try {
                root = SecureXml.parse(text(v), "features").getDocumentElement();
            } catch (OwsException e) {
                throw new ProcessException(ProcessException.Kind.INVALID_INPUT, "features", "GML 无法解析", "GML cannot be parsed: " + e.getMessage());
            }
        }
        List<Element> out = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) continue;
            String ln = e.getLocalName();
            if (ln.equals("featureMember") || ln.equals("member")) {
                for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) if (c instanceof Element f) out.add(f);
            } else if (ln.equals("featureMembers")) {
                for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) if (c instanceof Element f) out.add(f);
            }
        }
        if (out.isEmpty() && GeometryInput.firstGeometry(root) != null) out.add(root); // a single feature
        if (out.isEmpty()) throw ProcessException.invalid("features", "GML 中没有要素", "the GML holds no features");
        return out;
    }

    static Item gmlItem(Element f, int index) {
        Map<String, Object> props = new LinkedHashMap<>();
        Geometry g = null;
        String srs = null;
        for (Node n = f.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element p)) continue;
            Element geom = GeometryInput.firstGeometry(p);
            if (geom != null && g == null) {
                try {
                    GmlGeometryReader.Result r = new GmlGeometryReader().read(geom);
                    g = r.geometry();
                    srs = r.srsName();
                } catch (IllegalArgumentException e) {
                    throw ProcessException.invalid("features", "第 " + index + " 个要素的 GML 几何无效：" + e.getMessage(),
                            "invalid GML geometry in feature " + index + ": " + e.getMessage());
                }
            } else if (geom == null && !GmlGeometryReader.isGml(p)) {
                props.put(p.getLocalName(), p.getTextContent().trim());
            }
        }
        String id = f.getAttributeNS(GmlVersion.GML_3_2.namespace(), "id");
        if (id.isEmpty()) id = f.getAttribute("fid");
        if (id.isEmpty()) id = f.getAttributeNS(GmlVersion.GML_3_1_1.namespace(), "id");
        return new Item(id.isEmpty() ? String.valueOf(index) : id, props, g, srs);
    }

    private static Sink geoJsonSink(OutputStream os) throws IOException {
        JsonGenerator g = JSON.createGenerator(os, JsonEncoding.UTF8);
        GeoJsonWriter gw = new GeoJsonWriter(7);
        g.writeStartObject();
        g.writeStringField("type", "FeatureCollection");
        g.writeArrayFieldStart("features");
        return new Sink() {
            @Override public void write(Item item, Map<String, Object> added) throws IOException {
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                g.writeStringField("id", item.id());
                g.writeFieldName("geometry");
                if (item.geometry() == null) g.writeNull();
                else gw.write(item.geometry(), g);
                g.writeObjectFieldStart("properties");
                for (Map.Entry<String, Object> e : item.properties().entrySet()) {
                    if (added.containsKey(e.getKey())) continue;
                    g.writeFieldName(e.getKey());
                    org.ecozoning.ogc.common.GeoJsonFeatureWriter.value(g, e.getValue());
                }
                for (Map.Entry<String, Object> e : added.entrySet()) {
                    Object v = e.getValue();
                    if (v == null) continue;
                    g.writeStringField(e.getKey(), v instanceof Verdict vv ? vv.name() : v.toString());
                    if (v instanceof Verdict vv) g.writeStringField("verdictZh", vv.labelZh());
                }
                g.writeEndObject();
                g.writeEndObject();
            }

            @Override public void close() throws IOException {
                g.writeEndArray();
                g.writeEndObject();
                g.close();
            }
        };
    }

    private static Sink gmlSink(OutputStream os) throws IOException {
        String gml = GmlVersion.GML_3_2.namespace();
        GmlGeometryWriter gw = new GmlGeometryWriter(GmlVersion.GML_3_2, 7);
        try {
            XMLStreamWriter w = Xml.writer(os);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("wfs", "FeatureCollection", OverlapWriter.WFS20);
            w.writeNamespace("wfs", OverlapWriter.WFS20);
            w.writeNamespace("gml", gml);
            w.writeNamespace("zoning", OverlapWriter.NS);
            return new Sink() {
                @Override public void write(Item item, Map<String, Object> added) throws IOException {
                    try {
                        String id = "p." + item.id().replaceAll("[^A-Za-z0-9_.-]", "_");
                        w.writeStartElement("wfs", "member", OverlapWriter.WFS20);
                        w.writeStartElement("zoning", "Project", OverlapWriter.NS);
                        w.writeAttribute("gml", gml, "id", id);
                        if (item.geometry() != null) {
                            w.writeStartElement("zoning", "geometry", OverlapWriter.NS);
                            String srs = item.srsName() != null ? item.srsName() : "http://www.opengis.net/def/crs/EPSG/0/4490";
                            gw.write(w, item.geometry(), srs, false, id + ".g", "Geometry");
                            w.writeEndElement();
                        }
                        for (Map.Entry<String, Object> e : item.properties().entrySet()) {
                            if (!added.containsKey(e.getKey()) && e.getKey().matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
                                Xml.element(w, "zoning", OverlapWriter.NS, e.getKey(), String.valueOf(e.getValue()));
                            }
                        }
                        for (Map.Entry<String, Object> e : added.entrySet()) {
                            if (e.getValue() == null) continue;
                            Object v = e.getValue();
                            Xml.element(w, "zoning", OverlapWriter.NS, e.getKey(), v instanceof Verdict vv ? vv.name() : v.toString());
                            if (v instanceof Verdict vv) Xml.element(w, "zoning", OverlapWriter.NS, "verdictZh", vv.labelZh());
                        }
                        w.writeEndElement();
                        w.writeEndElement();
                    } catch (XMLStreamException e) {
                        throw new IOException(e);
                    }
                }

                @Override public void close() throws IOException {
                    try {
                        w.writeEndElement();
                        w.writeEndDocument();
                        w.close();
                    } catch (XMLStreamException e) {
                        throw new IOException(e);
                    }
                }
            };
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
