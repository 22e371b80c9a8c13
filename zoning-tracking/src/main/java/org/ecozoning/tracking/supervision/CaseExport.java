package org.ecozoning.tracking.supervision;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ecozoning.geojson.GeoJsonWriter;

/**
 * Exports supervision cases (a staff-only layer): GeoJSON FeatureCollection (EPSG:4490, one
 * feature per case with its status, reason, rules and units) and CSV (UTF-8 with BOM so that
 * spreadsheet programs show the Chinese text). Pages through the store, so exports of any size
 * stream.
 */
public final class CaseExport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] HEADER = {"案件编号 id", "图斑编号 change_id", "来源 source", "监测日期 detected_on", "状态 status", "立案原因 reason",
            "研判结论 verdict", "规则 rules", "管控单元 units", "县 county", "面积(m²) area_m2", "方案版本 version", "立案时间 opened_at", "立案人 opened_by",
            "最后处理 updated_at", "处理人 updated_by", "摘要 summary"};

    private CaseExport() { }

    public static void geoJson(CaseStore store, CaseQuery query, OutputStream out) throws IOException {
        GeoJsonWriter gw = new GeoJsonWriter(7);
        try (JsonGenerator g = JSON.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeStringField("name", "supervision_cases");
            g.writeArrayFieldStart("features");
            forEach(store, query, c -> {
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                g.writeNumberField("id", c.id());
                g.writeFieldName("geometry");
                gw.write(c.geometry(), g);
                g.writeObjectFieldStart("properties");
                g.writeStringField("changeId", c.changeId());
                g.writeStringField("source", c.source());
                g.writeStringField("detectedOn", c.detectedOn().toString());
                g.writeStringField("status", c.status().name());
                g.writeStringField("statusZh", c.status().labelZh());
                g.writeStringField("reason", c.reason().name());
                g.writeStringField("reasonZh", c.reason().labelZh());
                g.writeStringField("verdict", c.verdict());
                g.writeStringField("rules", String.join(",", c.ruleIds()));
                g.writeStringField("units", String.join(",", c.unitCodes()));
                g.writeStringField("countyCode", c.countyCode());
                g.writeNumberField("areaM2", Math.round(c.areaM2() * 10) / 10.0);
                g.writeNumberField("versionId", c.versionId());
                g.writeStringField("openedAt", c.openedAt().toString());
                g.writeStringField("updatedAt", c.updatedAt().toString());
                g.writeStringField("updatedBy", c.updatedBy());
                g.writeStringField("summary", c.summary());
                g.writeEndObject();
                g.writeEndObject();
            });
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    public static void csv(CaseStore store, CaseQuery query, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\ufeff');
        w.write(String.join(",", HEADER));
        w.write("\r\n");
        forEach(store, query, c -> {
            String[] row = {Long.toString(c.id()), c.changeId(), c.source(), c.detectedOn().toString(), c.status().labelZh(), c.reason().labelZh(), c.verdict(),
                    String.join(" ", c.ruleIds()), String.join(" ", c.unitCodes()), c.countyCode(), String.format(java.util.Locale.ROOT, "%.1f", c.areaM2()),
                    Long.toString(c.versionId()), c.openedAt().toString(), c.openedBy(), c.updatedAt().toString(), c.updatedBy(), c.summary()};
            for (int i = 0; i < row.length; i++) {
                if (i > 0) w.write(',');
                w.write(quote(row[i]));
            }
            w.write("\r\n");
        });
        w.flush();
    }

    private interface CaseConsumer {
        void accept(SupervisionCase c) throws IOException;
    }

    private static void forEach(CaseStore store, CaseQuery query, CaseConsumer sink) throws IOException {
        int offset = query.offset();
        int remaining = query.limit();
        while (remaining > 0) {
            int n = Math.min(1000, remaining);
            List<SupervisionCase> page = store.list(query.page(n, offset));
            for (SupervisionCase c : page) sink.accept(c);
            if (page.size() < n) break;
            offset += n;
            remaining -= n;
        }
    }

    private static String quote(String s) {
        if (s == null) return "";
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
