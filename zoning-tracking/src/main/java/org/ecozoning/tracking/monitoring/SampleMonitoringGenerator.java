package org.ecozoning.tracking.monitoring;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.ecozoning.scheme.County;
import org.ecozoning.scheme.Scheme;
import org.ecozoning.text.CsvLine;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Makes several years of plausible monitoring data for the sample scheme, seeded (same seed, same
 * file): one air station per county (PM2.5, PM10, O3) and a river section in every third county
 * (COD, NH3-N, water class), one reading a month. Air quality improves a few per cent a year, with
 * winter peaks; cities differ. Written as the CSV that {@link MonitoringCsvImporter} reads.
 */
public final class SampleMonitoringGenerator {
    private static final GeometryFactory GF = new GeometryFactory();
    private final long seed;

    public SampleMonitoringGenerator(long seed) { this.seed = seed; }

    /** The readings for {@code firstYear..lastYear} (generated, line 0). */
    public List<Reading> generate(Scheme scheme, int firstYear, int lastYear) {
        Random rnd = new Random(seed);
        List<Reading> out = new ArrayList<>();
        int i = 0;
        for (County c : scheme.counties()) {
            Station air = new Station("A" + c.adcode(), c.name() + "监测站", 0, 0);
            double[] ll = pointIn(c, rnd);
            air = new Station(air.id(), air.name(), ll[0], ll[1]);
            double cityBase = 32 + Math.floorMod(c.cityCode() == null ? 0 : c.cityCode().hashCode(), 23);
            double countyFactor = 0.85 + rnd.nextDouble() * 0.3;
            Station water = null;
            double waterBase = 0;
            if (i++ % 3 == 0) {
                double[] wl = pointIn(c, rnd);
                water = new Station("W" + c.adcode(), c.name() + "河流断面", wl[0], wl[1]);
                waterBase = 0.3 + rnd.nextDouble() * 1.4;
            }
            for (int y = firstYear; y <= lastYear; y++) {
                double trend = Math.pow(0.96, y - firstYear);
                for (int m = 1; m <= 12; m++) {
                    LocalDate d = LocalDate.of(y, m, 15);
                    double season = 1 + 0.4 * Math.cos((m - 1) * Math.PI / 6); // January high, July low
                    double pm25 = cityBase * countyFactor * trend * season * (0.85 + rnd.nextDouble() * 0.3);
                    out.add(new Reading(air, d, Indicator.PM25, Figures.round(pm25, 1), 0));
                    out.add(new Reading(air, d, Indicator.PM10, Figures.round(pm25 * (1.6 + rnd.nextDouble() * 0.3), 1), 0));
                    double o3 = (110 + 60 * Math.sin((m - 3) * Math.PI / 6)) * (0.9 + rnd.nextDouble() * 0.2);
                    out.add(new Reading(air, d, Indicator.O3, Figures.round(Math.max(20, o3), 1), 0));
                    if (water != null) {
                        double nh3 = waterBase * Math.pow(0.93, y - firstYear) * (0.7 + rnd.nextDouble() * 0.6);
                        out.add(new Reading(water, d, Indicator.NH3N, Figures.round(nh3, 2), 0));
                        out.add(new Reading(water, d, Indicator.COD, Figures.round(12 + nh3 * 8 + rnd.nextDouble() * 4, 1), 0));
                        out.add(new Reading(water, d, Indicator.WATER_CLASS, waterClass(nh3), 0));
                    }
                }
            }
        }
        return out;
    }

    /** Class by ammonia nitrogen (GB 3838-2002 limits). */
    static int waterClass(double nh3) {
        if (nh3 <= 0.15) return 1;
        if (nh3 <= 0.5) return 2;
        if (nh3 <= 1.0) return 3;
        if (nh3 <= 1.5) return 4;
        if (nh3 <= 2.0) return 5;
        return 6;
    }

    private static double[] pointIn(County c, Random rnd) {
        PreparedGeometry pg = PreparedGeometryFactory.prepare(c.geometry());
        Envelope e = c.geometry().getEnvelopeInternal();
        for (int k = 0; k < 1000; k++) {
            double x = Figures.round(e.getMinX() + rnd.nextDouble() * e.getWidth(), 5);
            double y = Figures.round(e.getMinY() + rnd.nextDouble() * e.getHeight(), 5);
            if (pg.containsProperly(GF.createPoint(new Coordinate(x, y)))) return new double[] {x, y};
        }
        Coordinate p = c.geometry().getInteriorPoint().getCoordinate();
        return new double[] {p.x, p.y};
    }

    /** The readings as monitoring CSV text (English header; water classes as Roman numerals). */
    public static String toCsv(List<Reading> readings) {
        StringBuilder sb = new StringBuilder("station_id,station_name,lon,lat,date,indicator,value,unit\n");
        for (Reading r : readings) {
            String value = r.indicator() == Indicator.WATER_CLASS ? roman((int) r.value()) : String.format(Locale.ROOT, "%s", Figures.round(r.value(), 2));
            sb.append(CsvLine.quote(r.station().id())).append(',').append(CsvLine.quote(r.station().name())).append(',')
                    .append(r.station().lon()).append(',').append(r.station().lat()).append(',').append(r.date()).append(',')
                    .append(r.indicator().code()).append(',').append(value).append(',').append(fileUnit(r.indicator())).append('\n');
        }
        return sb.toString();
    }

    /** Units as monitoring exports write them: ASCII, so that GBK files can carry them too. */
    private static String fileUnit(Indicator ind) {
        return switch (ind.medium()) {
            case AIR -> "ug/m3";
            case WATER -> ind == Indicator.WATER_CLASS ? "类" : "mg/L";
        };
    }

    private static String roman(int c) {
        return switch (c) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            case 4 -> "IV";
            case 5 -> "V";
            default -> "劣V";
        };
    }

    /** Writes the CSV in the given encoding (UTF-8 or GBK). */
    public static void write(List<Reading> readings, Path file, Charset encoding) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, toCsv(readings).getBytes(encoding));
    }
}
