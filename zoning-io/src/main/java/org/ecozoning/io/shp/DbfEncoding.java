package org.ecozoning.io.shp;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Works out the character encoding of a dBASE table: the .cpg file when there is one, else the
 * language driver id (LDID) byte of the header, else detection (strict UTF-8 first, then GBK).
 * Chinese data arrives in both; the two are told apart reliably because GBK text of more than a
 * few characters is almost never valid UTF-8.
 */
public final class DbfEncoding {
    /** GBK (code page 936), as written by ArcGIS and most Chinese GIS software. */
    public static final Charset GBK = Charset.forName("GBK");
    /** GB 18030, the superset of GBK. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private DbfEncoding() { }

    /** Where the charset came from. */
    public enum Source { CPG, LDID, DETECTED }

    /** A charset and where it came from. */
    public record Choice(Charset charset, Source source) { }

    /** The charset a .cpg text names, or null when it names none we know. */
    public static Charset fromCpg(String cpg) {
        if (cpg == null) return null;
        String s = cpg.strip().toUpperCase(Locale.ROOT).replace("_", "-");
        if (s.startsWith("ANSI ")) s = s.substring(5).strip();
        if (s.startsWith("CP")) s = s.substring(2);
        return switch (s) {
            case "UTF-8", "UTF8", "65001" -> StandardCharsets.UTF_8;
            case "GBK", "936", "GB2312", "EUC-CN", "X-EUC-CN", "MS936" -> GBK;
            case "GB18030", "54936" -> GB18030;
            case "BIG5", "950" -> Charset.forName("Big5");
            case "1252", "WINDOWS-1252" -> Charset.forName("windows-1252");
            case "88591", "8859-1", "ISO-8859-1", "ISO8859-1", "LATIN1" -> StandardCharsets.ISO_8859_1;
            case "437" -> Charset.forName("IBM437");
            default -> {
                try {
                    yield Charset.forName(cpg.strip());
                } catch (RuntimeException e) {
                    yield null;
                }
            }
        };
    }

    /**
     * The charset of a language driver id, or null when the byte does not say (0, or 0x57 "ANSI"
     * which means the writing machine's code page).
     */
    public static Charset fromLdid(int ldid) {
        return switch (ldid) {
            case 0x4D, 0x7A -> GBK;
            case 0x4F, 0x78 -> Charset.forName("Big5");
            case 0x01 -> Charset.forName("IBM437");
            case 0x03 -> Charset.forName("windows-1252");
            default -> null;
        };
    }

    /** Whether {@code bytes} decode without error in {@code cs}. */
    public static boolean decodes(byte[] bytes, int off, int len, Charset cs) {
        try {
            cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, off, len));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Whether any byte is outside ASCII. */
    public static boolean hasNonAscii(byte[] bytes, int off, int len) {
        for (int i = off; i < off + len; i++) if (bytes[i] < 0) return true;
        return false;
    }
}
