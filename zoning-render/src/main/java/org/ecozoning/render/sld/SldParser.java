package org.ecozoning.render.sld;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ecozoning.feature.filter.Expression;
import org.ecozoning.feature.filter.Filter;
import org.ecozoning.feature.filter.xml.OgcFilterParser;
import org.ecozoning.feature.filter.xml.SafeXmlReader;
import org.ecozoning.feature.filter.xml.XmlElement;
import org.ecozoning.feature.filter.xml.XmlParseException;

/**
 * Reads SLD 1.0.0 and SLD 1.1.0 / Symbology Encoding 1.1 documents into the style model, through
 * the hardened {@link SafeXmlReader}. Elements are matched by local name so both the {@code sld:}
 * and {@code se:} namespaces work; {@code CssParameter} and {@code SvgParameter} are both read.
 * Rule filters go through the shared {@link OgcFilterParser}. Every error names the line.
 *
 * <p>Parameter values must be literals (text or {@code ogc:Literal}); property-driven sizes and
 * colours are refused with a clear message, except in labels and label priority.
 */
public final class SldParser {
    private static final System.Logger LOG = System.getLogger(SldParser.class.getName());
    private static final Set<String> NAMESPACES = Set.of("http://www.opengis.net/sld", "http://www.opengis.net/se", "");

    private final OgcFilterParser filters;

    public SldParser(OgcFilterParser filters) {
        this.filters = filters;
    }

    /** A parser whose spatial filters use the {@link OgcFilterParser#DEFAULT_GEOMETRY} placeholder. */
    public SldParser() {
        this(new OgcFilterParser());
    }

    public StyledLayerDescriptor parse(InputStream in) {
        return parse(SafeXmlReader.read(in));
    }

    public StyledLayerDescriptor parse(String xml) {
        return parse(SafeXmlReader.read(xml));
    }

    /** Parses a file; errors carry the file name. */
    public StyledLayerDescriptor parse(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        } catch (XmlParseException e) {
            String f = file.getFileName().toString();
            throw new XmlParseException(e.line(), f + "：" + e.messageZh(), f + ": " + e.messageEn(), e);
        }
    }

    /** Parses an already read document: StyledLayerDescriptor, NamedLayer, UserStyle or FeatureTypeStyle root. */
    public StyledLayerDescriptor parse(XmlElement root) {
        if (!NAMESPACES.contains(root.namespace())) {
            throw bad(root, "不是 SLD 文档（根元素命名空间为 " + root.namespace() + "）",
                    "not an SLD document (root element namespace " + root.namespace() + ")");
        }
        return switch (root.localName()) {
            case "StyledLayerDescriptor" -> {
                List<StyledLayer> layers = new ArrayList<>();
                for (XmlElement c : root.children()) {
                    if (c.is("NamedLayer") || c.is("UserLayer")) layers.add(layer(c));
                }
                yield new StyledLayerDescriptor(root.childText("Name"), title(root), root.attribute("version"), layers);
            }
            case "NamedLayer", "UserLayer" -> new StyledLayerDescriptor(null, null, null, List.of(layer(root)));
            case "UserStyle" -> wrap(style(root));
            case "FeatureTypeStyle" -> wrap(new Style(root.childText("Name"), title(root), abstractOf(root), true,
                    List.of(featureTypeStyle(root))));
            default -> throw bad(root, "不是 SLD 文档（根元素为 <" + root.localName() + ">）",
                    "not an SLD document (root element <" + root.localName() + ">)");
        };
    }

    private static StyledLayerDescriptor wrap(Style s) {
        return new StyledLayerDescriptor(null, null, null, List.of(new StyledLayer(null, false, List.of(), List.of(s))));
    }

    private StyledLayer layer(XmlElement e) {
        List<String> named = new ArrayList<>();
        List<Style> styles = new ArrayList<>();
        for (XmlElement c : e.children()) {
            if (c.is("NamedStyle")) named.add(c.childText("Name"));
            else if (c.is("UserStyle")) styles.add(style(c));
        }
        return new StyledLayer(e.childText("Name"), e.is("UserLayer"), named, styles);
    }

    private Style style(XmlElement e) {
        List<FeatureTypeStyle> fts = new ArrayList<>();
        for (XmlElement c : e.children()) {
            if (c.is("FeatureTypeStyle")) fts.add(featureTypeStyle(c));
            else if (c.is("CoverageStyle")) throw bad(c, "不支持栅格样式 <CoverageStyle>", "<CoverageStyle> is not supported");
        }
        if (fts.isEmpty()) throw bad(e, "<UserStyle> 没有 <FeatureTypeStyle>", "<UserStyle> has no <FeatureTypeStyle>");
        String isDefault = e.childText("IsDefault");
        boolean def = isDefault != null && (isDefault.equals("1") || isDefault.equalsIgnoreCase("true"));
        return new Style(e.childText("Name"), title(e), abstractOf(e), def, fts);
    }

    private FeatureTypeStyle featureTypeStyle(XmlElement e) {
        List<Rule> rules = new ArrayList<>();
        for (XmlElement c : e.children()) {
            if (c.is("Rule")) rules.add(rule(c));
            else if (c.is("Transformation")) throw bad(c, "不支持渲染变换 <Transformation>", "rendering transformations are not supported");
        }
        if (rules.isEmpty()) throw bad(e, "<FeatureTypeStyle> 没有 <Rule>", "<FeatureTypeStyle> has no <Rule>");
        return new FeatureTypeStyle(e.childText("Name"), rules);
    }

    private Rule rule(XmlElement e) {
        Filter filter = Filter.INCLUDE;
        boolean elseFilter = false;
        double min = 0, max = Double.POSITIVE_INFINITY;
        List<Symbolizer> symbolizers = new ArrayList<>();
        for (XmlElement c : e.children()) {
            switch (c.localName()) {
                case "Filter" -> filter = filters.parseFilter(c);
                case "ElseFilter" -> elseFilter = true;
                case "MinScaleDenominator" -> min = number(c, c.text());
                case "MaxScaleDenominator" -> max = number(c, c.text());
                case "PolygonSymbolizer" -> symbolizers.add(polygon(c));
                case "LineSymbolizer" -> symbolizers.add(line(c));
                case "PointSymbolizer" -> symbolizers.add(point(c));
                case "TextSymbolizer" -> symbolizers.add(text(c));
                case "RasterSymbolizer" -> throw bad(c, "不支持栅格符号 <RasterSymbolizer>", "<RasterSymbolizer> is not supported");
                default -> { }
            }
        }
        if (min > max) throw bad(e, "最小比例尺分母大于最大比例尺分母", "MinScaleDenominator is greater than MaxScaleDenominator");
        return new Rule(e.childText("Name"), title(e), abstractOf(e), filter, elseFilter, min, max, symbolizers);
    }

    private Symbolizer.Polygon polygon(XmlElement e) {
        checkUom(e);
        XmlElement fill = e.child("Fill"), stroke = e.child("Stroke");
        return new Symbolizer.Polygon(fill == null ? null : fill(fill, Fill.DEFAULT.color()),
                stroke == null ? null : stroke(stroke));
    }

    private Symbolizer.Line line(XmlElement e) {
        checkUom(e);
        XmlElement stroke = e.child("Stroke");
        return new Symbolizer.Line(stroke == null ? Stroke.DEFAULT : stroke(stroke));
    }

    private Symbolizer.Point point(XmlElement e) {
        checkUom(e);
        XmlElement g = e.child("Graphic");
        return new Symbolizer.Point(g == null ? new Graphic(new Mark("square", Fill.DEFAULT, Stroke.DEFAULT), Graphic.DEFAULT_SIZE, 0, 1) : graphic(g));
    }

    private Symbolizer.Text text(XmlElement e) {
        checkUom(e);
        XmlElement label = e.child("Label");
        if (label == null) throw bad(e, "<TextSymbolizer> 缺少 <Label>", "<TextSymbolizer> lacks <Label>");
        XmlElement fillEl = e.child("Fill");
        Fill fill = fillEl == null ? new Fill(Color.BLACK, 1, null) : fill(fillEl, Color.BLACK);
        Halo halo = null;
        XmlElement haloEl = e.child("Halo");
        if (haloEl != null) {
            XmlElement r = haloEl.child("Radius");
            XmlElement hf = haloEl.child("Fill");
            halo = new Halo(r == null ? 1 : number(r, value(r)), hf == null ? new Fill(Color.WHITE, 1, null) : fill(hf, Color.WHITE));
        }
        Expression priority = null;
        XmlElement p = e.child("Priority");
        if (p != null) priority = expression(p);
        Map<String, String> vendor = new LinkedHashMap<>();
        for (XmlElement v : e.children("VendorOption")) {
            String name = v.attribute("name");
            if (name != null) vendor.put(name, v.text());
        }
        return new Symbolizer.Text(labelText(label), font(e.child("Font")), placement(e.child("LabelPlacement")),
                halo, fill, priority, vendor);
    }

    private LabelText labelText(XmlElement label) {
        List<Expression> parts = new ArrayList<>();
        collectLabel(label, parts);
        if (parts.isEmpty()) throw bad(label, "<Label> 为空", "empty <Label>");
        return new LabelText(parts);
    }

    private void collectLabel(XmlElement e, List<Expression> parts) {
        for (Object o : e.content()) {
            if (o instanceof String s) {
                String t = s.replaceAll("^\\s*\\n\\s*", "").replaceAll("\\s*\\n\\s*$", "");
                if (!t.isEmpty() && !(t.isBlank() && s.contains("\n"))) parts.add(Expression.literal(t));
            } else if (o instanceof XmlElement c) {
                if (c.is("Function")) {
                    String fn = c.attribute("name") == null ? "" : c.attribute("name").toLowerCase(Locale.ROOT);
                    if (!fn.equals("concatenate") && !fn.equals("strconcat")) {
                        throw bad(c, "标注中不支持函数 " + c.attribute("name") + "（仅支持 Concatenate/strConcat）",
                                "function " + c.attribute("name") + " is not supported in labels (only Concatenate/strConcat)");
                    }
                    collectLabel(c, parts);
                } else if (c.is("Literal")) {
                    parts.add(Expression.literal(rawText(c)));
                } else {
                    parts.add(filters.expression(c));
                }
            }
        }
    }

    private Expression expression(XmlElement e) {
        List<XmlElement> c = e.children();
        if (c.isEmpty()) return Expression.literal(e.text());
        return filters.expression(c.get(0));
    }

    private FontSpec font(XmlElement e) {
        if (e == null) return FontSpec.DEFAULT;
        List<String> families = new ArrayList<>();
        boolean italic = false, bold = false;
        double size = FontSpec.DEFAULT.size();
        // every font-family parameter (and every comma-separated name in one) is an alternative, in order
        for (XmlElement p : paramElements(e)) {
            if (!"font-family".equalsIgnoreCase(p.attribute("name"))) continue;
            for (String f : value(p).split(",")) {
                String t = f.trim().replaceAll("^[\"']|[\"']$", "");
                if (!t.isEmpty() && !families.contains(t)) families.add(t);
            }
        }
        for (Map.Entry<String, XmlElement> p : params(e).entrySet()) {
            String v = value(p.getValue());
            switch (p.getKey()) {
                case "font-size" -> size = positive(p.getValue(), v);
                case "font-style" -> italic = v.equalsIgnoreCase("italic") || v.equalsIgnoreCase("oblique");
                case "font-weight" -> bold = v.equalsIgnoreCase("bold") || v.equalsIgnoreCase("bolder") || numericBold(v);
                default -> { }
            }
        }
        return new FontSpec(families, italic, bold, size);
    }

    private static boolean numericBold(String v) {
        try {
            return Integer.parseInt(v.trim()) >= 600;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private LabelPlacement placement(XmlElement e) {
        if (e == null) return LabelPlacement.PointPlacement.DEFAULT;
        XmlElement line = e.child("LinePlacement");
        if (line != null) {
            XmlElement off = line.child("PerpendicularOffset");
            return new LabelPlacement.LinePlacement(off == null ? 0 : number(off, value(off)));
        }
        XmlElement pp = e.child("PointPlacement");
        if (pp == null) return LabelPlacement.PointPlacement.DEFAULT;
        double ax = 0, ay = 0.5, dx = 0, dy = 0, rot = 0;
        XmlElement anchor = pp.child("AnchorPoint");
        if (anchor != null) {
            ax = optional(anchor.child("AnchorPointX"), 0);
            ay = optional(anchor.child("AnchorPointY"), 0.5);
        }
        XmlElement disp = pp.child("Displacement");
        if (disp != null) {
            dx = optional(disp.child("DisplacementX"), 0);
            dy = optional(disp.child("DisplacementY"), 0);
        }
        rot = optional(pp.child("Rotation"), 0);
        return new LabelPlacement.PointPlacement(ax, ay, dx, dy, rot);
    }

    private Fill fill(XmlElement e, Color defaultColor) {
        Color color = defaultColor;
        double opacity = 1;
        for (Map.Entry<String, XmlElement> p : params(e).entrySet()) {
            switch (p.getKey()) {
                case "fill" -> color = color(p.getValue());
                case "fill-opacity" -> opacity = unit(p.getValue());
                default -> { }
            }
        }
        Graphic graphicFill = null;
        XmlElement gf = e.child("GraphicFill");
        if (gf != null) graphicFill = graphic(gf.requireChild("Graphic"));
        return new Fill(color, opacity, graphicFill);
    }

    private Stroke stroke(XmlElement e) {
        Stroke d = Stroke.DEFAULT;
        Color color = d.color();
        double width = d.width(), opacity = d.opacity();
        float[] dash = null;
        float offset = 0;
        int join = d.lineJoin(), cap = d.lineCap();
        for (Map.Entry<String, XmlElement> p : params(e).entrySet()) {
            XmlElement pe = p.getValue();
            String v = value(pe);
            switch (p.getKey()) {
                case "stroke" -> color = color(pe);
                case "stroke-width" -> width = nonNegative(pe, v);
                case "stroke-opacity" -> opacity = unit(pe);
                case "stroke-dasharray" -> dash = dashArray(pe, v);
                case "stroke-dashoffset" -> offset = (float) number(pe, v);
                case "stroke-linejoin" -> join = switch (v.toLowerCase(Locale.ROOT)) {
                    case "mitre", "miter" -> BasicStroke.JOIN_MITER;
                    case "round" -> BasicStroke.JOIN_ROUND;
                    case "bevel" -> BasicStroke.JOIN_BEVEL;
                    default -> throw bad(pe, "无效的 stroke-linejoin：" + v, "invalid stroke-linejoin: " + v + " (mitre, round, bevel)");
                };
                case "stroke-linecap" -> cap = switch (v.toLowerCase(Locale.ROOT)) {
                    case "butt" -> BasicStroke.CAP_BUTT;
                    case "round" -> BasicStroke.CAP_ROUND;
                    case "square" -> BasicStroke.CAP_SQUARE;
                    default -> throw bad(pe, "无效的 stroke-linecap：" + v, "invalid stroke-linecap: " + v + " (butt, round, square)");
                };
                default -> { }
            }
        }
        if (e.child("GraphicStroke") != null || e.child("GraphicFill") != null) {
            LOG.log(System.Logger.Level.WARNING, "line " + e.line() + ": GraphicStroke/GraphicFill in <Stroke> is not supported; drawing a plain stroke");
        }
        return new Stroke(color, width, opacity, dash, offset, join, cap);
    }

    private Graphic graphic(XmlElement e) {
        Mark mark = null;
        for (XmlElement c : e.children()) {
            if (c.is("Mark") && mark == null) mark = mark(c);
        }
        if (mark == null) {
            if (e.child("ExternalGraphic") != null) {
                LOG.log(System.Logger.Level.WARNING, "line " + e.line() + ": <ExternalGraphic> is not supported; drawing a square mark");
            }
            mark = new Mark("square", Fill.DEFAULT, Stroke.DEFAULT);
        }
        XmlElement size = e.child("Size"), rot = e.child("Rotation"), op = e.child("Opacity");
        return new Graphic(mark, size == null ? Graphic.DEFAULT_SIZE : positive(size, value(size)),
                rot == null ? 0 : number(rot, value(rot)), op == null ? 1 : unit(op));
    }

    private Mark mark(XmlElement e) {
        String name = e.childText("WellKnownName");
        Mark probe = new Mark(name, null, null);
        if (!Mark.KNOWN.contains(probe.wellKnownName())) {
            throw bad(e.child("WellKnownName"), "不支持的符号名称 " + name + "（支持 " + String.join("、", new java.util.TreeSet<>(Mark.KNOWN)) + "）",
                    "unsupported WellKnownName " + name + " (supported: " + String.join(", ", new java.util.TreeSet<>(Mark.KNOWN)) + ")");
        }
        XmlElement f = e.child("Fill"), s = e.child("Stroke");
        // SLD: a mark without Fill/Stroke elements gets the default grey fill and black stroke
        boolean none = f == null && s == null;
        return new Mark(name, f != null ? fill(f, Fill.DEFAULT.color()) : none && !probe.isHatch() ? Fill.DEFAULT : null,
                s != null ? stroke(s) : none ? Stroke.DEFAULT : null);
    }

    /** CssParameter/SvgParameter elements by name (last wins). */
    private static Map<String, XmlElement> params(XmlElement e) {
        Map<String, XmlElement> out = new LinkedHashMap<>();
        for (XmlElement p : paramElements(e)) {
            String name = p.attribute("name");
            if (name == null) throw bad(p, "<" + p.localName() + "> 缺少 name 属性", "<" + p.localName() + "> lacks the name attribute");
            out.put(name.trim().toLowerCase(Locale.ROOT), p);
        }
        return out;
    }

    private static List<XmlElement> paramElements(XmlElement e) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement c : e.children()) if (c.is("CssParameter") || c.is("SvgParameter")) out.add(c);
        return out;
    }

    /** The literal value of a parameter-valued element: its text or its ogc:Literal. */
    private static String value(XmlElement e) {
        for (XmlElement c : e.children()) {
            if (c.is("Literal")) return c.text();
            throw bad(c, "此处只支持字面量，不支持 <" + c.localName() + ">", "only literal values are supported here, not <" + c.localName() + ">");
        }
        return e.text();
    }

    private static String rawText(XmlElement e) {
        StringBuilder sb = new StringBuilder();
        for (Object o : e.content()) if (o instanceof String s) sb.append(s);
        return sb.toString();
    }

    private static Color color(XmlElement e) {
        String v = value(e);
        Color c = Colors.parse(v);
        if (c == null) throw bad(e, "无效的颜色：" + v + "（应为 #RRGGBB）", "invalid colour: " + v + " (expected #RRGGBB)");
        return c;
    }

    private static float[] dashArray(XmlElement e, String v) {
        String t = v.trim();
        if (t.isEmpty() || t.equalsIgnoreCase("none")) return null;
        String[] parts = t.split("[\\s,]+");
        float[] out = new float[parts.length];
        boolean positive = false;
        for (int i = 0; i < parts.length; i++) {
            out[i] = (float) nonNegative(e, parts[i]);
            positive |= out[i] > 0;
        }
        if (!positive) throw bad(e, "stroke-dasharray 不能全为 0", "stroke-dasharray cannot be all zeros");
        return out;
    }

    private double optional(XmlElement e, double fallback) {
        return e == null ? fallback : number(e, value(e));
    }

    private static double unit(XmlElement e) {
        double d = number(e, value(e));
        if (d < 0 || d > 1) throw bad(e, "不透明度必须在 0 到 1 之间：" + d, "opacity must be between 0 and 1: " + d);
        return d;
    }

    private static double positive(XmlElement e, String v) {
        double d = number(e, v);
        if (d <= 0) throw bad(e, "数值必须大于 0：" + v, "value must be greater than 0: " + v);
        return d;
    }

    private static double nonNegative(XmlElement e, String v) {
        double d = number(e, v);
        if (d < 0) throw bad(e, "数值不能为负：" + v, "value must not be negative: " + v);
        return d;
    }

    private static double number(XmlElement e, String v) {
        try {
            double d = Double.parseDouble(v.trim());
            if (Double.isNaN(d)) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException ex) {
            throw bad(e, "<" + e.localName() + "> 的数值无效：\"" + v + "\"", "invalid number in <" + e.localName() + ">: \"" + v + "\"");
        }
    }

    private static void checkUom(XmlElement e) {
        String uom = e.attribute("uom");
        if (uom != null && !uom.endsWith("/pixel")) {
            LOG.log(System.Logger.Level.WARNING, "line " + e.line() + ": uom " + uom + " is not supported; sizes are read as pixels");
        }
    }

    /** Title of an SLD 1.0 element, or of the SE 1.1 Description. */
    private static String title(XmlElement e) {
        String t = e.childText("Title");
        if (t == null && e.child("Description") != null) t = e.child("Description").childText("Title");
        return t;
    }

    private static String abstractOf(XmlElement e) {
        String t = e.childText("Abstract");
        if (t == null && e.child("Description") != null) t = e.child("Description").childText("Abstract");
        return t;
    }

    private static XmlParseException bad(XmlElement e, String zh, String en) {
        return new XmlParseException(e == null ? 0 : e.line(), zh, en);
    }
}
