package org.ecozoning.ogc.features;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.ecozoning.feature.AttributeDescriptor;
import org.ecozoning.feature.AttributeType;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.feature.filter.Expression;
import org.ecozoning.feature.filter.Filter;
import org.ecozoning.feature.filter.Filter.CompareOp;
import org.ecozoning.feature.filter.Filter.SpatialOp;
import org.ecozoning.ogc.common.Crs;
import org.ecozoning.ogc.common.CrsSupport;
import org.ecozoning.ogc.gml.GmlGeometryReader;
import org.ecozoning.ogc.features.Cql2Token.Kind;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A hand-written recursive-descent parser of CQL2 text (OGC 21-065) into the shared
 * {@link Filter} model, for the {@code filter} parameter of OGC API – Features Part 3.
 *
 * <p>Supported: Basic CQL2 (comparisons {@code = <> < <= > >=}, {@code AND OR NOT}, parentheses,
 * {@code IS [NOT] NULL}, character/numeric/boolean literals, {@code DATE('…')} and
 * {@code TIMESTAMP('…')}, plain and double-quoted property names), advanced comparison operators
 * ({@code [NOT] LIKE}, {@code [NOT] BETWEEN}, {@code [NOT] IN}), case-insensitive comparison
 * ({@code CASEI}), and the spatial functions {@code S_INTERSECTS S_EQUALS S_DISJOINT S_TOUCHES
 * S_WITHIN S_OVERLAPS S_CROSSES S_CONTAINS} with WKT and {@code BBOX} literals in the filter CRS.
 * Keywords are case-insensitive. Property names are checked against the collection's queryables.
 *
 * <p>Grammar (precedence low to high): {@code or := and (OR and)*; and := not (AND not)*;
 * not := NOT not | primary; primary := '(' or ')' | spatial | TRUE | FALSE | predicate}.
 * Every error is a {@link Cql2Exception} naming the character where the filter went wrong.
 */
public final class Cql2TextParser {
    private static final Set<String> RESERVED = Set.of("AND", "OR", "NOT", "LIKE", "BETWEEN", "IN", "IS", "NULL");

    private final FeatureType type;
    private final CrsSupport crsSupport;
    private final Crs filterCrs;
    private final GeometryFactory gf = new GeometryFactory();
    private Cql2Tokens t;

    private enum Kind2 { PROPERTY, GEOMETRY, STRING, NUMBER, BOOLEAN, DATE, TIMESTAMP }

    /** One side of a predicate: the expression, what kind of value it is, and where it was written. */
    private record Operand(Expression expr, Kind2 kind, boolean casei, Cql2Token at, AttributeType attrType) {
        boolean isLiteral() { return kind != Kind2.PROPERTY && kind != Kind2.GEOMETRY; }

        Object value() { return ((Expression.Literal) expr).value(); }
    }

    /**
     * @param type the collection's schema: its attributes and geometry property are the queryables
     * @param crs reprojection of spatial literals to the storage CRS
     * @param filterCrs the CRS of spatial literals ({@code filter-crs}; CRS84 by default), in its axis order
     */
    public Cql2TextParser(FeatureType type, CrsSupport crs, Crs filterCrs) {
        this.type = Objects.requireNonNull(type, "type");
        this.crsSupport = Objects.requireNonNull(crs, "crs");
        this.filterCrs = Objects.requireNonNull(filterCrs, "filterCrs");
    }

    /**
     * Parses a filter (the parser is not thread-safe; use one per request).
     *
     * @throws Cql2Exception for a syntax error or a filter that does not fit the collection
     */
    public Filter parse(String text) {
        if (text == null || text.isBlank()) throw new Cql2Exception(0, "过滤表达式为空", "the filter is empty");
        t = new Cql2Tokens(Cql2Lexer.tokens(text));
        Filter f = or();
        if (!t.at(Kind.EOF)) {
            Cql2Token extra = t.peek();
            throw new Cql2Exception(extra.pos(), "表达式已结束，多余的 " + extra.describeZh() + "（缺少 AND/OR？）",
                    "unexpected " + extra.describe() + " after a complete expression (missing AND/OR?)");
        }
        return f;
    }

    private Filter or() {
        List<Filter> parts = new ArrayList<>();
        parts.add(and());
        while (t.accept("OR")) parts.add(and());
        return parts.size() == 1 ? parts.get(0) : new Filter.Or(parts);
    }

    private Filter and() {
        List<Filter> parts = new ArrayList<>();
        parts.add(not());
        while (t.accept("AND")) parts.add(not());
        return parts.size() == 1 ? parts.get(0) : new Filter.And(parts);
    }

    private Filter not() {
        if (t.accept("NOT")) return new Filter.Not(not());
        return primary();
    }

    private Filter primary() {
        Cql2Token k = t.peek();
        if (t.accept(Kind.LPAREN)) {
            Filter f = or();
            t.expect(Kind.RPAREN, " )", "')'");
            return f;
        }
        if (k.kind() == Kind.IDENT && t.peek(1).kind() == Kind.LPAREN) {
            String fn = k.upper();
            SpatialOp op = spatialOp(fn);
            if (op != null) return spatial(op);
            if (fn.startsWith("T_")) throw unsupported(k, "时间函数", "temporal functions");
            if (fn.startsWith("A_")) throw unsupported(k, "数组函数", "array functions");
        }
        if (k.kind() == Kind.EOF) throw t.unexpected("谓词", "a predicate");
        if (k.kind() == Kind.RPAREN) throw t.unexpected("谓词（括号内为空？）", "a predicate (empty parentheses?)");
        Operand left = scalar();
        Cql2Token next = t.peek();
        if (left.kind() == Kind2.BOOLEAN && !continuesPredicate(next)) {
            return Boolean.TRUE.equals(left.value()) ? Filter.INCLUDE : Filter.EXCLUDE;
        }
        if (next.kind() == Kind.OP) return comparison(left, t.next());
        boolean negated = t.accept("NOT");
        Filter f;
        if (t.accept("LIKE")) {
            f = like(left);
        } else if (t.accept("BETWEEN")) {
            f = between(left);
        } else if (t.accept("IN")) {
            f = in(left);
        } else if (!negated && t.accept("IS")) {
            boolean not = t.accept("NOT");
            t.expectKeyword("NULL");
            Filter isNull = new Filter.IsNull(left.expr());
            return not ? new Filter.Not(isNull) : isNull;
        } else if (negated) {
            throw t.unexpected(" LIKE、BETWEEN 或 IN", "LIKE, BETWEEN or IN after NOT");
        } else {
            throw t.unexpected("比较运算符（= <> < <= > >=）、LIKE、BETWEEN、IN 或 IS",
                    "a comparison operator (= <> < <= > >=), LIKE, BETWEEN, IN or IS");
        }
        return negated ? new Filter.Not(f) : f;
    }

    private static boolean continuesPredicate(Cql2Token n) {
        return n.kind() == Kind.OP || n.is("LIKE") || n.is("BETWEEN") || n.is("IN") || n.is("IS");
    }

    // ---- comparison predicates -------------------------------------------------------------

    private Filter comparison(Operand left, Cql2Token op) {
        Operand right = scalar();
        noGeometry(left);
        noGeometry(right);
        checkComparable(left, right, op);
        CompareOp cop = switch (op.text()) {
            case "=" -> CompareOp.EQ;
            case "<>" -> CompareOp.NE;
            case "<" -> CompareOp.LT;
            case "<=" -> CompareOp.LE;
            case ">" -> CompareOp.GT;
            case ">=" -> CompareOp.GE;
            default -> throw new Cql2Exception(op.pos(), "未知的比较运算符 " + op.text(), "unknown comparison operator " + op.text());
        };
        if (left.isLiteral() && right.isLiteral()) {
            return constant(new Filter.Compare(cop, left.expr(), right.expr(), !(left.casei() || right.casei())));
        }
        return new Filter.Compare(cop, left.expr(), right.expr(), !(left.casei() || right.casei()));
    }

    private Filter like(Operand left) {
        noGeometry(left);
        if (left.isLiteral() && left.kind() != Kind2.STRING) {
            throw new Cql2Exception(left.at().pos(), "LIKE 的左侧应为文本属性或字符串", "the left side of LIKE must be a text property or a string");
        }
        if (left.kind() == Kind2.PROPERTY && left.attrType() != AttributeType.STRING) {
            throw new Cql2Exception(left.at().pos(), "LIKE 只适用于文本属性，" + left.at().text() + " 不是文本",
                    "LIKE applies to text properties; " + left.at().text() + " is not text");
        }
        Operand pattern = scalar();
        if (pattern.kind() != Kind2.STRING) {
            throw new Cql2Exception(pattern.at().pos(), "LIKE 的模式应为字符串（可用 CASEI('…')）", "the LIKE pattern must be a character string (or CASEI('…'))");
        }
        Filter f = new Filter.Like(left.expr(), (String) pattern.value(), '%', '_', '\\', !(left.casei() || pattern.casei()));
        return left.isLiteral() ? constant(f) : f;
    }

    private Filter between(Operand value) {
        noGeometry(value);
        Operand lower = scalar();
        t.expectKeyword("AND");
        Operand upper = scalar();
        for (Operand o : List.of(value, lower, upper)) {
            if (o.kind() == Kind2.STRING || o.kind() == Kind2.BOOLEAN || o.kind() == Kind2.GEOMETRY
                    || o.kind() == Kind2.PROPERTY && (o.attrType() == AttributeType.STRING || o.attrType() == AttributeType.BOOLEAN)) {
                throw new Cql2Exception(o.at().pos(), "BETWEEN 只适用于数值和时间", "BETWEEN applies to numbers and temporal values");
            }
        }
        Filter f = new Filter.Between(value.expr(), lower.expr(), upper.expr());
        return value.isLiteral() && lower.isLiteral() && upper.isLiteral() ? constant(f) : f;
    }

    private Filter in(Operand value) {
        noGeometry(value);
        t.expect(Kind.LPAREN, " (", "'(' after IN");
        List<Operand> items = new ArrayList<>();
        do {
            Operand o = scalar();
            if (!o.isLiteral()) {
                throw new Cql2Exception(o.at().pos(), "IN 列表中只能是字面值", "an IN list holds literals only");
            }
            checkComparable(value, o, o.at());
            items.add(o);
        } while (t.accept(Kind.COMMA));
        t.expect(Kind.RPAREN, " ) 或 ,", "')' or ','");
        boolean casei = value.casei() || items.stream().anyMatch(Operand::casei);
        Filter f;
        if (casei) {
            List<Filter> eq = new ArrayList<>();
            for (Operand o : items) eq.add(new Filter.Compare(CompareOp.EQ, value.expr(), o.expr(), false));
            f = eq.size() == 1 ? eq.get(0) : new Filter.Or(eq);
        } else {
            f = new Filter.In(value.expr(), items.stream().map(Operand::value).toList());
        }
        return value.isLiteral() ? constant(f) : f;
    }

    private static void noGeometry(Operand o) {
        if (o.kind() == Kind2.GEOMETRY) {
            throw new Cql2Exception(o.at().pos(), "几何属性 " + o.at().text() + " 只能用于空间函数（如 S_INTERSECTS）",
                    "the geometry property " + o.at().text() + " can only be used in spatial functions (e.g. S_INTERSECTS)");
        }
    }

    /** Rejects comparisons that can never be meaningful: a number property against text that is no number, etc. */
    private static void checkComparable(Operand a, Operand b, Cql2Token at) {
        Operand prop = a.kind() == Kind2.PROPERTY ? a : b.kind() == Kind2.PROPERTY ? b : null;
        Operand lit = prop == a ? b : a;
        if (prop == null || !lit.isLiteral()) return;
        AttributeType pt = prop.attrType();
        boolean numeric = pt == AttributeType.INTEGER || pt == AttributeType.DOUBLE;
        boolean ok = switch (lit.kind()) {
            case NUMBER -> numeric || pt == AttributeType.STRING;
            case STRING -> !numeric || isNumber((String) lit.value());
            case BOOLEAN -> pt == AttributeType.BOOLEAN || pt == AttributeType.STRING;
            case DATE, TIMESTAMP -> pt == AttributeType.DATE || pt == AttributeType.DATETIME || pt == AttributeType.STRING;
            default -> true;
        };
        if (!ok) {
            throw new Cql2Exception(lit.at().pos(), "属性 " + prop.at().text() + "（" + typeZh(pt) + "）不能与 " + lit.at().describeZh() + " 比较",
                    "property " + prop.at().text() + " (" + pt.name().toLowerCase(Locale.ROOT) + ") cannot be compared with " + lit.at().describe());
        }
    }

    private static boolean isNumber(String s) {
        try {
            new java.math.BigDecimal(s.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String typeZh(AttributeType t) {
        return switch (t) {
            case STRING -> "文本";
            case INTEGER -> "整数";
            case DOUBLE -> "数值";
            case BOOLEAN -> "布尔";
            case DATE -> "日期";
            case DATETIME -> "时间";
        };
    }

    /** A predicate between literals only: evaluated once. */
    private static Filter constant(Filter f) {
        return Boolean.TRUE.equals(f.evaluate(null)) ? Filter.INCLUDE : Filter.EXCLUDE;
    }

    // ---- scalar operands ------------------------------------------------------------------

    private Operand scalar() {
        Cql2Token k = t.peek();
        switch (k.kind()) {
            case STRING -> {
                t.next();
                return new Operand(Expression.literal(k.text()), Kind2.STRING, false, k, null);
            }
            case NUMBER -> {
                t.next();
                return new Operand(Expression.literal(number(k)), Kind2.NUMBER, false, k, null);
            }
            case QUOTED_IDENT -> {
                t.next();
                return property(k);
            }
            case IDENT -> {
                String u = k.upper();
                if (u.equals("TRUE") || u.equals("FALSE")) {
                    t.next();
                    return new Operand(Expression.literal(u.equals("TRUE")), Kind2.BOOLEAN, false, k, null);
                }
                if (t.peek(1).kind() == Kind.LPAREN) return function(k);
                if (RESERVED.contains(u)) throw t.unexpected("属性名或字面值", "a property name or a literal");
                if (Cql2WktReader.startsLiteral(t) || Cql2WktReader.TYPES.contains(u) && t.peek(1).is("EMPTY")) {
                    throw new Cql2Exception(k.pos(), "几何字面值只能用于空间函数（如 S_INTERSECTS）",
                            "geometry literals can only be used in spatial functions (e.g. S_INTERSECTS)");
                }
                t.next();
                return property(k);
            }
            default -> throw t.unexpected("属性名或字面值", "a property name or a literal");
        }
    }

    private Operand function(Cql2Token name) {
        String fn = name.upper();
        switch (fn) {
            case "DATE", "TIMESTAMP" -> {
                t.next();
                t.next();
                Cql2Token s = t.expect(Kind.STRING, "带引号的" + (fn.equals("DATE") ? "日期" : "时间"), "a quoted " + fn.toLowerCase(Locale.ROOT));
                t.expect(Kind.RPAREN, " )", "')'");
                try {
                    return fn.equals("DATE")
                            ? new Operand(Expression.literal(LocalDate.parse(s.text())), Kind2.DATE, false, name, null)
                            : new Operand(Expression.literal(timestamp(s.text())), Kind2.TIMESTAMP, false, name, null);
                } catch (DateTimeParseException e) {
                    throw new Cql2Exception(s.pos(), fn + " 的值格式错误：" + s.text() + (fn.equals("DATE") ? "（应为 YYYY-MM-DD）" : "（应为 RFC 3339，如 2024-05-01T00:00:00Z）"),
                            "malformed " + fn + " value " + s.text() + (fn.equals("DATE") ? " (expected YYYY-MM-DD)" : " (expected RFC 3339, e.g. 2024-05-01T00:00:00Z)"));
                }
            }
            case "CASEI" -> {
                t.next();
                t.next();
                Operand inner = scalar();
                t.expect(Kind.RPAREN, " )", "')'");
                if (inner.kind() != Kind2.STRING && !(inner.kind() == Kind2.PROPERTY && inner.attrType() == AttributeType.STRING)) {
                    throw new Cql2Exception(inner.at().pos(), "CASEI 只适用于文本属性或字符串", "CASEI applies to text properties and character strings");
                }
                return new Operand(inner.expr(), inner.kind(), true, inner.at(), inner.attrType());
            }
            case "ACCENTI" -> throw unsupported(name, "ACCENTI（忽略重音比较）", "ACCENTI (accent-insensitive comparison)");
            default -> {
                if (spatialOp(fn) != null) {
                    throw new Cql2Exception(name.pos(), "空间函数 " + name.text() + " 是谓词，不能作为比较的操作数",
                            "spatial function " + name.text() + " is a predicate, not an operand of a comparison");
                }
                throw new Cql2Exception(name.pos(), "未知或不支持的函数 " + name.text(), "unknown or unsupported function " + name.text());
            }
        }
    }

    private static Instant timestamp(String s) {
        return OffsetDateTime.parse(s).toInstant();
    }

    private static Object number(Cql2Token k) {
        String s = k.text();
        try {
            if (s.indexOf('.') < 0 && s.indexOf('e') < 0 && s.indexOf('E') < 0) return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
        } catch (NumberFormatException e) {
            // too long for a long: fall through to double
        }
        double d = Double.parseDouble(s);
        if (!Double.isFinite(d)) throw new Cql2Exception(k.pos(), "数值超出范围：" + s, "number out of range: " + s);
        return d;
    }

    private Operand property(Cql2Token k) {
        String name = k.text();
        if (name.equals(type.geometryName())) return new Operand(Expression.property(name), Kind2.GEOMETRY, false, k, null);
        AttributeDescriptor a = type.attribute(name);
        if (a == null) {
            List<String> names = new ArrayList<>();
            for (AttributeDescriptor d : type.attributes()) names.add(d.name());
            names.add(type.geometryName());
            throw new Cql2Exception(k.pos(), "集合 " + type.name() + " 没有可查询属性 " + name + "（可用：" + String.join("、", names) + "）",
                    "collection " + type.name() + " has no queryable " + name + " (queryables: " + String.join(", ", names) + ")");
        }
        return new Operand(Expression.property(name), Kind2.PROPERTY, false, k, a.type());
    }

    // ---- spatial functions ----------------------------------------------------------------

    private static SpatialOp spatialOp(String fn) {
        return switch (fn) {
            case "S_INTERSECTS" -> SpatialOp.INTERSECTS;
            case "S_EQUALS" -> SpatialOp.EQUALS;
            case "S_DISJOINT" -> SpatialOp.DISJOINT;
            case "S_TOUCHES" -> SpatialOp.TOUCHES;
            case "S_WITHIN" -> SpatialOp.WITHIN;
            case "S_OVERLAPS" -> SpatialOp.OVERLAPS;
            case "S_CROSSES" -> SpatialOp.CROSSES;
            case "S_CONTAINS" -> SpatialOp.CONTAINS;
            default -> null;
        };
    }

    private Filter spatial(SpatialOp op) {
        Cql2Token fn = t.next();
        t.next(); // '('
        Object a = geometryOperand();
        t.expect(Kind.COMMA, " ,（空间函数有两个参数）", "',' (spatial functions take two arguments)");
        Object b = geometryOperand();
        t.expect(Kind.RPAREN, " )", "')'");
        if (a instanceof Expression.Property p && b instanceof Geometry g) return new Filter.Spatial(op, p, g, 0);
        if (a instanceof Geometry g && b instanceof Expression.Property p) return new Filter.Spatial(converse(op), p, g, 0);
        if (a instanceof Geometry g1 && b instanceof Geometry g2) {
            return new Filter.Spatial(op, Expression.literal(g1), g2, 0).evaluate(null) == Boolean.TRUE ? Filter.INCLUDE : Filter.EXCLUDE;
        }
        throw new Cql2Exception(fn.pos(), "空间函数的两个参数不能都是属性", "both arguments of a spatial function are properties (not supported)");
    }

    /** The operator with its arguments swapped: WITHIN and CONTAINS trade places, the others are symmetric. */
    private static SpatialOp converse(SpatialOp op) {
        return switch (op) {
            case WITHIN -> SpatialOp.CONTAINS;
            case CONTAINS -> SpatialOp.WITHIN;
            default -> op;
        };
    }

    /** A geometry property (as an Expression.Property) or a literal (as a Geometry in the storage CRS). */
    private Object geometryOperand() {
        Cql2Token k = t.peek();
        if (Cql2WktReader.startsLiteral(t)) {
            Geometry g = new Cql2WktReader(t, gf).read(filterCrs.geographic() && !filterCrs.northingFirst());
            return toStorage(g);
        }
        if (k.kind() == Kind.IDENT || k.kind() == Kind.QUOTED_IDENT) {
            if (k.kind() == Kind.IDENT && t.peek(1).kind() == Kind.LPAREN) {
                throw new Cql2Exception(k.pos(), "空间函数的参数应为几何属性或几何字面值，" + k.text() + " 不是",
                        "a spatial argument is a geometry property or literal; " + k.text() + " is neither");
            }
            t.next();
            Operand o = property(k);
            if (o.kind() != Kind2.GEOMETRY) {
                throw new Cql2Exception(k.pos(), k.text() + " 不是几何属性（几何属性为 " + type.geometryName() + "）",
                        k.text() + " is not a geometry property (the geometry property is " + type.geometryName() + ")");
            }
            return o.expr();
        }
        throw t.unexpected("几何属性或几何字面值（POINT、POLYGON、BBOX 等）", "a geometry property or literal (POINT, POLYGON, BBOX, …)");
    }

    private Geometry toStorage(Geometry g) {
        Geometry xy = filterCrs.northingFirst() ? GmlGeometryReader.swapAxes(g) : g;
        if (filterCrs.sameCrsAs(Crs.STORAGE) || filterCrs.epsg() == 4326 || xy.isEmpty()) return xy;
        double size = Math.max(xy.getEnvelopeInternal().getWidth(), xy.getEnvelopeInternal().getHeight());
        Geometry dense = size > 0 ? Densifier.densify(xy, size / 16.0) : xy;
        return crsSupport.toStorage(dense, filterCrs);
    }

    private static Cql2Exception unsupported(Cql2Token k, String zh, String en) {
        return new Cql2Exception(k.pos(), "不支持" + zh + "：" + k.text(), en + " are not supported: " + k.text());
    }
}
