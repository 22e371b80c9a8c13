package org.ecozoning.bench.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a request file of WMS 1.3.0 GetMap requests (EPSG:4326, so BBOX is lat,lon) over seeded
 * random boxes inside Shanxi at four zoom levels (4.4° = the province, 1° = a city, 0.25° = a
 * county, 0.05° = a town, in equal numbers, shuffled), with the image's aspect ratio, so that two
 * servers can be asked exactly the same maps.
 *
 * <pre>GetMapRequests OUT-FILE WIDTH HEIGHT [LAYER [COUNT [SEED]]]</pre>
 */
public final class GetMapRequests {
    /** Longitude spans of the zoom levels, in degrees. */
    static final double[] SPANS = {4.4, 1, 0.25, 0.05};
    /** Shanxi's extent (lon/lat). */
    static final double MIN_LON = 110.2, MAX_LON = 114.6, MIN_LAT = 34.6, MAX_LAT = 40.7;

    private GetMapRequests() { }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("用法 / usage: GetMapRequests OUT-FILE WIDTH HEIGHT [LAYER [COUNT [SEED]]]");
            System.exit(2);
        }
        int w = Integer.parseInt(args[1]);
        int h = Integer.parseInt(args[2]);
        String layer = args.length > 3 ? args[3] : "control_units";
        int count = args.length > 4 ? Integer.parseInt(args[4]) : 64;
        long seed = args.length > 5 ? Long.parseLong(args[5]) : 20240101L;
        List<String> lines = new ArrayList<>();
        lines.add("# WMS 1.3.0 GetMap " + w + "x" + h + " " + layer + ", " + count + " seeded boxes (seed " + seed + "), spans 4.4/1/0.25/0.05 deg");
        for (RequestLine r : requests(w, h, layer, count, seed)) lines.add(r.format());
        Files.write(Path.of(args[0]), lines, StandardCharsets.UTF_8);
    }

    /**
     * @return {@code count} GetMap requests, a quarter per zoom level, in seeded random order
     */
    static List<RequestLine> requests(int width, int height, String layer, int count, long seed) {
        Random rnd = new Random(seed);
        List<RequestLine> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double spanLon = SPANS[i % SPANS.length];
            double spanLat = spanLon * height / width;
            double lon0 = MIN_LON + rnd.nextDouble() * Math.max(0, (MAX_LON - MIN_LON) - spanLon);
            double lat0 = MIN_LAT + rnd.nextDouble() * Math.max(0, (MAX_LAT - MIN_LAT) - spanLat);
            if (spanLon >= MAX_LON - MIN_LON) lon0 = (MIN_LON + MAX_LON - spanLon) / 2;
            out.add(RequestLine.of(String.format(Locale.ROOT,
                    "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=%s&STYLES=&CRS=EPSG:4326&BBOX=%.6f,%.6f,%.6f,%.6f&WIDTH=%d&HEIGHT=%d&FORMAT=image/png",
                    layer, lat0, lon0, lat0 + spanLat, lon0 + spanLon, width, height)));
        }
        Collections.shuffle(out, rnd);
        return out;
    }
}
