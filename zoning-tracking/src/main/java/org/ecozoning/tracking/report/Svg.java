package org.ecozoning.tracking.report;

import java.util.List;
import java.util.Locale;
import org.ecozoning.scheme.County;
import org.ecozoning.tracking.monitoring.Figures;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Inline SVG charts and maps for the printable reports (no JavaScript): horizontal bar charts
 * with an optional target line, line charts of yearly series, and a county map with coloured
 * points. Sizes fit an A4 page.
 */
public final class Svg {
    /** One bar: label, value, and whether it is good (meets its target). */
    public record Bar(String label, double value, Boolean good) { }

    /** One series of a line chart, one value per year (NaN = no value). */
    public record Series(String name, double[] values) { }

    /** A point on the map, coloured by {@code good} (green), bad (red) or neutral (grey). */
    public record MapPoint(double lon, double lat, Boolean good, String title) { }

    private static final String GOOD = "#2e7d32";
    private static final String BAD = "#c62828";
    private static final String NEUTRAL = "#607d8b";
    private static final String[] PALETTE = {"#1565c0", "#ef6c00", "#2e7d32", "#6a1b9a", "#c62828", "#00838f"};

    private Svg() { }

    public static String bars(String title, List<Bar> bars, Double target, String unit) {
        int rowH = 16;
        int left = 110;
        int width = 640;
        int plot = width - left - 60;
        int h = 30 + bars.size() * rowH + 20;
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
        if (target != null) max = Math.max(max, target);
        if (max <= 0) max = 1;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\">",
                width, h, width, h));
        sb.append("<title>").append(Html.esc(title)).append("</title>");
        sb.append(text(4, 16, title, "font-size=\"13\" font-weight=\"bold\""));
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = 26 + i * rowH;
            double w = plot * b.value() / max;
            String color = b.good() == null ? NEUTRAL : b.good() ? GOOD : BAD;
            sb.append(text(left - 4, y + 11, b.label(), "font-size=\"10\" text-anchor=\"end\""));
            sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>", left, y + 2, w, rowH - 4, color));
            sb.append(text((int) (left + w + 4), y + 11, Figures.number(b.value()), "font-size=\"10\""));
        }
        if (target != null) {
            double x = left + plot * target / max;
            sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"22\" x2=\"%.1f\" y2=\"%d\" stroke=\"#000\" stroke-dasharray=\"4 3\"/>", x, x, h - 14));
            sb.append(text((int) x, h - 3, "目标 " + Figures.number(target) + (unit == null ? "" : " " + unit), "font-size=\"10\" text-anchor=\"middle\""));
        }
        return sb.append("</svg>").toString();
    }

    public static String lines(String title, int firstYear, List<Series> series, Double target, String unit) {
        int width = 640;
        int h = 240;
        int left = 50;
        int right = 150;
        int top = 28;
        int bottom = 30;
        int n = series.isEmpty() ? 0 : series.get(0).values().length;
        double max = 0;
        for (Series s : series) for (double v : s.values()) if (Double.isFinite(v)) max = Math.max(max, v);
        if (target != null) max = Math.max(max, target);
        max = max <= 0 ? 1 : max * 1.1;
        double plotW = width - left - right;
        double plotH = h - top - bottom;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\">",
                width, h, width, h));
        sb.append("<title>").append(Html.esc(title)).append("</title>").append(text(4, 16, title, "font-size=\"13\" font-weight=\"bold\""));
        sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>", left, h - bottom, width - right, h - bottom));
        for (int i = 0; i < n; i++) {
            double x = left + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
            sb.append(text((int) x, h - bottom + 14, Integer.toString(firstYear + i), "font-size=\"10\" text-anchor=\"middle\""));
        }
        sb.append(text(left - 4, top + 4, Figures.number(max), "font-size=\"9\" text-anchor=\"end\""));
        sb.append(text(left - 4, h - bottom, "0", "font-size=\"9\" text-anchor=\"end\""));
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            String color = PALETTE[k % PALETTE.length];
            StringBuilder pts = new StringBuilder();
            for (int i = 0; i < s.values().length; i++) {
                if (!Double.isFinite(s.values()[i])) continue;
                double x = left + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
                double y = h - bottom - plotH * s.values()[i] / max;
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                sb.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"/>", x, y, color));
            }
            sb.append("<polyline fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"1.5\" points=\"").append(pts.toString().strip()).append("\"/>");
            sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>", width - right + 10, top + k * 16, color));
            sb.append(text(width - right + 24, top + k * 16 + 9, s.name(), "font-size=\"10\""));
        }
        if (target != null) {
            double y = h - bottom - plotH * target / max;
            sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#000\" stroke-dasharray=\"4 3\"/>", left, y, width - right, y));
            sb.append(text(width - right + 10, (int) y + 4, "目标 " + Figures.number(target) + (unit == null ? "" : " " + unit), "font-size=\"10\""));
        }
        return sb.append("</svg>").toString();
    }

    /** County outlines (simplified) with points; equirectangular, scaled by cos(latitude). */
    public static String map(String title, List<County> counties, List<MapPoint> points) {
        Envelope env = new Envelope();
        for (County c : counties) env.expandToInclude(c.geometry().getEnvelopeInternal());
        for (MapPoint p : points) env.expandToInclude(p.lon(), p.lat());
        if (env.isNull()) return "";
        double k = Math.cos(Math.toRadians(env.centre().y));
        int width = 420;
        double sx = (width - 20) / (env.getWidth() * k);
        int height = (int) Math.ceil(env.getHeight() * sx) + 40;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\">",
                width, height, width, height));
        sb.append("<title>").append(Html.esc(title)).append("</title>").append(text(4, 16, title, "font-size=\"13\" font-weight=\"bold\""));
        double tol = 1.5 / sx;
        for (County c : counties) {
            Geometry g = TopologyPreservingSimplifier.simplify(c.geometry(), tol);
            StringBuilder d = new StringBuilder();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (!(g.getGeometryN(i) instanceof Polygon p)) continue;
                ring(d, p.getExteriorRing().getCoordinates(), env, k, sx);
            }
            sb.append("<path d=\"").append(d).append("\" fill=\"#f4f1e8\" stroke=\"#9e9e9e\" stroke-width=\"0.5\"><title>").append(Html.esc(c.name()))
                    .append("</title></path>");
        }
        for (MapPoint p : points) {
            double x = 10 + (p.lon() - env.getMinX()) * k * sx;
            double y = 30 + (env.getMaxY() - p.lat()) * sx;
            String color = p.good() == null ? NEUTRAL : p.good() ? GOOD : BAD;
            sb.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\" stroke=\"#fff\" stroke-width=\"0.5\"><title>%s</title></circle>",
                    x, y, color, Html.esc(p.title())));
        }
        return sb.append("</svg>").toString();
    }

    private static void ring(StringBuilder d, Coordinate[] cs, Envelope env, double k, double sx) {
        for (int i = 0; i < cs.length; i++) {
            double x = 10 + (cs[i].x - env.getMinX()) * k * sx;
            double y = 30 + (env.getMaxY() - cs[i].y) * sx;
            d.append(i == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
        }
        d.append('Z');
    }

    private static String text(int x, int y, String s, String attrs) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" " + attrs + ">" + Html.esc(s) + "</text>";
    }
}
