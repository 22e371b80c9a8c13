package org.ecozoning.rules;

/** Comparison operators of attribute conditions, written in rule files as {@code <, <=, >, >=, ==, !=}. */
public enum Operator {
    LT("<"), LE("<="), GT(">"), GE(">="), EQ("=="), NE("!=");

    private final String symbol;

    Operator(String symbol) { this.symbol = symbol; }

    public String symbol() { return symbol; }

    public boolean test(double left, double right) {
        return switch (this) {
            case LT -> left < right;
            case LE -> left <= right;
            case GT -> left > right;
            case GE -> left >= right;
            case EQ -> left == right;
            case NE -> left != right;
        };
    }

    /** The operator written as {@code symbol}, or null. */
    public static Operator ofSymbol(String symbol) {
        for (Operator o : values()) if (o.symbol.equals(symbol)) return o;
        return null;
    }
}
