package org.ecozoning.ogc.wps;

import java.util.List;
import org.ecozoning.ogc.processes.InputValue;

/**
 * A parsed WPS 1.0.0 Execute request (from KVP or XML): process identifier, inputs, and the
 * response form — raw data output ({@code raw} set), or a response document with the outputs
 * asked for (empty: all), stored/asynchronous when {@code store} and {@code status} say so.
 */
public record WpsExecuteRequest(String identifier, List<InputValue> inputs, WpsOutputRequest raw, List<WpsOutputRequest> outputs, boolean store,
                                boolean status, boolean lineage) {
    public WpsExecuteRequest {
        inputs = List.copyOf(inputs);
        outputs = outputs == null ? List.of() : List.copyOf(outputs);
    }

    /** Whether the client asked for an asynchronous execution (stored response, status updates). */
    public boolean async() { return raw == null && store; }
}
