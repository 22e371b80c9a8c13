package org.ecozoning.ogc.processes;

import java.util.List;

/**
 * What a process publishes about itself: its WPS identifier ({@code zoning:AdmissionCompliance}),
 * its OGC API id ({@code admission-compliance}), bilingual title and abstract, inputs and outputs.
 */
public record ProcessDescription(String wpsId, String apiId, String version, String titleZh, String titleEn, String abstractZh,
                                 String abstractEn, List<InputDescription> inputs, List<OutputDescription> outputs) {
    public ProcessDescription {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    public String title() { return titleZh + " / " + titleEn; }

    public InputDescription input(String id) {
        for (InputDescription i : inputs) if (i.id().equals(id)) return i;
        return null;
    }

    public OutputDescription output(String id) {
        for (OutputDescription o : outputs) if (o.id().equals(id)) return o;
        return null;
    }
}
