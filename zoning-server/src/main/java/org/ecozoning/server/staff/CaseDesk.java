package org.ecozoning.server.staff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.ProblemException;
import org.ecozoning.store.Attribution;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.tracking.supervision.CaseEvent;
import org.ecozoning.tracking.supervision.CaseExport;
import org.ecozoning.tracking.supervision.CaseQuery;
import org.ecozoning.tracking.supervision.CaseStatus;
import org.ecozoning.tracking.supervision.CaseStore;
import org.ecozoning.tracking.supervision.SupervisionCase;
import org.locationtech.jts.geom.Point;

/**
 * Supervision cases for the staff page over zoning-tracking's {@link CaseStore}: the filtered list
 * (status, county, year), one case with its history, a status change (only the transitions
 * {@link CaseStatus} allows, with a note; audited by the store) and the export through
 * {@link CaseExport} (CSV or GeoJSON).
 */
final class CaseDesk {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<SchemeStore> store;

    CaseDesk(Supplier<SchemeStore> store) {
        this.store = Objects.requireNonNull(store);
    }

    static CaseQuery query(String status, String county, String year, String limit, String offset) {
        CaseQuery q = CaseQuery.all();
        if (status != null && !status.isBlank()) q = q.status(status(status));
        if (county != null && !county.isBlank()) q = q.county(county.strip());
        if (year != null && !year.isBlank()) q = q.year(StaffApi.integer("year", year));
        int l = limit == null || limit.isBlank() ? 200 : StaffApi.integer("limit", limit);
        int o = offset == null || offset.isBlank() ? 0 : StaffApi.integer("offset", offset);
        if (l < 1 || l > 1000 || o < 0) throw ProblemException.invalidParameter("limit", "limit 应为 1–1000", "limit must be 1..1000");
        return q.page(l, o);
    }

    ObjectNode list(CaseQuery q) {
        CaseStore cases = new CaseStore(store.get());
        ObjectNode out = JSON.createObjectNode();
        ArrayNode a = out.putArray("cases");
        for (SupervisionCase c : cases.list(q)) a.add(json(c));
        ObjectNode counts = out.putObject("counts");
        cases.countByStatus(q.year()).forEach((k, v) -> counts.put(k.name(), v));
        ObjectNode labels = out.putObject("statusLabels");
        for (CaseStatus s : CaseStatus.values()) labels.put(s.name(), s.labelZh());
        return out;
    }

    ObjectNode one(long id) {
        CaseStore cases = new CaseStore(store.get());
        SupervisionCase c = cases.find(id).orElseThrow(() -> ProblemException.notFound("没有案件 " + id, "no case " + id));
        ObjectNode o = json(c);
        ArrayNode h = o.putArray("history");
        for (CaseEvent e : cases.history(id)) {
            ObjectNode x = h.addObject();
            x.put("at", e.at().toString());
            x.put("actor", e.actor());
            x.put("from", e.from() == null ? null : e.from().name());
            x.put("to", e.to() == null ? null : e.to().name());
            x.put("note", e.note());
            ArrayNode p = x.putArray("photos");
            e.photos().forEach(p::add);
        }
        return o;
    }

    ObjectNode move(long id, String to, String note, List<String> photos, Long revision, String user) {
        CaseStore cases = new CaseStore(store.get());
        SupervisionCase c = cases.find(id).orElseThrow(() -> ProblemException.notFound("没有案件 " + id, "no case " + id));
        CaseStatus target = status(to);
        if (note == null || note.isBlank()) {
            throw ProblemException.invalidParameter("note", "变更状态须填写说明", "a note is required to change the status");
        }
        if (!c.status().canMoveTo(target)) {
            throw new ProblemException(409, "illegal-transition", "状态不可变更 / Illegal transition",
                    "案件 " + id + " 当前为「" + c.status().labelZh() + "」，不能改为「" + target.labelZh() + "」/ case " + id + " is "
                            + c.status() + " and cannot move to " + target + " (allowed: " + c.status().next() + ")");
        }
        SupervisionCase moved = cases.move(id, revision != null ? revision : c.revision(), target, note, photos,
                Attribution.of(user, note));
        return json(moved);
    }

    OgcResponse export(CaseQuery q, String format) {
        CaseStore cases = new CaseStore(store.get());
        String f = format == null ? "csv" : format.strip().toLowerCase(Locale.ROOT);
        return switch (f) {
            case "csv" -> OgcResponse.stream("text/csv; charset=UTF-8", out -> CaseExport.csv(cases, q, out))
                    .header("Content-Disposition", "attachment; filename=\"cases.csv\"").header("Cache-Control", "no-store");
            case "geojson", "json" -> OgcResponse.stream("application/geo+json", out -> CaseExport.geoJson(cases, q, out))
                    .header("Content-Disposition", "attachment; filename=\"cases.geojson\"").header("Cache-Control", "no-store");
            default -> throw ProblemException.invalidParameter("format", "导出格式应为 csv 或 geojson", "format must be csv or geojson");
        };
    }

    private static CaseStatus status(String s) {
        try {
            return CaseStatus.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.invalidParameter("status", "未知状态：" + s + "（可用 " + List.of(CaseStatus.values()) + "）",
                    "unknown status " + s);
        }
    }

    private static ObjectNode json(SupervisionCase c) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", c.id());
        o.put("changeId", c.changeId());
        o.put("source", c.source());
        o.put("detectedOn", c.detectedOn().toString());
        o.put("versionId", c.versionId());
        o.put("status", c.status().name());
        o.put("statusZh", c.status().labelZh());
        o.put("revision", c.revision());
        o.put("reason", c.reason().name());
        o.put("reasonZh", c.reason().labelZh());
        o.put("verdict", c.verdict());
        c.ruleIds().forEach(o.putArray("ruleIds")::add);
        c.unitCodes().forEach(o.putArray("unitCodes")::add);
        o.put("countyCode", c.countyCode());
        o.put("summary", c.summary());
        o.put("areaM2", Math.round(c.areaM2() * 10) / 10.0);
        o.put("updatedAt", c.updatedAt().toString());
        o.put("updatedBy", c.updatedBy());
        ArrayNode next = o.putArray("next");
        c.status().next().forEach(s -> next.add(s.name()));
        Point p = c.geometry().getInteriorPoint();
        o.put("lon", Math.round(p.getX() * 1e6) / 1e6);
        o.put("lat", Math.round(p.getY() * 1e6) / 1e6);
        return o;
    }
}
