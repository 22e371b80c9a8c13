package org.ecozoning.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestNgResultsTest {

    private static TestNgResults sample() throws IOException {
        try (InputStream in = TestNgResultsTest.class.getResourceAsStream("sample-testng-results.xml")) {
            return TestNgResults.parse(in);
        }
    }

    @Test
    void readsTotalsFromTheRootElement() throws IOException {
        TestNgResults r = sample();
        assertThat(r.total()).isEqualTo(6);
        assertThat(r.passed()).isEqualTo(2);
        assertThat(r.failed()).isEqualTo(2);
        assertThat(r.skipped()).isEqualTo(2);
    }

    @Test
    void listsFailedTestsWithClassParamsAndMessage() throws IOException {
        TestNgResults r = sample();
        assertThat(r.failures()).hasSize(2);
        TestNgResults.Failure first = r.failures().get(0);
        assertThat(first.testClass()).isEqualTo("org.example.ets.basic.CapabilitiesTests");
        assertThat(first.method()).isEqualTo("describesBasic");
        assertThat(first.description()).isEqualTo("See ISO 19142: A.1.2");
        assertThat(first.params()).containsExactly("POST");
        assertThat(first.message()).startsWith("1 schema validation error(s) detected.")
                .contains("ImplementsSorting").doesNotContain("ignored here");
        TestNgResults.Failure second = r.failures().get(1);
        assertThat(second.params()).containsExactly("GET", "{http://example.org/ns}zones");
        assertThat(second.description()).isEqualTo("Two identifiers & one type");
        assertThat(second.message()).isEqualTo("expected [2] but found [0]");
    }

    @Test
    void keepsFailedSetUpMethodsApartAndGroupsSkipsByClass() throws IOException {
        TestNgResults r = sample();
        assertThat(r.configFailures()).singleElement()
                .satisfies(f -> assertThat(f.method()).isEqualTo("implementsLocking"));
        assertThat(r.skipReasons()).containsEntry("LockingTests", 1).containsEntry("LockingTests: Not declared", 1)
                .hasSize(2);
    }

    @Test
    void refusesDocumentsWithADtd() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE testng-results [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<testng-results total=\"1\" passed=\"1\" failed=\"0\" skipped=\"0\">&x;</testng-results>";
        assertThatThrownBy(() -> TestNgResults.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class);
    }

    @Test
    void refusesFilesThatAreNotTestNgResults() {
        byte[] xml = "<report><x/></report>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TestNgResults.parse(new ByteArrayInputStream(xml)))
                .isInstanceOf(IOException.class).hasMessageContaining("testng-results");
    }

    @Test
    void findsTheNewestResultsFile(@TempDir Path dir) throws IOException {
        Path older = Files.createDirectories(dir.resolve("a")).resolve("testng-results.xml");
        Path newer = Files.createDirectories(dir.resolve("b")).resolve("testng-results.xml");
        Files.writeString(older, "<testng-results/>");
        Files.writeString(newer, "<testng-results/>");
        Files.setLastModifiedTime(older, FileTime.fromMillis(1_000_000L));
        Files.setLastModifiedTime(newer, FileTime.fromMillis(2_000_000L));
        assertThat(TestNgResults.findNewest(dir)).isEqualTo(newer);
        assertThat(TestNgResults.findNewest(dir.resolve("missing"))).isNull();
    }
}
