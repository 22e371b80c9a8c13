package org.ecozoning.referencing;

/** Whether a CRS has angular (longitude/latitude in degrees) or projected (metres) coordinates. */
public enum CrsKind {
    GEOGRAPHIC,
    PROJECTED
}
