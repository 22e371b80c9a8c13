package org.ecozoning.sample;

import java.util.Map;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.UnitSubtype;

/**
 * A control unit as generated, with what the access-list templates need to know about it: the
 * place label it was named after (river, park, range …), the planner's facts and its area.
 */
public record GeneratedUnit(ControlUnit unit, String label, Map<String, String> attrs, double areaKm2) {
    public UnitSubtype subtype() { return unit.subtype(); }

    public String code() { return unit.code().value(); }
}
