package org.ecozoning.io.gpkg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.attributes.AttributesDao;
import mil.nga.geopackage.attributes.AttributesResultSet;
import mil.nga.geopackage.attributes.AttributesRow;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import org.ecozoning.io.ImportException;
import org.ecozoning.io.ProgressListener;
import org.ecozoning.io.crs.SupportedCrs;
import org.ecozoning.io.qa.IssueCode;
import org.ecozoning.io.qa.QaIssue;
import org.ecozoning.io.source.SourceDataset;
import org.ecozoning.io.source.SourceFeature;
import org.ecozoning.io.source.SourceLayer;
import org.ecozoning.model.Clause;
import org.ecozoning.model.Dimension;
import org.ecozoning.model.ListLevel;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Reads a GeoPackage: the unit layer is {@code control_units} when present, else the first feature
 * table other than {@code element_zones}; {@code element_zones} and the attribute table
 * {@code access_list} are read when present (our own exports). The layer's CRS comes from its
 * spatial reference system row (organisation EPSG).
 */
public final class GeoPackageReader {
    private GeoPackageReader() { }

    public static SourceDataset read(Path file, ProgressListener progress) throws IOException {
        String name = file.getFileName().toString();
        if (Files.size(file) < 100) {
            throw ImportException.malformed(name, "GeoPackage 文件过小，不是有效的 SQLite 数据库（上传中断？）",
                    "GeoPackage file is too small to be an SQLite database (interrupted upload?)");
        }
        GeoPackage gp;
        try {
            gp = GeoPackageManager.open(file.toFile(), true);
        } catch (RuntimeException e) {
            throw ImportException.malformed(name, "无法打开 GeoPackage（文件损坏或不是 GeoPackage）：" + e.getMessage(),
                    "cannot open the GeoPackage (corrupt or not a GeoPackage): " + e.getMessage());
        }
        try {
            List<String> tables = gp.getFeatureTables();
            String unitsTable = tables.contains(GeoPackageWriter.UNITS) ? GeoPackageWriter.UNITS
                    : tables.stream().filter(t -> !t.equals(GeoPackageWriter.ZONES)).findFirst().orElse(null);
            if (unitsTable == null) {
                throw ImportException.malformed(name, "GeoPackage 中没有要素图层", "the GeoPackage has no feature table");
            }
            SourceLayer units = layer(gp, unitsTable, name, progress);
            SourceLayer zones = tables.contains(GeoPackageWriter.ZONES) && !unitsTable.equals(GeoPackageWriter.ZONES)
                    ? layer(gp, GeoPackageWriter.ZONES, name, null) : null;
            List<Clause> clauses = gp.getAttributesTables().contains(GeoPackageWriter.ACCESS_LIST) ? accessList(gp, name) : null;
            return new SourceDataset("GeoPackage", units, zones, clauses);
        } catch (RuntimeException e) {
            if (e instanceof ImportException ie) throw ie;
            throw ImportException.malformed(name, "读取 GeoPackage 失败：" + e.getMessage(), "reading the GeoPackage failed: " + e.getMessage());
        } finally {
            gp.close();
        }
    }

    private static SourceLayer layer(GeoPackage gp, String table, String file, ProgressListener progress) {
        FeatureDao dao = gp.getFeatureDao(table);
        String geomCol = dao.getGeometryColumnName();
        String idCol = dao.getIdColumnName();
        List<String> names = new ArrayList<>();
        for (String c : dao.getColumnNames()) if (!c.equals(geomCol) && !c.equals(idCol)) names.add(c);
        List<SourceFeature> features = new ArrayList<>();
        WKBReader wkb = new WKBReader(new GeometryFactory());
        int total = dao.count();
        String label = file + ":" + table;
        FeatureResultSet rs = dao.queryForAll();
        try {
            int index = 0;
            while (rs.moveToNext()) {
                FeatureRow row = rs.getRow();
                Map<String, Object> attrs = new LinkedHashMap<>();
                for (String c : names) attrs.put(c, row.getValue(c));
                Geometry g = null;
                GeoPackageGeometryData gd = row.getGeometry();
                if (gd != null && !gd.isEmpty()) {
                    try {
                        g = wkb.read(gd.getWkb());
                    } catch (ParseException | IOException | RuntimeException e) {
                        throw new ImportException(QaIssue.error(IssueCode.MALFORMED_FILE, "几何数据损坏：" + e.getMessage(), "corrupt geometry: " + e.getMessage())
                                .withFile(label).withFeature(index, String.valueOf(row.getId())).withField(geomCol), e);
                    }
                }
                features.add(new SourceFeature(index, String.valueOf(row.getId()), attrs, g));
                index++;
                if (progress != null && (index % 500 == 0 || index == total)) progress.progress("read", index, total);
            }
        } finally {
            rs.close();
        }
        SourceLayer layer = new SourceLayer(label, table, names, features);
        SpatialReferenceSystem srs = dao.getSrs();
        Integer epsg = srs != null && "EPSG".equalsIgnoreCase(srs.getOrganization()) ? Integer.valueOf((int) srs.getOrganizationCoordsysId()) : null;
        if (srs != null && (srs.getSrsId() == 0 || srs.getSrsId() == -1)) {
            layer.issues().add(QaIssue.warning(IssueCode.UNKNOWN_CRS, "GeoPackage 图层的坐标系未定义", "the GeoPackage layer's CRS is undefined").withFile(label));
            layer.declareCrs(null);
        } else if (SupportedCrs.ofEpsg(epsg) == null) {
            layer.declareCrs(null);
            layer.issues().add(QaIssue.warning(IssueCode.UNKNOWN_CRS,
                    "GeoPackage 图层坐标系不受支持：" + (srs == null ? "?" : srs.getOrganization() + ":" + srs.getOrganizationCoordsysId()),
                    "the GeoPackage layer's CRS is not supported: " + (srs == null ? "?" : srs.getOrganization() + ":" + srs.getOrganizationCoordsysId()))
                    .withFile(label));
        } else {
            layer.declareCrs(epsg);
        }
        return layer;
    }

    private static List<Clause> accessList(GeoPackage gp, String file) {
        AttributesDao dao = gp.getAttributesDao(GeoPackageWriter.ACCESS_LIST);
        List<Clause> out = new ArrayList<>();
        AttributesResultSet rs = dao.queryForAll();
        try {
            int i = 0;
            while (rs.moveToNext()) {
                AttributesRow row = rs.getRow();
                try {
                    String rules = (String) row.getValue("rule_ids");
                    out.add(new Clause((String) row.getValue("clause_id"), ListLevel.valueOf((String) row.getValue("level")),
                            (String) row.getValue("scope_code"), Dimension.valueOf((String) row.getValue("dimension")),
                            (String) row.getValue("text"), rules == null || rules.isBlank() ? List.of() : Arrays.asList(rules.split(";"))));
                } catch (RuntimeException e) {
                    throw new ImportException(QaIssue.error(IssueCode.INVALID_VALUE, "access_list 第 " + (i + 1) + " 行无效：" + e.getMessage(),
                            "access_list row " + (i + 1) + " is invalid: " + e.getMessage()).withFile(file + ":" + GeoPackageWriter.ACCESS_LIST)
                            .withFeature(i, null), e);
                }
                i++;
            }
        } finally {
            rs.close();
        }
        return out;
    }
}
