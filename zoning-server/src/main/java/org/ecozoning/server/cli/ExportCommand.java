package org.ecozoning.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ecozoning.io.Format;
import org.ecozoning.io.SchemeExporter;
import org.ecozoning.io.SchemeImporter;
import org.ecozoning.model.SchemeContent;
import org.ecozoning.server.UserFacingException;
import org.ecozoning.store.SchemeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zoning export}: writes one stored version to GeoPackage, GeoJSON, zipped Shapefile or the access list as CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"导出方案版本 / Export a scheme version"},
        synopsisHeading = "用法 / Usage: ", descriptionHeading = "%n", optionListHeading = "%n选项 / Options:%n")
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--version", paramLabel = "ID|current", defaultValue = "current",
            description = "版本编号或 current（现行版本），默认 ${DEFAULT-VALUE} / Version id or current")
    String version;

    @Option(names = "--format", required = true, paramLabel = "gpkg|geojson|shp|csv", description = "格式 / Format")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "输出文件 / Output file")
    Path out;

    @Override
    public Integer call() throws Exception {
        Format f;
        try {
            f = Format.parse(format);
        } catch (RuntimeException e) {
            f = null;
        }
        if (f == null || !f.writable()) {
            throw new UserFacingException("不支持导出为 " + format + "，可用 gpkg、geojson、shp、csv / Cannot export as " + format
                    + "; use gpkg, geojson, shp or csv");
        }
        SchemeContent content;
        long id;
        try (SchemeStore s = store.open()) {
            id = VersionRef.resolve(s, version);
            content = s.content(id);
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            java.nio.file.Files.createDirectories(parent);
        }
        new SchemeExporter(SchemeImporter.forWorkspace(store.workspace()).admin()).write(content, f, out);
        spec.commandLine().getErr().println("已导出版本 #" + id + " / exported version #" + id + " → " + out + "（"
                + content.units().size() + " 单元/units, " + content.zones().size() + " 分区/zones, " + content.clauses().size() + " 条款/clauses）");
        spec.commandLine().getErr().flush();
        return 0;
    }
}
