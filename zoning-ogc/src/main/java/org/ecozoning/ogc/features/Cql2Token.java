package org.ecozoning.ogc.features;

import java.util.Locale;

/**
 * One lexical token of CQL2 text: its kind, its text as written (strings and quoted identifiers
 * already unescaped), and where it starts in the filter.
 */
record Cql2Token(Kind kind, String text, int pos) {
    enum Kind {
        /** An unquoted identifier or keyword (keywords are recognised by the parser, case-insensitively). */
        IDENT,
        /** A double-quoted identifier: always a property name. */
        QUOTED_IDENT,
        /** A single-quoted character literal. */
        STRING,
        NUMBER,
        LPAREN,
        RPAREN,
        COMMA,
        /** A comparison operator: = &lt;&gt; &lt; &lt;= &gt; &gt;=. */
        OP,
        EOF
    }

    /** Whether this is the unquoted keyword {@code kw} (case-insensitive). */
    boolean is(String kw) { return kind == Kind.IDENT && text.equalsIgnoreCase(kw); }

    String upper() { return text.toUpperCase(Locale.ROOT); }

    /** How the token is shown in error messages. */
    String describe() {
        return switch (kind) {
            case EOF -> "filter end";
            case STRING -> "'" + text + "'";
            case QUOTED_IDENT -> "\"" + text + "\"";
            default -> text;
        };
    }

    String describeZh() { return kind == Kind.EOF ? "过滤表达式结尾" : describe(); }
}
