package org.ecozoning.tracking.monitoring;

import java.util.List;

/**
 * Where a station lies in the scheme: its county and city (GB/T 2260 codes and names), the control
 * units that contain it (with their class names) and the element zones that contain it.
 */
public record Place(String countyCode, String countyName, String cityCode, String cityName, List<String> unitCodes, List<String> zoneIds) {
    public Place {
        unitCodes = List.copyOf(unitCodes);
        zoneIds = List.copyOf(zoneIds);
    }
}
