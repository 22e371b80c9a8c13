package org.ecozoning.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ecozoning.io.csv.AccessListCsv;
import org.ecozoning.io.geojson.SchemeGeoJson;
import org.ecozoning.io.gpkg.GeoPackageWriter;
import org.ecozoning.io.mapping.AdminDivisions;
import org.ecozoning.io.shp.SchemeShapefile;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.SchemeContent;

/**
 * Exports a scheme version: GeoPackage (layers control_units, element_zones, access_list),
 * GeoJSON (one FeatureCollection with the access list as a foreign member), zipped Shapefile (with
 * .cpg and .prj, plus access_list.csv) or the access list alone as Excel-friendly CSV. All in
 * EPSG:4490, text in UTF-8. Every export reads back with {@link SchemeImporter}.
 */
public final class SchemeExporter {
    private final AdminDivisions admin;

    /** @param admin divisions for the names of province and city scopes in access lists; may be null */
    public SchemeExporter(AdminDivisions admin) { this.admin = admin; }

    public void write(SchemeContent content, Format format, Path out) throws IOException {
        write(content, format, out, ProgressListener.NONE);
    }

    public void write(SchemeContent content, Format format, Path out, ProgressListener progress) throws IOException {
        if (!format.writable()) throw new IllegalArgumentException("不能导出为 " + format + " / cannot export as " + format);
        Map<String, String> names = scopeNames(content);
        switch (format) {
            case GEOJSON -> SchemeGeoJson.write(content, out);
            case SHAPEFILE -> SchemeShapefile.write(content, admin == null ? "山西省" : admin.provinceName(), names, out);
            case GEOPACKAGE -> GeoPackageWriter.write(content, names, out, progress);
            case ACCESS_LIST_CSV -> AccessListCsv.write(content.clauses(), names, out);
            case KML -> throw new IllegalStateException("unreachable");
        }
    }

    /** Names of the scopes clauses can be issued for: province, cities, units. */
    Map<String, String> scopeNames(SchemeContent content) {
        Map<String, String> m = new LinkedHashMap<>();
        if (admin != null) {
            m.put(admin.provinceCode(), admin.provinceName());
            for (AdminDivisions.County c : admin.counties()) {
                if (c.cityName() != null) m.putIfAbsent(c.cityCode(), c.cityName());
            }
        }
        for (ControlUnit u : content.units()) {
            if (u.cityCode() != null && u.cityName() != null) m.putIfAbsent(u.cityCode(), u.cityName());
            m.put(u.code().value(), u.name());
        }
        return m;
    }
}
