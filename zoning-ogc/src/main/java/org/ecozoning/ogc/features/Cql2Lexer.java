package org.ecozoning.ogc.features;

import java.util.ArrayList;
import java.util.List;
import org.ecozoning.ogc.features.Cql2Token.Kind;

/**
 * Splits CQL2 text into tokens. Identifiers may contain letters of any script, digits, '_', '.'
 * and ':'; character literals use single quotes with {@code ''} or {@code \'} for a quote; a sign
 * directly before a digit belongs to the number (CQL2 text here has no arithmetic).
 */
final class Cql2Lexer {
    private final String s;
    private int i;

    private Cql2Lexer(String s) { this.s = s; }

    /** The tokens of a filter, ending with an EOF token. */
    static List<Cql2Token> tokens(String text) {
        Cql2Lexer l = new Cql2Lexer(text);
        List<Cql2Token> out = new ArrayList<>();
        Cql2Token t;
        do {
            t = l.next();
            out.add(t);
        } while (t.kind() != Kind.EOF);
        return out;
    }

    private Cql2Token next() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        if (i >= s.length()) return new Cql2Token(Kind.EOF, "", s.length());
        int start = i;
        char c = s.charAt(i);
        switch (c) {
            case '(' -> { i++; return new Cql2Token(Kind.LPAREN, "(", start); }
            case ')' -> { i++; return new Cql2Token(Kind.RPAREN, ")", start); }
            case ',' -> { i++; return new Cql2Token(Kind.COMMA, ",", start); }
            case '=' -> { i++; return new Cql2Token(Kind.OP, "=", start); }
            case '<' -> {
                i++;
                if (i < s.length() && (s.charAt(i) == '=' || s.charAt(i) == '>')) i++;
                return new Cql2Token(Kind.OP, s.substring(start, i), start);
            }
            case '>' -> {
                i++;
                if (i < s.length() && s.charAt(i) == '=') i++;
                return new Cql2Token(Kind.OP, s.substring(start, i), start);
            }
            case '!' -> throw new Cql2Exception(start, "不支持运算符 !=，请用 <>", "operator != is not CQL2, use <>");
            case '\'' -> { return string(); }
            case '"' -> { return quotedIdentifier(); }
            default -> { }
        }
        if (isDigit(c) || ((c == '-' || c == '+' || c == '.') && startsNumber(i))) return number();
        if (Character.isLetter(c) || c == '_') {
            while (i < s.length() && isIdentPart(s.charAt(i))) i++;
            return new Cql2Token(Kind.IDENT, s.substring(start, i), start);
        }
        throw new Cql2Exception(start, "无法识别的字符 '" + c + "'", "unexpected character '" + c + "'");
    }

    private boolean startsNumber(int at) {
        int j = at;
        if (s.charAt(j) == '-' || s.charAt(j) == '+') j++;
        if (j < s.length() && s.charAt(j) == '.') j++;
        return j < s.length() && isDigit(s.charAt(j));
    }

    private Cql2Token number() {
        int start = i;
        if (s.charAt(i) == '-' || s.charAt(i) == '+') i++;
        while (i < s.length() && isDigit(s.charAt(i))) i++;
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
            while (i < s.length() && isDigit(s.charAt(i))) i++;
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int e = i + 1;
            if (e < s.length() && (s.charAt(e) == '+' || s.charAt(e) == '-')) e++;
            if (e < s.length() && isDigit(s.charAt(e))) {
                i = e;
                while (i < s.length() && isDigit(s.charAt(i))) i++;
            }
        }
        if (i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '_')) {
            throw new Cql2Exception(i, "数字后紧跟字母：" + s.substring(start, Math.min(s.length(), i + 1)),
                    "a number runs into a letter: " + s.substring(start, Math.min(s.length(), i + 1)));
        }
        return new Cql2Token(Kind.NUMBER, s.substring(start, i), start);
    }

    private Cql2Token string() {
        int start = i++;
        StringBuilder sb = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\'') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                    sb.append('\'');
                    i += 2;
                    continue;
                }
                i++;
                return new Cql2Token(Kind.STRING, sb.toString(), start);
            }
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                sb.append('\'');
                i += 2;
                continue;
            }
            sb.append(c);
            i++;
        }
        throw new Cql2Exception(start, "字符串缺少结尾的单引号", "unterminated character string (missing closing ')");
    }

    private Cql2Token quotedIdentifier() {
        int start = i++;
        StringBuilder sb = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    sb.append('"');
                    i += 2;
                    continue;
                }
                i++;
                if (sb.isEmpty()) throw new Cql2Exception(start, "属性名为空", "empty quoted property name");
                return new Cql2Token(Kind.QUOTED_IDENT, sb.toString(), start);
            }
            sb.append(c);
            i++;
        }
        throw new Cql2Exception(start, "带引号的属性名缺少结尾的双引号", "unterminated quoted property name (missing closing \")");
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    private static boolean isIdentPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == ':';
    }
}
