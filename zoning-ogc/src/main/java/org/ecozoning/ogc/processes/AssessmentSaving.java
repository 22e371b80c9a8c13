package org.ecozoning.ogc.processes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Objects;
import org.ecozoning.compliance.AssessmentReport;
import org.ecozoning.scheme.Scheme;
import org.locationtech.jts.geom.Geometry;

/**
 * Saves a single-site assessment through an {@link AssessmentRecorder} and writes the outcome into
 * the report JSON as the {@code savedAssessment} member (docs/REPORT-SCHEMA.md): the public
 * reference and retrieval URL when kept, {@code "saved": false} with the reason when saving is off
 * or failed. A failed save is logged and never fails the assessment itself.
 */
public final class AssessmentSaving {
    private static final System.Logger LOG = System.getLogger(AssessmentSaving.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Name used for callers without an account. */
    public static final String ANONYMOUS = "anonymous";

    private final AssessmentRecorder recorder;

    public AssessmentSaving(AssessmentRecorder recorder) {
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    /**
     * The outcome: the report as answered and, when saved, its reference and URL.
     *
     * @param reference null when not saved
     */
    public record Outcome(ObjectNode report, String reference, String url) {
        public boolean saved() { return reference != null; }
    }

    /** A new public reference: 192 random bits in URL-safe base64 (the store's form, 32 characters). */
    public static String newReference() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /**
     * Saves the assessment (when enabled) and returns the report JSON with its {@code savedAssessment} member.
     *
     * @param report     the engine's report as JSON (may already carry {@code inferred}); changed in place
     * @param siteLonLat the site in EPSG:4490, or null
     */
    public Outcome save(ZoningProcess.Origin origin, Instant time, Scheme scheme, AssessmentReport engineReport, ObjectNode report,
            String inputJson, Geometry siteLonLat) {
        ObjectNode saved = report.putObject("savedAssessment");
        if (!recorder.enabled()) {
            saved.put("saved", false);
            saved.put("messageZh", "本服务器未开启评估保存");
            saved.put("messageEn", "saving assessments is switched off on this server");
            return new Outcome(report, null, null);
        }
        String reference = newReference();
        String url = recorder.retrievalUrl(origin.baseUrl(), reference);
        saved.put("saved", true);
        saved.put("reference", reference);
        saved.put("url", url);
        saved.put("savedAt", time.toString());
        String actor = origin.actor() == null ? ANONYMOUS : origin.actor();
        try {
            recorder.record(new AssessmentRecorder.Assessment(reference, time, actor, origin.protocol(), scheme, engineReport, inputJson,
                    JSON.writeValueAsString(report), siteLonLat, countyOf(engineReport)));
            return new Outcome(report, reference, url);
        } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
            LOG.log(System.Logger.Level.WARNING, "评估未能保存 / assessment could not be saved: " + e, e);
            saved.removeAll();
            saved.put("saved", false);
            saved.put("messageZh", "评估结果未能保存（存储暂不可用），研判结论不受影响");
            saved.put("messageEn", "the assessment could not be saved (store unavailable); the verdict is unaffected");
            return new Outcome(report, null, null);
        }
    }

    /**
     * The inputs of a process execution as JSON for keeping: {@code {"process", "protocol", "inputs":
     * {id: text | {"mimeType", "value"}}}}; embedded XML (GML) is kept as its text.
     */
    public static String inputJson(String process, String protocol, ProcessInputs in) {
        ObjectNode o = JSON.createObjectNode();
        o.put("process", process);
        if (protocol != null) o.put("protocol", protocol);
        ObjectNode inputs = o.putObject("inputs");
        in.all().forEach((id, values) -> {
            var arr = JSON.createArrayNode();
            for (InputValue v : values) {
                String text = v.xml() != null ? xmlText(v.xml()) : v.text();
                if (v.mimeType() == null && v.xml() == null) arr.add(text);
                else arr.addObject().put("mimeType", v.mimeType()).put("value", text);
            }
            inputs.set(id, arr.size() == 1 ? arr.get(0) : arr);
        });
        return o.toString();
    }

    private static String xmlText(org.w3c.dom.Element e) {
        try {
            var t = javax.xml.transform.TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(javax.xml.transform.OutputKeys.OMIT_XML_DECLARATION, "yes");
            var w = new java.io.StringWriter();
            t.transform(new javax.xml.transform.dom.DOMSource(e), new javax.xml.transform.stream.StreamResult(w));
            return w.toString();
        } catch (javax.xml.transform.TransformerException ex) {
            return "<!-- " + ex.getMessage() + " -->";
        }
    }

    /** The county of the touched unit with the largest share, or null. */
    static String countyOf(AssessmentReport r) {
        if (r.units() == null) return null;
        return r.units().stream().filter(u -> u.countyCode() != null)
                .max(Comparator.comparingDouble(AssessmentReport.UnitHit::share)).map(AssessmentReport.UnitHit::countyCode).orElse(null);
    }
}
