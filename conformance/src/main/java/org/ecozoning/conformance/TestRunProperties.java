package org.ecozoning.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the suite's test-run arguments in {@code java.util.Properties} XML form, but without the DOCTYPE line
 * that {@code Properties.storeToXML} adds: the suites parse the file with a plain DOM parser, which would
 * try to download {@code http://java.sun.com/dtd/properties.dtd} and abort when offline.
 */
public final class TestRunProperties {

    private TestRunProperties() {
    }

    /** Writes {@code entries} (in their iteration order) to {@code file}. */
    public static void write(Path file, Map<String, String> entries) throws IOException {
        StringBuilder xml = new StringBuilder();
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<properties version=\"1.0\">\n");
        xml.append("  <comment>ecozoning conformance harness test run</comment>\n");
        for (Map.Entry<String, String> e : entries.entrySet()) {
            xml.append("  <entry key=\"").append(escape(e.getKey())).append("\">")
                    .append(escape(e.getValue())).append("</entry>\n");
        }
        xml.append("</properties>\n");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, xml, StandardCharsets.UTF_8);
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        throw new IllegalArgumentException("值中含控制字符 / control character in value");
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }
}
