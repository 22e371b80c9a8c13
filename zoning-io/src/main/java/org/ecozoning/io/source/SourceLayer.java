package org.ecozoning.io.source;

import java.util.ArrayList;
import java.util.List;
import org.ecozoning.io.qa.QaIssue;

/**
 * A layer as read from a file: its features, its field names in source order, the EPSG code its
 * coordinates are declared in (null when nothing declares one), the character encoding used for
 * its text (null when not applicable) and the issues found while reading.
 */
public final class SourceLayer {
    private final String file;
    private final String name;
    private final List<String> fieldNames;
    private final List<SourceFeature> features;
    private Integer declaredEpsg;
    private boolean crsDeclared;
    private String crsText;
    private String encoding;
    private final List<QaIssue> issues = new ArrayList<>();

    public SourceLayer(String file, String name, List<String> fieldNames, List<SourceFeature> features) {
        this.file = file;
        this.name = name;
        this.fieldNames = List.copyOf(fieldNames);
        this.features = features;
    }

    /** File name (as shown to the user) the layer came from. */
    public String file() { return file; }

    /** Layer name (table name, file stem). */
    public String name() { return name; }

    public List<String> fieldNames() { return fieldNames; }

    public List<SourceFeature> features() { return features; }

    /** EPSG code declared by the source, or null when it declares none or one we do not know. */
    public Integer declaredEpsg() { return declaredEpsg; }

    /** Whether the source says anything about its CRS at all (a .prj, a GeoPackage srs, KML's fixed CRS). */
    public boolean crsDeclared() { return crsDeclared; }

    public SourceLayer declareCrs(Integer epsg) {
        this.declaredEpsg = epsg;
        this.crsDeclared = true;
        return this;
    }

    /** Declares the CRS with the source's own text of it (a .prj's WKT), kept for messages. */
    public SourceLayer declareCrs(Integer epsg, String text) {
        declareCrs(epsg);
        this.crsText = text;
        return this;
    }

    /** The source's own text of its CRS declaration, or null. */
    public String crsText() { return crsText; }

    public String encoding() { return encoding; }

    public SourceLayer encoding(String e) {
        this.encoding = e;
        return this;
    }

    public List<QaIssue> issues() { return issues; }
}
