package org.ecozoning.bench.http;

import java.nio.charset.StandardCharsets;

/**
 * What a response must look like to count as a success: a PNG of the asked size, a JSON body
 * (object or array), or a body containing a given text. A load test that counts error pages as
 * fast answers measures nothing, so every response is checked.
 */
public interface ResponseCheck {
    /**
     * @param contentType the response's content type (may be null)
     * @param body        the response body
     * @return null when the response is acceptable, else why not
     */
    String problem(String contentType, byte[] body);

    /** Accepts any body. */
    ResponseCheck ANY = (t, b) -> null;

    /**
     * @param spec {@code png:WIDTHxHEIGHT}, {@code json}, {@code contains:TEXT} or {@code any}
     * @return the check
     */
    static ResponseCheck parse(String spec) {
        if (spec.equals("any")) return ANY;
        if (spec.equals("json")) return json();
        if (spec.startsWith("contains:")) return contains(spec.substring("contains:".length()));
        if (spec.startsWith("png:")) {
            String[] wh = spec.substring(4).split("x");
            if (wh.length != 2) throw new IllegalArgumentException("png check must be png:WIDTHxHEIGHT, got " + spec);
            return png(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
        }
        throw new IllegalArgumentException("unknown check " + spec + " (png:WxH, json, contains:TEXT, any)");
    }

    /** A PNG (signature and IHDR chunk) of exactly this size. */
    static ResponseCheck png(int width, int height) {
        return (t, b) -> {
            int[] size = pngSize(b);
            if (size == null) return "not a PNG (" + t + ", " + b.length + " bytes)" + preview(b);
            if (size[0] != width || size[1] != height) return "PNG is " + size[0] + "x" + size[1] + ", expected " + width + "x" + height;
            return null;
        };
    }

    /** A body whose first non-blank character opens a JSON object or array. */
    static ResponseCheck json() {
        return (t, b) -> {
            for (byte c : b) {
                if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
                return c == '{' || c == '[' ? null : "not JSON (" + t + ")" + preview(b);
            }
            return "empty body";
        };
    }

    /** A body containing {@code text} (UTF-8). */
    static ResponseCheck contains(String text) {
        return (t, b) -> new String(b, StandardCharsets.UTF_8).contains(text) ? null : "body lacks \"" + text + "\"" + preview(b);
    }

    /**
     * @param b bytes
     * @return {width, height} from the IHDR chunk, or null when {@code b} is not a PNG
     */
    static int[] pngSize(byte[] b) {
        byte[] sig = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        if (b.length < 33) return null;
        for (int i = 0; i < 8; i++) if (b[i] != sig[i]) return null;
        if (b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R') return null;
        return new int[] {int32(b, 16), int32(b, 20)};
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }

    private static String preview(byte[] b) {
        String s = new String(b, 0, Math.min(b.length, 160), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        return ": " + s;
    }
}
