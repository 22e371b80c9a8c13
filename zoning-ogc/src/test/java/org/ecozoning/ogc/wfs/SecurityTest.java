package org.ecozoning.ogc.wfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.OwsException;
import org.ecozoning.ogc.common.SecureXml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DTDs and external entities never get parsed: the request is refused with an ExceptionReport. */
class SecurityTest extends WfsTestSupport {

    @Test
    void externalEntityInPostBodyIsRefusedWithoutReadingTheFile(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xml = "<?xml version='1.0'?><!DOCTYPE foo [<!ENTITY xxe SYSTEM '" + secret.toUri() + "'>]>"
                + "<wfs:GetFeature service='WFS' version='2.0.0' xmlns:wfs='http://www.opengis.net/wfs/2.0'>"
                + "<wfs:Query typeNames='&xxe;'/></wfs:GetFeature>";
        OgcResponse r = post(xml);
        String body = r.bodyText();
        assertThat(body).doesNotContain("TOP-SECRET-CONTENT");
        assertException(r, 400, "OperationParsingFailed", "request");
        assertThat(body).contains("DOCTYPE");
    }

    @Test
    void entityExpansionBombIsRefused() {
        String xml = "<?xml version='1.0'?><!DOCTYPE lolz [<!ENTITY lol 'lol'><!ENTITY lol2 '&lol;&lol;&lol;&lol;&lol;'>]>"
                + "<wfs:GetCapabilities xmlns:wfs='http://www.opengis.net/wfs/2.0'>&lol2;</wfs:GetCapabilities>";
        assertException(post(xml), 400, "OperationParsingFailed", "request");
    }

    @Test
    void doctypeInKvpFilterIsRefused() {
        String f = "<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><fes:Filter xmlns:fes='http://www.opengis.net/fes/2.0'>"
                + "<fes:PropertyIsEqualTo><fes:ValueReference>name</fes:ValueReference><fes:Literal>&e;</fes:Literal></fes:PropertyIsEqualTo></fes:Filter>";
        OgcResponse r = get("service=WFS&version=2.0.0&request=GetFeature&typeNames=zoning:counties&filter="
                + java.net.URLEncoder.encode(f, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(r.bodyText()).doesNotContain("root:");
        assertException(r, 400, "OperationParsingFailed", "filter");
    }

    @Test
    void secureXmlRejectsDoctypeDirectly() {
        assertThatThrownBy(() -> SecureXml.parse("<!DOCTYPE a><a/>", "x"))
                .isInstanceOf(OwsException.class)
                .satisfies(e -> assertThat(((OwsException) e).code()).isEqualTo(OwsException.Code.OperationParsingFailed));
        assertThat(SecureXml.parse("<a xmlns='urn:x'><b/></a>", "x").getDocumentElement().getNamespaceURI()).isEqualTo("urn:x");
    }
}
