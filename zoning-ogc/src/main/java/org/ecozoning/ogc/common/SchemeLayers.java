package org.ecozoning.ogc.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ecozoning.feature.AttributeDescriptor;
import org.ecozoning.feature.AttributeType;
import org.ecozoning.feature.Feature;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.feature.MemoryFeatureSource;
import org.ecozoning.geojson.GeoJsonReader;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.ElementZone;
import org.ecozoning.model.ZoneFamily;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Builds the published {@link LayerCatalog} of a zoning scheme from the domain model: one layer
 * of all control units, one layer per {@link ZoneFamily} (even when empty, so the set of layers
 * does not depend on the data), and the counties read from a GeoJSON file. All layers are held in
 * memory ({@link MemoryFeatureSource}); a database-backed catalog is built the same way from
 * other sources.
 */
public final class SchemeLayers {
    public static final String CONTROL_UNITS = "control_units";
    public static final String COUNTIES = "counties";
    /** Name of the geometry property of every scheme layer. */
    public static final String GEOMETRY = "geometry";

    private SchemeLayers() { }

    /** The attribute schema of the control-unit layer. */
    public static final FeatureType CONTROL_UNIT_TYPE = new FeatureType(CONTROL_UNITS, "环境管控单元",
            "Environmental control units", GEOMETRY, "MultiPolygon", List.of(
                    new AttributeDescriptor("code", AttributeType.STRING, "单元编码"),
                    new AttributeDescriptor("name", AttributeType.STRING, "单元名称"),
                    new AttributeDescriptor("class", AttributeType.STRING, "单元类别代码"),
                    new AttributeDescriptor("classZh", AttributeType.STRING, "单元类别"),
                    new AttributeDescriptor("subtype", AttributeType.STRING, "单元子类代码"),
                    new AttributeDescriptor("subtypeZh", AttributeType.STRING, "单元子类"),
                    new AttributeDescriptor("cityCode", AttributeType.STRING, "地市代码"),
                    new AttributeDescriptor("cityName", AttributeType.STRING, "地市"),
                    new AttributeDescriptor("countyCode", AttributeType.STRING, "区县代码"),
                    new AttributeDescriptor("countyName", AttributeType.STRING, "区县"),
                    new AttributeDescriptor("areaKm2", AttributeType.DOUBLE, "面积（平方千米）")));

    private static final List<AttributeDescriptor> ZONE_ATTRIBUTES = List.of(
            new AttributeDescriptor("id", AttributeType.STRING, "分区标识"),
            new AttributeDescriptor("type", AttributeType.STRING, "分区类型代码"),
            new AttributeDescriptor("typeZh", AttributeType.STRING, "分区类型"),
            new AttributeDescriptor("name", AttributeType.STRING, "分区名称"));

    private static final List<AttributeDescriptor> COUNTY_ATTRIBUTES = List.of(
            new AttributeDescriptor("adcode", AttributeType.STRING, "行政区划代码"),
            new AttributeDescriptor("name", AttributeType.STRING, "名称"),
            new AttributeDescriptor("city", AttributeType.STRING, "所属地市"),
            new AttributeDescriptor("cityCode", AttributeType.STRING, "地市代码"));

    /**
     * The catalog of a scheme.
     *
     * @param countiesGeoJson the counties FeatureCollection (properties adcode, name, city), or null for no counties layer
     * @throws IOException when the counties file cannot be read
     */
    public static LayerCatalog build(List<ControlUnit> units, List<ElementZone> zones, Path countiesGeoJson) throws IOException {
        List<LayerInfo> layers = new ArrayList<>();
        layers.add(controlUnits(units));
        Map<ZoneFamily, List<ElementZone>> byFamily = new EnumMap<>(ZoneFamily.class);
        for (ZoneFamily f : ZoneFamily.values()) byFamily.put(f, new ArrayList<>());
        for (ElementZone z : zones) byFamily.get(z.type().family()).add(z);
        for (ZoneFamily f : ZoneFamily.values()) layers.add(zones(f, byFamily.get(f)));
        if (countiesGeoJson != null) {
            try (InputStream in = Files.newInputStream(countiesGeoJson)) {
                layers.add(counties(in));
            }
        }
        return new LayerCatalog(layers);
    }

    /** The control-unit layer; feature ids are the unit codes. */
    public static LayerInfo controlUnits(List<ControlUnit> units) {
        List<Feature> features = new ArrayList<>(units.size());
        for (ControlUnit u : units) {
            features.add(new Feature(CONTROL_UNIT_TYPE, u.code().value(), new Object[] {
                u.code().value(), u.name(), u.unitClass().name(), u.unitClass().labelZh(), u.subtype().name(),
                u.subtype().labelZh(), u.cityCode(), u.cityName(), u.countyCode(), u.countyName(),
                Math.round(SphericalArea.squareKilometres(u.geometry()) * 1000) / 1000.0}, u.geometry()));
        }
        return new LayerInfo(CONTROL_UNITS, new MemoryFeatureSource(CONTROL_UNIT_TYPE, features),
                CONTROL_UNIT_TYPE.titleZh(), CONTROL_UNIT_TYPE.titleEn(),
                "生态环境分区管控的环境管控单元：优先保护、重点管控和一般管控单元。",
                "Environmental control units of the zoning scheme: priority protection, key control and general control units.",
                List.of("生态环境分区管控", "环境管控单元", "ecological-environment zoning", "control unit"), CONTROL_UNITS);
    }

    /** The layer of one zone family; feature ids are the zone ids. */
    public static LayerInfo zones(ZoneFamily family, List<ElementZone> zones) {
        FeatureType type = new FeatureType(family.layerName(), family.titleZh(), family.titleEn(), GEOMETRY,
                commonType(zones.stream().map(ElementZone::geometry).toList()), ZONE_ATTRIBUTES);
        List<Feature> features = new ArrayList<>(zones.size());
        for (ElementZone z : zones) {
            features.add(new Feature(type, z.id(), new Object[] {z.id(), z.type().name(), z.type().labelZh(), z.name()},
                    z.geometry()));
        }
        return new LayerInfo(family.layerName(), new MemoryFeatureSource(type, features), family.titleZh(),
                family.titleEn(), "要素管控分区：" + family.titleZh() + "。", "Element zones: " + family.titleEn() + ".",
                List.of("生态环境分区管控", "要素管控分区", family.titleZh(), "element zone"), family.layerName());
    }

    /** The counties layer from a GeoJSON FeatureCollection; invalid polygons are repaired, ids are the adcodes. */
    public static LayerInfo counties(InputStream geoJson) throws IOException {
        FeatureType type = new FeatureType(COUNTIES, "县级行政区", "County-level divisions", GEOMETRY, "MultiPolygon",
                COUNTY_ATTRIBUTES);
        List<Feature> features = new ArrayList<>();
        new GeoJsonReader().forEachFeature(geoJson, f -> {
            String adcode = f.string("adcode");
            if (adcode == null) throw new IllegalArgumentException("county feature without adcode: " + f.properties());
            Geometry g = f.geometry();
            if (g != null && !g.isValid()) g = GeometryFixer.fix(g);
            String cityCode = adcode.length() == 6 ? adcode.substring(0, 4) + "00" : null;
            features.add(new Feature(type, adcode, new Object[] {adcode, f.string("name"), f.string("city"), cityCode}, g));
        });
        return new LayerInfo(COUNTIES, new MemoryFeatureSource(type, features), type.titleZh(), type.titleEn(),
                "山西省县级行政区划（示例数据，非权威边界）。", "County-level divisions of Shanxi (sample data, not authoritative boundaries).",
                List.of("行政区划", "县级", "administrative division", "county"), COUNTIES);
    }

    /** The narrowest OGC geometry type name covering all geometries (Multi* forms, "Geometry" when mixed). */
    static String commonType(List<Geometry> geometries) {
        boolean polygonal = true, lineal = true, puntal = true;
        for (Geometry g : geometries) {
            polygonal &= g instanceof Polygonal;
            lineal &= g instanceof Lineal;
            puntal &= g instanceof Puntal;
        }
        if (geometries.isEmpty() || polygonal) return "MultiPolygon";
        if (lineal) return "MultiLineString";
        if (puntal) return "MultiPoint";
        return "Geometry";
    }
}
