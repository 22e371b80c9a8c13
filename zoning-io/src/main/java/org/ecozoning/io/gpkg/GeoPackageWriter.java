package org.ecozoning.io.gpkg;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.attributes.AttributesColumn;
import mil.nga.geopackage.attributes.AttributesDao;
import mil.nga.geopackage.attributes.AttributesRow;
import mil.nga.geopackage.attributes.AttributesTableMetadata;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.geopackage.srs.SpatialReferenceSystemDao;
import mil.nga.sf.GeometryType;
import org.ecozoning.io.NativeFields;
import org.ecozoning.io.ProgressListener;
import org.ecozoning.io.crs.SupportedCrs;
import org.ecozoning.model.Clause;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.Dimension;
import org.ecozoning.model.ElementZone;
import org.ecozoning.model.SchemeContent;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes a scheme version as a GeoPackage (OGC 12-128r18) that QGIS and GDAL open: layers
 * {@code control_units} (MultiPolygon, native columns plus the four dimension texts),
 * {@code element_zones} (any geometry; id, type, name) and the attribute table {@code access_list}
 * (level, scope_code, scope_name, dimension, clause_id, text, rule_ids), all text UTF-8, in
 * EPSG:4490.
 */
public final class GeoPackageWriter {
    public static final String UNITS = "control_units", ZONES = "element_zones", ACCESS_LIST = "access_list";
    static final String GEOM = "geom";

    private GeoPackageWriter() { }

    public static void write(SchemeContent content, Map<String, String> scopeNames, Path file, ProgressListener progress) throws IOException {
        Files.deleteIfExists(file);
        File f = file.toFile();
        GeoPackageManager.create(f);
        GeoPackage gp = GeoPackageManager.open(f);
        try {
            SpatialReferenceSystem srs = cgcs2000(gp);
            writeUnits(gp, srs, content, progress);
            writeZones(gp, srs, content.zones());
            writeAccessList(gp, content.clauses(), scopeNames);
            // Nothing of GeoPackage 1.4 is used; declaring 1.3 keeps GDAL < 3.8 (QGIS LTR) from warning.
            gp.execSQL("PRAGMA user_version = 10300");
        } catch (java.sql.SQLException e) {
            throw new IOException("GeoPackage write failed: " + e.getMessage(), e);
        } finally {
            gp.close();
        }
    }

    /** The srs row of EPSG:4490, created with its WKT when missing. */
    static SpatialReferenceSystem cgcs2000(GeoPackage gp) throws java.sql.SQLException {
        SpatialReferenceSystemDao dao = gp.getSpatialReferenceSystemDao();
        SpatialReferenceSystem s = dao.queryForOrganizationCoordsysId("EPSG", 4490);
        if (s != null) return s;
        s = new SpatialReferenceSystem();
        s.setSrsName("China Geodetic Coordinate System 2000");
        s.setSrsId(4490);
        s.setOrganization("EPSG");
        s.setOrganizationCoordsysId(4490);
        s.setDefinition(SupportedCrs.CGCS2000_OGC_WKT);
        s.setDescription("CGCS2000 geographic 2D");
        dao.create(s);
        return s;
    }

    private static GeometryColumns geometryColumns(String table, GeometryType type, long srsId) {
        GeometryColumns gc = new GeometryColumns();
        gc.setId(new TableColumnKey(table, GEOM));
        gc.setGeometryType(type);
        gc.setZ((byte) 0);
        gc.setM((byte) 0);
        gc.setSrsId(srsId);
        return gc;
    }

    private static BoundingBox bbox(List<Geometry> gs) {
        Envelope e = new Envelope();
        for (Geometry g : gs) e.expandToInclude(g.getEnvelopeInternal());
        return e.isNull() ? new BoundingBox() : new BoundingBox(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
    }

    private static void writeUnits(GeoPackage gp, SpatialReferenceSystem srs, SchemeContent content, ProgressListener progress) throws IOException {
        List<FeatureColumn> cols = new ArrayList<>();
        for (String c : List.of(NativeFields.CODE, NativeFields.NAME, NativeFields.CLASS, NativeFields.SUBTYPE, NativeFields.CITY_CODE,
                NativeFields.CITY_NAME, NativeFields.COUNTY_CODE, NativeFields.COUNTY_NAME)) cols.add(FeatureColumn.createColumn(c, GeoPackageDataType.TEXT));
        for (Dimension d : Dimension.values()) cols.add(FeatureColumn.createColumn(NativeFields.dimensionField(d), GeoPackageDataType.TEXT));
        List<Geometry> gs = content.units().stream().map(ControlUnit::geometry).toList();
        gp.createFeatureTable(FeatureTableMetadata.create(geometryColumns(UNITS, GeometryType.MULTIPOLYGON, srs.getSrsId()), cols, bbox(gs)));
        FeatureDao dao = gp.getFeatureDao(UNITS);
        Map<String, Map<Dimension, List<String>>> texts = NativeFields.unitTexts(content.clauses());
        WKBWriter wkb = new WKBWriter(2);
        dao.beginTransaction();
        boolean ok = false;
        try {
            int n = 0;
            for (ControlUnit u : content.units()) {
                FeatureRow row = dao.newRow();
                for (Map.Entry<String, Object> e : NativeFields.unit(u, texts).entrySet()) row.setValue(e.getKey(), e.getValue());
                row.setGeometry(GeoPackageGeometryData.createFromWkbAndBuildEnvelope(srs.getSrsId(), wkb.write(multi(u.geometry()))));
                dao.insert(row);
                if (progress != null && (++n % 500 == 0 || n == content.units().size())) progress.progress("write", n, content.units().size());
            }
            ok = true;
        } finally {
            dao.endTransaction(ok);
        }
    }

    private static Geometry multi(Geometry g) {
        if (g instanceof Polygon p) return g.getFactory().createMultiPolygon(new Polygon[] {p});
        if (g instanceof MultiPolygon) return g;
        throw new IllegalArgumentException("control unit geometry must be polygonal: " + g.getGeometryType());
    }

    private static void writeZones(GeoPackage gp, SpatialReferenceSystem srs, List<ElementZone> zones) throws IOException {
        List<FeatureColumn> cols = new ArrayList<>();
        for (String c : List.of(NativeFields.ZONE_ID, NativeFields.ZONE_TYPE, NativeFields.ZONE_NAME)) cols.add(FeatureColumn.createColumn(c, GeoPackageDataType.TEXT));
        List<Geometry> gs = zones.stream().map(ElementZone::geometry).toList();
        // The primary key column is called fid so that the zone's own "id" column stays free.
        gp.createFeatureTable(FeatureTableMetadata.create(geometryColumns(ZONES, GeometryType.GEOMETRY, srs.getSrsId()), "fid", cols, bbox(gs)));
        FeatureDao dao = gp.getFeatureDao(ZONES);
        WKBWriter wkb = new WKBWriter(2);
        dao.beginTransaction();
        boolean ok = false;
        try {
            for (ElementZone z : zones) {
                FeatureRow row = dao.newRow();
                for (Map.Entry<String, Object> e : NativeFields.zone(z).entrySet()) row.setValue(e.getKey(), e.getValue());
                row.setGeometry(GeoPackageGeometryData.createFromWkbAndBuildEnvelope(srs.getSrsId(), wkb.write(z.geometry())));
                dao.insert(row);
            }
            ok = true;
        } finally {
            dao.endTransaction(ok);
        }
    }

    private static void writeAccessList(GeoPackage gp, List<Clause> clauses, Map<String, String> scopeNames) {
        List<AttributesColumn> cols = new ArrayList<>();
        for (String c : List.of("level", "scope_code", "scope_name", "dimension", "clause_id", "text", "rule_ids")) {
            cols.add(AttributesColumn.createColumn(c, GeoPackageDataType.TEXT));
        }
        gp.createAttributesTable(AttributesTableMetadata.create(ACCESS_LIST, "fid", cols));
        AttributesDao dao = gp.getAttributesDao(ACCESS_LIST);
        dao.beginTransaction();
        boolean ok = false;
        try {
            for (Clause c : clauses) {
                AttributesRow row = dao.newRow();
                row.setValue("level", c.level().name());
                row.setValue("scope_code", c.scopeCode());
                row.setValue("scope_name", scopeNames.getOrDefault(c.scopeCode(), ""));
                row.setValue("dimension", c.dimension().name());
                row.setValue("clause_id", c.id());
                row.setValue("text", c.text());
                row.setValue("rule_ids", String.join(";", c.ruleIds()));
                dao.insert(row);
            }
            ok = true;
        } finally {
            dao.endTransaction(ok);
        }
    }
}
