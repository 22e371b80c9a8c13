package org.ecozoning.server.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.ecozoning.store.Attribution;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.SchemeVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;

/**
 * Staff may judge a site against a draft (schemeVersion = the draft's id) through OGC API
 * Processes and WPS, and see the draft's current content after it changes; everyone else is
 * refused, as for any version that was never published.
 */
class DraftAssessmentTest {
    @TempDir
    static Path dir;
    static StaffFixture f;

    @BeforeAll
    static void start() {
        f = new StaffFixture(dir, 0);
    }

    @AfterAll
    static void stop() throws Exception {
        if (f != null) f.close();
    }

    private static Map<String, Object> unitsAt(Point p, Object version) {
        return Map.of("inputs", Map.of(
                "geometry", Map.of("value", Map.of("type", "Point", "coordinates", new double[] {p.getX(), p.getY()}),
                        "mediaType", "application/geo+json"),
                "schemeVersion", String.valueOf(version)));
    }

    @Test
    void staffJudgeAgainstADraftOthersAreRefused() throws Exception {
        Point inRemoved = f.removed.geometry().getInteriorPoint();
        String path = "/ogcapi/processes/units-at/execution";
        String code = f.removed.code().value();

        HttpResponse<String> published = f.post(path, (String) null, unitsAt(inRemoved, f.publishedId));
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(published.body()).contains(code);

        HttpResponse<String> anonymous = f.post(path, (String) null, unitsAt(inRemoved, f.draftId));
        assertThat(anonymous.statusCode()).isEqualTo(400);
        assertThat(anonymous.body()).contains("schemeVersion");
        HttpResponse<String> enterprise = f.post(path, StaffFixture.basic("ent1", StaffFixture.ENT_PASSWORD), unitsAt(inRemoved, f.draftId));
        assertThat(enterprise.statusCode()).isEqualTo(400);

        String staff = StaffFixture.basic("staff1", StaffFixture.STAFF_PASSWORD);
        HttpResponse<String> draft = f.post(path, staff, unitsAt(inRemoved, f.draftId));
        assertThat(draft.statusCode()).isEqualTo(200);
        assertThat(draft.body()).doesNotContain(code).contains("2026 年动态更新");

        // the draft changes: the next request sees the new revision, not a cached copy
        SchemeStore s = f.services.scheme().store();
        SchemeVersion d = s.version(f.draftId).orElseThrow();
        String neighbour = f.reshaped.code().value();
        Point inReshaped = f.reshaped.geometry().getInteriorPoint();
        HttpResponse<String> before = f.post(path, staff, unitsAt(inReshaped, f.draftId));
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(before.body()).contains(neighbour);
        Attribution by = Attribution.of("test", "draft edit");
        d = s.removeUnit(d.id(), d.revision(), f.reshaped.code(), by);
        // half-edited (the unit's clauses still there): a clear refusal, not an internal error
        HttpResponse<String> inconsistent = f.post(path, staff, unitsAt(inReshaped, f.draftId));
        assertThat(inconsistent.statusCode()).isEqualTo(400);
        assertThat(inconsistent.body()).contains("数据不完整").contains(neighbour);
        for (var cl : s.content(d.id()).clauses()) {
            if (cl.scopeCode().equals(neighbour)) d = s.removeClause(d.id(), d.revision(), cl.id(), by);
        }
        HttpResponse<String> edited = f.post(path, staff, unitsAt(inReshaped, f.draftId));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(edited.body()).doesNotContain(neighbour);

        // the same through WPS (KVP Execute)
        String wps = "/wps?service=WPS&version=1.0.0&request=Execute&identifier=zoning:UnitsAt&RawDataOutput=units"
                + "&DataInputs=" + java.net.URLEncoder.encode("geometry=POINT(" + inRemoved.getX() + " " + inRemoved.getY()
                        + ")@mimeType=application/wkt;schemeVersion=" + f.draftId, java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> wpsAnon = f.get(wps, (String) null);
        assertThat(wpsAnon.body()).contains("ExceptionReport").contains("schemeVersion");
        HttpResponse<String> wpsStaff = f.get(wps, staff);
        assertThat(wpsStaff.statusCode()).as(wpsStaff.body()).isEqualTo(200);
        assertThat(wpsStaff.body()).doesNotContain("ExceptionReport").doesNotContain(code);
    }
}
