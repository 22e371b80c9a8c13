package org.ecozoning.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The exchange formats of scheme data, with what each can do and the file extension it uses. */
public enum Format {
    GEOJSON("geojson", true, true),
    SHAPEFILE("zip", true, true),
    GEOPACKAGE("gpkg", true, true),
    KML("kml", true, false),
    ACCESS_LIST_CSV("csv", false, true);

    private final String extension;
    private final boolean readable;
    private final boolean writable;

    Format(String extension, boolean readable, boolean writable) {
        this.extension = extension;
        this.readable = readable;
        this.writable = writable;
    }

    /** File extension of an export in this format (Shapefile exports are zipped). */
    public String extension() { return extension; }

    public boolean readable() { return readable; }

    public boolean writable() { return writable; }

    /** A format from a user's word for it: geojson, json, shp, shapefile, zip, gpkg, geopackage, kml, kmz, csv. */
    public static Format parse(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "geojson", "json" -> GEOJSON;
            case "shp", "shapefile", "zip" -> SHAPEFILE;
            case "gpkg", "geopackage" -> GEOPACKAGE;
            case "kml", "kmz" -> KML;
            case "csv", "access-list", "accesslist" -> ACCESS_LIST_CSV;
            default -> throw new IllegalArgumentException("未知格式 " + s + "，可选 geojson、shp、gpkg、kml、csv / unknown format "
                    + s + "; use geojson, shp, gpkg, kml or csv");
        };
    }

    /** The format of an import source by its name (a folder is a Shapefile folder), or null. */
    public static Format detect(Path source) {
        if (Files.isDirectory(source)) return SHAPEFILE;
        String n = source.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".geojson") || n.endsWith(".json")) return GEOJSON;
        if (n.endsWith(".zip") || n.endsWith(".shp")) return SHAPEFILE;
        if (n.endsWith(".gpkg")) return GEOPACKAGE;
        if (n.endsWith(".kml") || n.endsWith(".kmz")) return KML;
        return null;
    }
}
