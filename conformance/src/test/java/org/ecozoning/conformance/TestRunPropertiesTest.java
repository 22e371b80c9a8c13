package org.ecozoning.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestRunPropertiesTest {

    @Test
    void writesPropertiesXmlWithoutDoctypeThatJavaCanReadBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("props.xml");
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("wfs", "http://127.0.0.1:8080/wfs?SERVICE=WFS&REQUEST=GetCapabilities&x=<\"'>");
        TestRunProperties.write(file, entries);

        String text = Files.readString(file);
        assertThat(text).doesNotContain("DOCTYPE").doesNotContain("properties.dtd")
                .contains("SERVICE=WFS&amp;REQUEST=GetCapabilities");
        // The suites read it with a plain DOM parser; do the same, with DTDs refused to prove none is needed.
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = f.newDocumentBuilder().parse(in);
        }
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("properties");
        Element entry = (Element) doc.getElementsByTagName("entry").item(0);
        assertThat(entry.getAttribute("key")).isEqualTo("wfs");
        assertThat(entry.getTextContent()).isEqualTo(entries.get("wfs"));
    }

    @Test
    void refusesControlCharacters(@TempDir Path dir) {
        assertThatThrownBy(() -> TestRunProperties.write(dir.resolve("p.xml"), Map.of("gml", "a\u0001b")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
