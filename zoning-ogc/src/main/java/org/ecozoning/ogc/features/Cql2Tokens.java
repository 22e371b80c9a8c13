package org.ecozoning.ogc.features;

import java.util.List;
import org.ecozoning.ogc.features.Cql2Token.Kind;

/** A cursor over the tokens of one filter, with the expect-or-fail helpers the parsers share. */
final class Cql2Tokens {
    private final List<Cql2Token> tokens;
    private int index;

    Cql2Tokens(List<Cql2Token> tokens) { this.tokens = tokens; }

    Cql2Token peek() { return tokens.get(index); }

    Cql2Token peek(int ahead) { return tokens.get(Math.min(tokens.size() - 1, index + ahead)); }

    Cql2Token next() {
        Cql2Token t = tokens.get(index);
        if (t.kind() != Kind.EOF) index++;
        return t;
    }

    boolean at(Kind kind) { return peek().kind() == kind; }

    /** Consumes the keyword if it is next. */
    boolean accept(String keyword) {
        if (peek().is(keyword)) {
            index++;
            return true;
        }
        return false;
    }

    /** Consumes a token of the kind if it is next. */
    boolean accept(Kind kind) {
        if (at(kind)) {
            index++;
            return true;
        }
        return false;
    }

    Cql2Token expect(Kind kind, String whatZh, String whatEn) {
        if (!at(kind)) throw unexpected(whatZh, whatEn);
        return next();
    }

    void expectKeyword(String keyword) {
        if (!accept(keyword)) throw unexpected("关键字 " + keyword, "keyword " + keyword);
    }

    /** "expected X, found Y" at the next token. */
    Cql2Exception unexpected(String expectedZh, String expectedEn) {
        Cql2Token t = peek();
        return new Cql2Exception(t.pos(), "应为" + expectedZh + "，实际为 " + t.describeZh(),
                "expected " + expectedEn + " but found " + t.describe());
    }
}
