package org.ecozoning.ogc.processes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The outputs of a successful execution, by output identifier, in description order. */
public record ProcessResult(Map<String, OutputData> outputs) {
    public ProcessResult {
        outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
    }

    public static ProcessResult of(List<OutputData> list) {
        Map<String, OutputData> m = new LinkedHashMap<>();
        for (OutputData o : list) m.put(o.id(), o);
        return new ProcessResult(m);
    }

    public OutputData output(String id) { return outputs.get(id); }

    public void discard() { outputs.values().forEach(OutputData::discard); }
}
