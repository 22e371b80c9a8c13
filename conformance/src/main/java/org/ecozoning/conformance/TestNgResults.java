package org.ecozoning.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The outcome of one suite run, read from TestNG's {@code testng-results.xml}: the totals on the root element
 * and every failed test with its message. The suites exit 0 whatever happened, so this is what a build gates on.
 *
 * @param total          tests counted by TestNG
 * @param passed         passed tests
 * @param failed         failed tests
 * @param skipped        skipped tests (for example undeclared conformance classes)
 * @param failures       each failed test (not configuration methods)
 * @param configFailures failed configuration methods: set-up that failed, which turns the class's tests into
 *                       skips. The WFS suite does this on purpose for conformance classes the server does not
 *                       declare, so these are reported but not gated on.
 * @param skipReasons    number of skipped tests per test class (and skip message when there is one),
 *                       most frequent first
 */
public record TestNgResults(int total, int passed, int failed, int skipped, List<Failure> failures,
        List<Failure> configFailures, Map<String, Integer> skipReasons) {

    /**
     * A failed test or configuration method.
     *
     * @param testClass   the test class
     * @param method      the method name
     * @param description the test's description (may be empty)
     * @param params      the data-provider parameters of this invocation (for example the protocol binding)
     * @param message     the assertion or exception message (may be empty)
     */
    public record Failure(String testClass, String method, String description, List<String> params,
            String message) {
    }

    /** Finds the newest {@code testng-results.xml} under {@code dir} (searched a few levels deep). */
    public static Path findNewest(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try (Stream<Path> files = Files.find(dir, 4,
                (p, a) -> a.isRegularFile() && p.getFileName().toString().equals("testng-results.xml"))) {
            return files.max((a, b) -> {
                try {
                    return Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b));
                } catch (IOException e) {
                    return 0;
                }
            }).orElse(null);
        }
    }

    /** Parses a results file; DTDs and external entities are refused. */
    public static TestNgResults parse(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        }
    }

    /** Parses results XML from a stream; DTDs and external entities are refused. */
    public static TestNgResults parse(InputStream in) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (IllegalArgumentException ignored) {
            // not every StAX implementation knows the JAXP property; SUPPORT_DTD=false already covers it
        }
        try {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            try {
                return read(r);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("无法解析 testng-results.xml / cannot parse testng-results.xml: " + e.getMessage(), e);
        }
    }

    private static TestNgResults read(XMLStreamReader r) throws XMLStreamException, IOException {
        int total = -1;
        int passed = 0;
        int failed = 0;
        int skipped = 0;
        List<Failure> failures = new ArrayList<>();
        List<Failure> configFailures = new ArrayList<>();
        Map<String, Integer> skipReasons = new LinkedHashMap<>();
        String currentClass = "";
        MethodState method = null;
        StringBuilder text = null;
        boolean inParamValue = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.DTD) {
                throw new IOException("testng-results.xml 含 DTD，拒绝 / DTD refused in testng-results.xml");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "testng-results" -> {
                        total = intAttr(r, "total");
                        passed = intAttr(r, "passed");
                        failed = intAttr(r, "failed");
                        skipped = intAttr(r, "skipped");
                    }
                    case "class" -> currentClass = attr(r, "name");
                    case "test-method" -> method = new MethodState(currentClass, attr(r, "name"),
                            attr(r, "description"), attr(r, "status"), "true".equals(attr(r, "is-config")));
                    case "message" -> text = method == null ? null : new StringBuilder();
                    case "value" -> {
                        inParamValue = method != null;
                        text = inParamValue ? new StringBuilder() : null;
                    }
                    default -> {
                    }
                }
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && text != null) {
                text.append(r.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (r.getLocalName()) {
                    case "message" -> {
                        if (method != null && text != null && method.message == null) {
                            method.message = text.toString().strip();
                        }
                        text = null;
                    }
                    case "value" -> {
                        if (inParamValue && text != null) {
                            method.params.add(text.toString().strip());
                        }
                        inParamValue = false;
                        text = null;
                    }
                    case "test-method" -> {
                        if (method != null) {
                            method.finish(failures, configFailures, skipReasons);
                        }
                        method = null;
                    }
                    case "class" -> currentClass = "";
                    default -> {
                    }
                }
            }
        }
        if (total < 0) {
            throw new IOException("不是 TestNG 结果（无 testng-results 根元素）/ not TestNG results (no testng-results root)");
        }
        Map<String, Integer> sortedReasons = new LinkedHashMap<>();
        skipReasons.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
                .forEachOrdered(e -> sortedReasons.put(e.getKey(), e.getValue()));
        return new TestNgResults(total, passed, failed, skipped, List.copyOf(failures), List.copyOf(configFailures),
                sortedReasons);
    }

    private static final class MethodState {
        final String testClass;
        final String name;
        final String description;
        final String status;
        final boolean config;
        final List<String> params = new ArrayList<>();
        String message;

        MethodState(String testClass, String name, String description, String status, boolean config) {
            this.testClass = testClass;
            this.name = name;
            this.description = description;
            this.status = status;
            this.config = config;
        }

        void finish(List<Failure> failures, List<Failure> configFailures, Map<String, Integer> skipReasons) {
            String msg = message == null ? "" : message;
            if ("FAIL".equals(status)) {
                (config ? configFailures : failures).add(
                        new Failure(testClass, name, description, List.copyOf(params), msg));
            } else if ("SKIP".equals(status) && !config) {
                String reason = simpleName(testClass) + (msg.isEmpty() ? "" : ": " + firstLine(msg));
                skipReasons.merge(reason, 1, Integer::sum);
            }
        }
    }

    static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = (nl < 0 ? s : s.substring(0, nl)).strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static String attr(XMLStreamReader r, String name) {
        String v = r.getAttributeValue(null, name);
        return v == null ? "" : v;
    }

    private static int intAttr(XMLStreamReader r, String name) throws IOException {
        String v = attr(r, name);
        if (v.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IOException("属性 " + name + " 不是整数 / attribute " + name + " is not an integer: " + v, e);
        }
    }
}
