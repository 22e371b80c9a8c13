package org.ecozoning.ogc.wfs;

import org.ecozoning.model.ZoneFamily;

/** Layer count of the test scheme: control units, one per zone family, counties. */
final class TestSchemeSize {
    static final int LAYERS = 1 + ZoneFamily.values().length + 1;

    private TestSchemeSize() { }
}
