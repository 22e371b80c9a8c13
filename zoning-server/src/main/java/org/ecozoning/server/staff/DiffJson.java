package org.ecozoning.server.staff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.ecozoning.model.Clause;
import org.ecozoning.store.diff.ChangeKind;
import org.ecozoning.store.diff.ClauseChange;
import org.ecozoning.store.diff.DiffGeoJson;
import org.ecozoning.store.diff.SchemeDiff;

/**
 * The store's {@link SchemeDiff} as the staff page draws it: counts by kind (units added, removed,
 * reshaped, re-classed …, clauses changed), the changed geometry as GeoJSON ({@link DiffGeoJson},
 * property {@code change} colours the map) and one table row per changed clause.
 */
final class DiffJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DiffJson() { }

    static ObjectNode of(SchemeDiff d) {
        ObjectNode o = JSON.createObjectNode();
        o.put("from", d.fromVersion());
        o.put("to", d.toVersion());
        ObjectNode counts = o.putObject("counts");
        for (ChangeKind k : ChangeKind.values()) {
            counts.put("units." + k.key(), d.units().stream().filter(u -> u.kinds().contains(k)).count());
            counts.put("zones." + k.key(), d.zones().stream().filter(z -> z.kinds().contains(k)).count());
            counts.put("clauses." + k.key(), d.clauses().stream().filter(c -> c.kind() == k).count());
        }
        o.put("units", d.units().size());
        o.put("zones", d.zones().size());
        o.put("clauses", d.clauses().size());
        ObjectNode labels = o.putObject("labels");
        for (ChangeKind k : ChangeKind.values()) labels.putObject(k.key()).put("zh", k.labelZh()).put("en", k.labelEn());
        ArrayNode rows = o.putArray("clauseChanges");
        for (ClauseChange c : d.clauses()) {
            ObjectNode r = rows.addObject();
            r.put("id", c.id());
            r.put("change", c.kind().key());
            Clause any = c.after() != null ? c.after() : c.before();
            r.put("scopeCode", any.scopeCode());
            r.put("dimension", any.dimension().name());
            r.put("before", c.before() == null ? null : c.before().text());
            r.put("after", c.after() == null ? null : c.after().text());
        }
        try {
            JsonNode geo = JSON.readTree(DiffGeoJson.toString(d));
            o.set("geojson", geo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return o;
    }
}
