package org.ecozoning.ogc.common;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;

/**
 * Parses a raw (still percent-encoded) URL query into {@link Parameters}, strictly: UTF-8 only,
 * {@code +} means space, malformed escapes are a client error rather than silently kept. One parser,
 * shared by the server and by handler tests, so both see the same keys and values.
 */
public final class QueryString {

    private QueryString() {
    }

    /**
     * Parses {@code a=1&B=x%20y&flag}. A name without {@code =} gets the empty value; empty pairs
     * ({@code &&}) are skipped.
     *
     * @param rawQuery the query without the leading {@code ?}; {@code null} or empty gives no parameters
     * @return the parameters in arrival order
     * @throws ProblemException (400) for a malformed percent escape or bytes that are not UTF-8
     */
    public static Parameters parse(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Parameters.empty();
        }
        Parameters.Builder b = Parameters.builder();
        int start = 0;
        while (start <= rawQuery.length()) {
            int amp = rawQuery.indexOf('&', start);
            int end = amp < 0 ? rawQuery.length() : amp;
            if (end > start) {
                String pair = rawQuery.substring(start, end);
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (!name.isEmpty()) {
                    b.add(name, value);
                }
            }
            start = end + 1;
        }
        return b.build();
    }

    /**
     * Decodes one {@code application/x-www-form-urlencoded} component.
     *
     * @param s the encoded text
     * @return the decoded text
     * @throws ProblemException (400) when the escape or the UTF-8 is malformed
     */
    public static String decode(String s) {
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= s.length()) {
                    throw malformed(s);
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw malformed(s);
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    utf8 = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(utf8);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException(Problem.of(400,
                    "查询参数不是有效的 UTF-8 编码 / Query parameter is not valid UTF-8: " + abbreviate(s)));
        }
    }

    private static ProblemException malformed(String s) {
        return new ProblemException(Problem.of(400,
                "查询参数中的百分号转义无效 / Malformed percent escape in query parameter: " + abbreviate(s)));
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
