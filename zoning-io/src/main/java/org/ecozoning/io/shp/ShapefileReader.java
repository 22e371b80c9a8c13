package org.ecozoning.io.shp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.ecozoning.io.ImportException;
import org.ecozoning.io.ProgressListener;
import org.ecozoning.io.crs.PrjParser;
import org.ecozoning.io.crs.SupportedCrs;
import org.ecozoning.io.qa.IssueCode;
import org.ecozoning.io.qa.QaIssue;
import org.ecozoning.io.source.SourceFeature;
import org.ecozoning.io.source.SourceLayer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads one shapefile (the .shp and its .dbf, with .prj and .cpg when present; .shx is not needed)
 * into a {@link SourceLayer}. The sibling files are found by stem, ignoring the case of their
 * extensions. The encoding of the table comes from the .cpg, else the LDID byte, else detection;
 * the CRS from the .prj (unknown → warning, see {@link PrjParser}).
 */
public final class ShapefileReader {
    /** Largest .shp or .dbf read (the format's own limit is 2 GiB). */
    public static final long MAX_FILE_BYTES = Integer.MAX_VALUE;

    private final GeometryFactory factory;

    public ShapefileReader(GeometryFactory factory) { this.factory = factory; }

    public ShapefileReader() { this(new GeometryFactory()); }

    public SourceLayer read(Path shp, ProgressListener progress) throws IOException {
        String stem = stem(shp.getFileName().toString());
        String file = shp.getFileName().toString();
        Path dbf = sibling(shp, stem, "dbf");
        if (dbf == null) {
            throw new ImportException(QaIssue.error(IssueCode.MALFORMED_FILE, "缺少 " + stem + ".dbf 属性表文件",
                    "the attribute table " + stem + ".dbf is missing").withFile(file));
        }
        String dbfName = dbf.getFileName().toString();
        List<QaIssue> issues = new ArrayList<>();
        ByteBuffer shpBuf = map(shp);
        ByteBuffer dbfBuf = map(dbf);
        List<Geometry> geoms = new ShpReader(factory).read(shpBuf, file, issues);
        DbfReader table = new DbfReader(dbfBuf, dbfName);
        if (table.recordCount() != geoms.size()) {
            throw new ImportException(QaIssue.error(IssueCode.MALFORMED_FILE,
                    "几何记录数（" + geoms.size() + "）与属性记录数（" + table.recordCount() + "）不一致，文件不完整或不配套",
                    "the .shp has " + geoms.size() + " records but the .dbf has " + table.recordCount() + ": incomplete or mismatched files")
                    .withFile(file));
        }
        Path cpg = sibling(shp, stem, "cpg");
        Charset declared = null;
        String declaredBy = null;
        if (cpg != null) {
            String text = Files.readString(cpg, StandardCharsets.ISO_8859_1).strip();
            declared = DbfEncoding.fromCpg(text);
            declaredBy = cpg.getFileName().toString();
            if (declared == null) {
                issues.add(QaIssue.warning(IssueCode.ENCODING, ".cpg 中的编码名称无法识别：" + text + "，改为自动检测",
                        "the encoding named in the .cpg is unknown: " + text + "; detecting instead").withFile(declaredBy));
            }
        }
        List<QaIssue> encodingIssues = new ArrayList<>();
        DbfEncoding.Choice enc = table.chooseEncoding(declared, declaredBy, encodingIssues);
        for (QaIssue i : encodingIssues) issues.add(i.file() == null ? i.withFile(dbfName) : i);
        var fields = table.fields(enc.charset());
        List<String> names = new ArrayList<>();
        for (DbfField f : fields) names.add(f.name());
        List<SourceFeature> features = new ArrayList<>();
        int total = geoms.size();
        for (int r = 0; r < total; r++) {
            if (table.deleted(r)) continue;
            Map<String, Object> attrs = table.record(r, fields, enc.charset(), issues);
            features.add(new SourceFeature(r, null, attrs, geoms.get(r)));
            if (progress != null && (r % 500 == 0 || r == total - 1)) progress.progress("read", r + 1, total);
        }
        SourceLayer layer = new SourceLayer(file, stem, names, features).encoding(enc.charset().name());
        layer.issues().addAll(issues);
        Path prj = sibling(shp, stem, "prj");
        if (prj != null) {
            String wkt = Files.readString(prj, StandardCharsets.ISO_8859_1);
            SupportedCrs crs = PrjParser.parse(wkt);
            layer.declareCrs(crs == null ? null : crs.epsg(), wkt);
        }
        return layer;
    }

    private static ByteBuffer map(Path p) throws IOException {
        long size = Files.size(p);
        if (size > MAX_FILE_BYTES) {
            throw ImportException.malformed(p.getFileName().toString(), "文件超过 2 GiB，超出 Shapefile 格式上限",
                    "file is larger than 2 GiB, beyond the shapefile format's limit");
        }
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate((int) size);
            while (b.hasRemaining() && ch.read(b) >= 0) { }
            b.flip();
            return b;
        }
    }

    static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** The file {@code stem.ext} next to {@code shp}, matching the extension case-insensitively. */
    static Path sibling(Path shp, String stem, String ext) throws IOException {
        Path dir = shp.toAbsolutePath().getParent();
        Path exact = dir.resolve(stem + "." + ext);
        if (Files.isRegularFile(exact)) return exact;
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return stem(n).equals(stem) && n.substring(n.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT).equals(ext);
            }).findFirst().orElse(null);
        }
    }
}
