package org.ecozoning.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.ecozoning.io.crs.CrsNormalizer;
import org.ecozoning.io.geojson.SchemeGeoJson;
import org.ecozoning.io.gpkg.GeoPackageReader;
import org.ecozoning.io.kml.KmlReader;
import org.ecozoning.io.mapping.AdminDivisions;
import org.ecozoning.io.mapping.FieldMapping;
import org.ecozoning.io.mapping.FieldMappings;
import org.ecozoning.io.mapping.UnitMapper;
import org.ecozoning.io.mapping.ZoneMapper;
import org.ecozoning.io.qa.IssueCode;
import org.ecozoning.io.qa.QaIssue;
import org.ecozoning.io.qa.QaOptions;
import org.ecozoning.io.qa.QaReport;
import org.ecozoning.io.qa.SpatialQa;
import org.ecozoning.io.shp.SchemeShapefile;
import org.ecozoning.io.source.SafeZip;
import org.ecozoning.io.source.SourceDataset;
import org.ecozoning.io.source.SourceLayer;
import org.ecozoning.model.Clause;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.ElementZone;
import org.ecozoning.model.ListLevel;
import org.ecozoning.model.SchemeContent;

/**
 * Imports a scheme version from GeoJSON, Shapefile (zip, folder or .shp), GeoPackage or KML/KMZ:
 * reads the source, brings coordinates to EPSG:4490, maps fields with a {@link FieldMapping}, and
 * runs the QA checks — all before anything is written. Nothing here throws for bad input: an
 * unreadable source gives a result whose report holds the error saying what and where.
 */
public final class SchemeImporter {
    private final FieldMappings mappings;
    private final AdminDivisions admin;
    private final QaOptions qaOptions;
    private final SafeZip zip;

    public SchemeImporter(FieldMappings mappings, AdminDivisions admin, QaOptions qaOptions, SafeZip zip) {
        this.mappings = mappings;
        this.admin = admin;
        this.qaOptions = qaOptions;
        this.zip = zip;
    }

    /**
     * An importer configured from a workspace folder: mappings from {@code mappings/*.json},
     * divisions from {@code data/shanxi-counties.geojson}, default QA thresholds and zip limits.
     */
    public static SchemeImporter forWorkspace(Path workspace) throws IOException {
        return new SchemeImporter(FieldMappings.loadDirectory(workspace.resolve("mappings")),
                AdminDivisions.load(workspace.resolve("data").resolve("shanxi-counties.geojson")), QaOptions.defaults(), new SafeZip());
    }

    public FieldMappings mappings() { return mappings; }

    public AdminDivisions admin() { return admin; }

    /**
     * Reads {@code source} with {@code mapping} (null: chosen by the source's field names) and
     * returns the content with its QA report. {@code progress} may be null.
     */
    public ImportResult read(Path source, FieldMapping mapping, ProgressListener progress) {
        ProgressListener pl = progress == null ? ProgressListener.NONE : progress;
        QaReport qa = new QaReport();
        String file = source.getFileName() == null ? source.toString() : source.getFileName().toString();
        Format format = Format.detect(source);
        if (format == null || !format.readable()) {
            qa.add(QaIssue.error(IssueCode.MALFORMED_FILE, "无法识别的数据格式，支持 .geojson/.json、.zip/.shp/文件夹（Shapefile）、.gpkg、.kml/.kmz",
                    "unrecognised format; supported: .geojson/.json, .zip/.shp/folder (Shapefile), .gpkg, .kml/.kmz").withFile(file));
            return empty(qa, format);
        }
        if (!Files.exists(source)) {
            qa.add(QaIssue.error(IssueCode.MALFORMED_FILE, "文件不存在", "file does not exist").withFile(file));
            return empty(qa, format);
        }
        SourceDataset ds;
        try {
            ds = readSource(source, format, pl);
        } catch (ImportException e) {
            qa.add(e.issue());
            return empty(qa, format);
        } catch (IOException | UncheckedIOException e) {
            qa.add(QaIssue.error(IssueCode.MALFORMED_FILE, "读取失败：" + e.getMessage(), "read failed: " + e.getMessage()).withFile(file));
            return empty(qa, format);
        }
        SourceLayer units = ds.units();
        qa.addAll(units.issues());
        if (ds.zones() != null) qa.addAll(ds.zones().issues());
        Integer sourceEpsg = units.declaredEpsg();
        CrsNormalizer crs = new CrsNormalizer();
        List<QaIssue> crsIssues = new ArrayList<>(crs.normalize(units));
        if (ds.zones() != null) crsIssues.addAll(crs.normalize(ds.zones()));
        qa.addAll(crsIssues);
        boolean crsBroken = crsIssues.stream().anyMatch(i -> i.code() == IssueCode.WRONG_CRS_SUSPECTED);

        FieldMapping m = mapping != null ? mapping : mappings.detect(units.fieldNames());
        if (m == null) {
            qa.add(QaIssue.error(IssueCode.MISSING_FIELD,
                    "没有字段映射能在数据中找到单元编码字段；数据中的字段：" + units.fieldNames() + "；可用映射：" + names(),
                    "no field mapping finds a unit code field; the data has: " + units.fieldNames() + "; mappings: " + names())
                    .withFile(units.file()));
            return new ImportResult(new SchemeContent(List.of(), List.of(), List.of()), qa, format, null, sourceEpsg, units.encoding(),
                    units.features().size());
        }
        UnitMapper.Result mapped = new UnitMapper(m, admin).map(units, pl);
        qa.addAll(mapped.issues());
        List<Clause> clauses = ds.accessList() != null ? ds.accessList() : mapped.clauses();
        if (ds.accessList() != null) checkClauses(clauses, mapped.units(), units.file(), qa);
        List<ElementZone> zones = List.of();
        if (ds.zones() != null) {
            ZoneMapper.Result z = ZoneMapper.map(ds.zones());
            zones = z.zones();
            qa.addAll(z.issues());
        }
        if (!crsBroken) {
            qa.addAll(new SpatialQa(admin, qaOptions).check(mapped.units(), units.file(), mapped.featureIndexByCode(), pl));
        }
        return new ImportResult(new SchemeContent(mapped.units(), zones, clauses), qa, format, m.name(), sourceEpsg, units.encoding(),
                units.features().size());
    }

    private String names() { return mappings.all().stream().map(FieldMapping::name).toList().toString(); }

    private static ImportResult empty(QaReport qa, Format format) {
        return new ImportResult(new SchemeContent(List.of(), List.of(), List.of()), qa, format, null, null, null, 0);
    }

    private SourceDataset readSource(Path source, Format format, ProgressListener pl) throws IOException {
        return switch (format) {
            case GEOJSON -> SchemeGeoJson.read(source, pl);
            case SHAPEFILE -> SchemeShapefile.read(source, pl, zip);
            case GEOPACKAGE -> GeoPackageReader.read(source, pl);
            case KML -> new SourceDataset("KML", readKml(source, pl), null, null);
            case ACCESS_LIST_CSV -> throw new IllegalStateException("not readable");
        };
    }

    private SourceLayer readKml(Path source, ProgressListener pl) throws IOException {
        if (!source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".kmz")) return new KmlReader().read(source, pl);
        Path tmp = Files.createTempDirectory("ecozoning-kmz-");
        try {
            zip.extract(source, tmp);
            Path kml;
            try (Stream<Path> s = Files.walk(tmp, 3)) {
                List<Path> kmls = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".kml")).sorted().toList();
                kml = kmls.stream().filter(p -> p.getFileName().toString().equalsIgnoreCase("doc.kml")).findFirst()
                        .orElse(kmls.isEmpty() ? null : kmls.get(0));
            }
            if (kml == null) throw ImportException.malformed(source.getFileName().toString(), "KMZ 中没有 .kml 文件", "the KMZ holds no .kml file");
            return new KmlReader().read(kml, pl);
        } finally {
            try (Stream<Path> s = Files.walk(tmp)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    /** Checks an access list read as a table of its own: unique ids, unit clauses for known units. */
    private static void checkClauses(List<Clause> clauses, List<ControlUnit> units, String file, QaReport qa) {
        Set<String> ids = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (ControlUnit u : units) codes.add(u.code().value());
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            if (!ids.add(c.id())) {
                qa.add(QaIssue.error(IssueCode.INVALID_VALUE, "准入清单条款编号重复：" + c.id(), "duplicate access-list clause id: " + c.id())
                        .withFile(file).withFeature(i, c.id()));
            }
            if (c.level() == ListLevel.UNIT && !codes.contains(c.scopeCode())) {
                qa.add(QaIssue.warning(IssueCode.INVALID_VALUE, "条款 " + c.id() + " 所属单元 " + c.scopeCode() + " 不在导入的单元中",
                        "clause " + c.id() + " belongs to unit " + c.scopeCode() + ", which is not among the imported units").withFile(file).withFeature(i, c.id()));
            }
        }
        Set<String> withClauses = new HashSet<>();
        for (Clause c : clauses) if (c.level() == ListLevel.UNIT) withClauses.add(c.scopeCode());
        for (ControlUnit u : units) {
            if (!withClauses.contains(u.code().value())) {
                qa.add(QaIssue.warning(IssueCode.MISSING_ACCESS_LIST, "单元没有任何准入要求", "the unit has no access-list requirement")
                        .withFile(file).withFeature(null, u.code().value()));
            }
        }
    }
}
