package org.ecozoning.io.source;

import java.util.List;
import org.ecozoning.model.Clause;

/**
 * Everything read from one import source: the layer of control units (required), the layer of
 * element zones when the source has one, and the access list when the source carries it as a table
 * of its own (our GeoPackage and Shapefile exports do); otherwise the access list comes from the
 * text fields of the units.
 */
public record SourceDataset(String format, SourceLayer units, SourceLayer zones, List<Clause> accessList) {
}
