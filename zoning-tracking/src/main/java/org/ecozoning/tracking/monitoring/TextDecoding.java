package org.ecozoning.tracking.monitoring;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text file that may be UTF-8 (with or without BOM) or GBK (GB 18030), as monitoring
 * exports from Chinese systems often are. Strict decoding: UTF-8 is tried first (a GBK file with
 * Chinese text is almost never valid UTF-8), then GB18030; a file valid in neither is refused.
 */
public final class TextDecoding {
    /** Decoded text and the name of the encoding it was found in. */
    public record Decoded(String text, String encoding) { }

    private TextDecoding() { }

    public static Decoded decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            String t = strict(bytes, 3, StandardCharsets.UTF_8);
            if (t != null) return new Decoded(t, "UTF-8");
        }
        String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) return new Decoded(utf8, "UTF-8");
        String gbk = strict(bytes, 0, Charset.forName("GB18030"));
        if (gbk != null) return new Decoded(gbk, "GBK");
        throw new IllegalArgumentException("文件既不是 UTF-8 也不是 GBK 编码 / the file is neither UTF-8 nor GBK encoded");
    }

    private static String strict(byte[] bytes, int offset, Charset cs) {
        try {
            CharBuffer cb = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
