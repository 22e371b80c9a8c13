package org.ecozoning.feature.filter.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeXmlReaderTest {
    @Test
    void buildsTreeWithLinesAndMixedContent() {
        XmlElement root = SafeXmlReader.read("""
                <a xmlns="urn:x" xmlns:o="urn:o">
                  <b o:k="v" n="1">hello <o:c>world</o:c>!</b>
                </a>""");
        assertThat(root.localName()).isEqualTo("a");
        assertThat(root.namespace()).isEqualTo("urn:x");
        XmlElement b = root.requireChild("b");
        assertThat(b.line()).isEqualTo(2);
        assertThat(b.attribute("n")).isEqualTo("1");
        assertThat(b.attribute("urn:o", "k")).isEqualTo("v");
        assertThat(b.content()).hasSize(3);
        assertThat(b.content().get(0)).isEqualTo("hello ");
        assertThat(((XmlElement) b.content().get(1)).namespace()).isEqualTo("urn:o");
        assertThat(b.text()).isEqualTo("hello !");
    }

    @Test
    void refusesDoctype() {
        assertThatThrownBy(() -> SafeXmlReader.read("<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ELEMENT a ANY>]>\n<a/>"))
                .isInstanceOf(XmlParseException.class)
                .hasMessageContaining("DTD");
    }

    @Test
    void refusesExternalEntityAndDoesNotLeakTheFile(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n<a>&xxe;</a>";
        assertThatThrownBy(() -> SafeXmlReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(XmlParseException.class)
                .hasMessageNotContaining("TOP-SECRET-CONTENT")
                .hasMessageContaining("DTD");
    }

    @Test
    void refusesParameterEntityExpansion() {
        String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>\n<l>&b;</l>";
        assertThatThrownBy(() -> SafeXmlReader.read(bomb)).isInstanceOf(XmlParseException.class);
    }

    @Test
    void reportsLineOfMalformedXml() {
        assertThatThrownBy(() -> SafeXmlReader.read("<a>\n<b>\n</a>"))
                .isInstanceOf(XmlParseException.class)
                .satisfies(e -> assertThat(((XmlParseException) e).line()).isEqualTo(3))
                .hasMessageContaining("第 3 行").hasMessageContaining("line 3");
    }

    @Test
    void refusesAbsurdNesting() {
        String deep = "<a>".repeat(SafeXmlReader.MAX_DEPTH + 5) + "</a>".repeat(SafeXmlReader.MAX_DEPTH + 5);
        assertThatThrownBy(() -> SafeXmlReader.read(deep)).isInstanceOf(XmlParseException.class).hasMessageContaining("nested");
    }
}
