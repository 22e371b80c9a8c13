package org.ecozoning.ogc.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What capabilities documents say about the service and its provider: titles and abstracts
 * (Chinese first), keywords, fees, access constraints and the contact. Read from
 * {@code workspace/services.json}: top-level members apply to every service, and an entry under
 * {@code "services"} (e.g. {@code "wfs"}) overrides title, abstract and keywords for one service.
 */
public record ServiceMetadata(String titleZh, String titleEn, String abstractZh, String abstractEn, List<String> keywords,
        String fees, String accessConstraints, Contact contact) {

    /** The service provider and its contact point (OWS ServiceProvider). */
    public record Contact(String organisation, String siteUrl, String individual, String position, String phone,
            String email, String street, String city, String province, String postalCode, String country) {
        public static final Contact NONE = new Contact("", "", "", "", "", "", "", "", "", "", "");
    }

    public ServiceMetadata {
        titleZh = nz(titleZh);
        titleEn = nz(titleEn);
        abstractZh = nz(abstractZh);
        abstractEn = nz(abstractEn);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        fees = fees == null || fees.isBlank() ? "无 / NONE" : fees;
        accessConstraints = accessConstraints == null || accessConstraints.isBlank() ? "无 / NONE" : accessConstraints;
        contact = contact == null ? Contact.NONE : contact;
    }

    /** "中文 / English" title. */
    public String title() { return join(titleZh, titleEn); }

    /** "中文 / English" abstract. */
    public String abstractText() { return join(abstractZh, abstractEn); }

    /** Built-in metadata for a service when no configuration file is given. */
    public static ServiceMetadata defaults(String service) {
        String s = service.toUpperCase(java.util.Locale.ROOT);
        return new ServiceMetadata("山西省生态环境分区管控 " + s + " 服务", "Shanxi ecological-environment zoning " + s + " service",
                "山西省生态环境分区管控成果（环境管控单元、要素管控分区）的 " + s + " 服务。",
                "Zoning results of Shanxi (environmental control units, element zones) as an OGC " + s + ".",
                List.of("生态环境分区管控", "三线一单", "ecological-environment zoning", s), null, null,
                new Contact("ecozoning", "https://ecozoning.org", "", "", "", "", "", "", "", "", "中国 / China"));
    }

    /** Reads a configuration file; {@code service} selects the per-service overrides ("wfs", "wms", …). */
    public static ServiceMetadata load(Path file, String service) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, service);
        }
    }

    /** Reads the configuration from a stream; see {@link #load}. */
    public static ServiceMetadata read(InputStream in, String service) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        if (root == null || !root.isObject()) throw new IOException("services.json must hold a JSON object");
        JsonNode over = root.path("services").path(service);
        ServiceMetadata d = defaults(service);
        JsonNode c = root.path("contact");
        Contact contact = new Contact(text(c, "organisation", d.contact.organisation()), text(c, "siteUrl", d.contact.siteUrl()),
                text(c, "individual", ""), text(c, "position", ""), text(c, "phone", ""), text(c, "email", ""),
                text(c, "street", ""), text(c, "city", ""), text(c, "province", ""), text(c, "postalCode", ""),
                text(c, "country", d.contact.country()));
        return new ServiceMetadata(
                text(over, "titleZh", text(root, "titleZh", d.titleZh)), text(over, "titleEn", text(root, "titleEn", d.titleEn)),
                text(over, "abstractZh", text(root, "abstractZh", d.abstractZh)),
                text(over, "abstractEn", text(root, "abstractEn", d.abstractEn)),
                list(over.has("keywords") ? over.get("keywords") : root.get("keywords"), d.keywords),
                text(root, "fees", null), text(root, "accessConstraints", null), contact);
    }

    private static String text(JsonNode n, String field, String fallback) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? fallback : v.asText();
    }

    private static List<String> list(JsonNode n, List<String> fallback) {
        if (n == null || !n.isArray()) return fallback;
        List<String> out = new ArrayList<>();
        n.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static String nz(String s) { return s == null ? "" : s; }

    private static String join(String zh, String en) {
        if (zh.isEmpty()) return en;
        if (en.isEmpty() || en.equals(zh)) return zh;
        return zh + " / " + en;
    }
}
