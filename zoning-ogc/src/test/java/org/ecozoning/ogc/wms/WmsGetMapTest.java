package org.ecozoning.ogc.wms;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.junit.jupiter.api.Test;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

class WmsGetMapTest extends WmsTestSupport {

    @Test
    void drawsTheUnitsInTheirClassColours() {
        BufferedImage img = image(get(MAP_130));
        assertThat(img.getWidth()).isEqualTo(500);
        assertThat(img.getHeight()).isEqualTo(400);
        assertThat(greenish(argbAt(img, 112.45, 37.75))).as("priority protection unit is green").isTrue();
        assertThat(orangeish(argbAt(img, 112.55, 37.75))).as("key control unit is orange").isTrue();
        assertThat(orangeish(argbAt(img, 112.65, 37.75))).isTrue();
        int general = argbAt(img, 112.50, 37.85);
        assertThat(greenish(general) || orangeish(general) || white(general)).as("general control unit is its own colour").isFalse();
        assertThat(greenish(argbAt(img, 112.575, 37.925))).as("first part of the multipolygon").isTrue();
        assertThat(white(argbAt(img, 112.625, 37.925))).as("gap between the two parts").isTrue();
        assertThat(white(argbAt(img, 112.35, 37.65))).as("outside every unit").isTrue();
    }

    @Test
    void axisOrder130LatLonEqualsAxisOrder111LonLat() {
        int[] a = pixels(image(get(MAP_130)));
        int[] b = pixels(image(get(MAP_111)));
        assertThat(b).isEqualTo(a);
        // CRS:84 in 1.3.0 is longitude first, and EPSG:4490 is latitude first like EPSG:4326
        int[] c = pixels(image(get(with(with(MAP_130, "CRS", "CRS:84"), "BBOX", "112.3,37.6,112.8,38.0"))));
        assertThat(c).isEqualTo(a);
        int[] d = pixels(image(get(with(MAP_130, "CRS", "EPSG:4490"))));
        assertThat(d).isEqualTo(a);
        // and a longitude-first BBOX sent as 1.3.0 EPSG:4326 is really read latitude first: a different map
        int[] wrong = pixels(image(get(with(MAP_130, "BBOX", "112.3,37.6,112.8,38.0"))));
        assertThat(wrong).isNotEqualTo(a);
    }

    static int[] pixels(BufferedImage img) { return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth()); }

    @Test
    void webMercatorMapShowsTheUnitsWhereExpected() {
        double[] ll = mercator(112.3, 37.6), ur = mercator(112.8, 38.0);
        String q = with(with(MAP_130, "CRS", "EPSG:3857"), "BBOX", ll[0] + "," + ll[1] + "," + ur[0] + "," + ur[1]);
        BufferedImage img = image(get(q));
        assertThat(greenish(at(img, mercator(112.45, 37.75), ll, ur))).isTrue();
        assertThat(orangeish(at(img, mercator(112.55, 37.75), ll, ur))).isTrue();
        assertThat(greenish(at(img, mercator(112.575, 37.925), ll, ur))).isTrue();
        assertThat(white(at(img, mercator(112.625, 37.925), ll, ur))).isTrue();
        assertThat(white(at(img, mercator(112.35, 37.65), ll, ur))).isTrue();
    }

    /** Spherical Web Mercator, written out here independently of the server's transform. */
    static double[] mercator(double lon, double lat) {
        double r = 6378137;
        return new double[] {Math.toRadians(lon) * r, r * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(lat) / 2))};
    }

    /** The pixel of map coordinates p in an image of extent ll–ur. */
    static int at(BufferedImage img, double[] p, double[] ll, double[] ur) {
        int x = (int) Math.floor((p[0] - ll[0]) / (ur[0] - ll[0]) * img.getWidth());
        int y = (int) Math.floor((ur[1] - p[1]) / (ur[1] - ll[1]) * img.getHeight());
        return img.getRGB(x, y);
    }

    @Test
    void gaussKrugerMapIsNorthingFirstIn130AndShowsTheUnitsWhereExpected() {
        CRSFactory f = new CRSFactory();
        var ct = new CoordinateTransformFactory().createTransform(f.createFromName("EPSG:4490"), f.createFromName("EPSG:4547"));
        double[] green = gk(ct, 112.45, 37.75), orange = gk(ct, 112.55, 37.75), outside = gk(ct, 112.35, 37.65);
        // a 500 m-per-pixel box around the units, easting/northing
        double[] ll = {orange[0] - 20_000, orange[1] - 15_000}, ur = {orange[0] + 20_000, orange[1] + 15_000};
        String q130 = with(with(with(with(MAP_130, "CRS", "EPSG:4547"), "BBOX", ll[1] + "," + ll[0] + "," + ur[1] + "," + ur[0]),
                "WIDTH", "400"), "HEIGHT", "300");
        BufferedImage img = image(get(q130));
        assertThat(greenish(at(img, green, ll, ur))).isTrue();
        assertThat(orangeish(at(img, orange, ll, ur))).isTrue();
        assertThat(white(at(img, outside, ll, ur))).isTrue();
        // 1.1.1 sends the same box easting first: the same image
        String q111 = with(with(with(with(MAP_111, "SRS", "EPSG:4547"), "BBOX", ll[0] + "," + ll[1] + "," + ur[0] + "," + ur[1]),
                "WIDTH", "400"), "HEIGHT", "300");
        assertThat(pixels(image(get(q111)))).isEqualTo(pixels(img));
    }

    static double[] gk(org.locationtech.proj4j.CoordinateTransform ct, double lon, double lat) {
        ProjCoordinate out = new ProjCoordinate();
        ct.transform(new ProjCoordinate(lon, lat), out);
        return new double[] {out.x, out.y};
    }

    @Test
    void png32KeepsAlphaWhenTransparent() {
        BufferedImage img = image(get(with(MAP_130, "TRANSPARENT", "TRUE")));
        assertThat(img.getColorModel().hasAlpha()).isTrue();
        assertThat(argbAt(img, 112.35, 37.65) >>> 24).as("empty area is transparent").isZero();
        int fill = argbAt(img, 112.45, 37.75);
        assertThat(fill >>> 24).as("fills are semi-transparent (55 %)").isBetween(120, 160);
    }

    @Test
    void opaquePngHasNoAlphaChannelAndUsesBgcolor() {
        OgcResponse r = get(with(MAP_130, "BGCOLOR", "0x102030"));
        byte[] png = r.bodyBytes();
        assertThat(png[25]).as("IHDR colour type 2 (RGB)").isEqualTo((byte) 2);
        BufferedImage img = decode(png);
        assertThat(argbAt(img, 112.35, 37.65) & 0xFFFFFF).isEqualTo(0x102030);
    }

    @Test
    void png8IsAnIndexedImageWithTransparency() throws Exception {
        OgcResponse r = get(with(with(MAP_130, "FORMAT", "image/png; mode=8bit"), "TRANSPARENT", "TRUE"));
        assertThat(r.contentType()).isEqualTo("image/png; mode=8bit");
        byte[] png = r.bodyBytes();
        assertThat(png[25]).as("IHDR colour type 3 (palette)").isEqualTo((byte) 3);
        assertThat(new String(png, StandardCharsets.ISO_8859_1)).contains("PLTE").contains("tRNS");
        BufferedImage img = decode(png);
        assertThat(img.getColorModel()).isInstanceOf(IndexColorModel.class);
        assertThat(((IndexColorModel) img.getColorModel()).getMapSize()).isLessThanOrEqualTo(256);
        assertThat(argbAt(img, 112.35, 37.65) >>> 24).isZero();
        assertThat(greenish(argbAt(img, 112.45, 37.75))).isTrue();
        assertThat(orangeish(argbAt(img, 112.55, 37.75))).isTrue();
        // close to the 32-bit rendering everywhere
        BufferedImage full = image(get(with(MAP_130, "TRANSPARENT", "TRUE")));
        int[] a = pixels(full), b = pixels(img);
        int far = 0;
        for (int i = 0; i < a.length; i++) if (maxChannelDiff(a[i], b[i]) > 40) far++;
        assertThat(far).as("pixels off by more than 40 in a channel").isLessThan(a.length / 100);
    }

    static int maxChannelDiff(int p, int q) {
        int m = 0;
        for (int s = 0; s < 32; s += 8) m = Math.max(m, Math.abs(((p >>> s) & 0xFF) - ((q >>> s) & 0xFF)));
        return m;
    }

    @Test
    void jpegHasNoAlpha() throws Exception {
        OgcResponse r = get(with(with(MAP_130, "FORMAT", "image/jpeg"), "TRANSPARENT", "TRUE"));
        assertThat(r.contentType()).isEqualTo("image/jpeg");
        byte[] jpg = r.bodyBytes();
        assertThat(jpg[0] & 0xFF).isEqualTo(0xFF);
        assertThat(jpg[1] & 0xFF).isEqualTo(0xD8);
        BufferedImage img = decode(jpg);
        assertThat(img.getColorModel().hasAlpha()).isFalse();
        assertThat(img.getColorModel().getNumComponents()).isEqualTo(3);
        // transparency is flattened onto the (white) background
        int p = argbAt(img, 112.35, 37.65);
        assertThat(maxChannelDiff(p, 0xFFFFFFFF)).isLessThan(8);
        assertThat(greenish(argbAt(img, 112.45, 37.75))).isTrue();
    }

    @Test
    void severalLayersAndStyles() {
        // counties outlines over units; the river zone (fen-1, 112.52–112.54) drawn on top in its own style
        String q = with(with(MAP_130, "LAYERS", "zoning:control_units,counties,zoning:river_zones"), "STYLES", ",,");
        BufferedImage img = image(get(q));
        assertThat(greenish(argbAt(img, 112.45, 37.75))).isTrue();
        int river = argbAt(img, 112.53, 37.75);
        int plain = argbAt(image(get(MAP_130)), 112.53, 37.75);
        assertThat(river).as("the river zone changes the pixels it covers").isNotEqualTo(plain);
        // a named style from the library: units drawn with the counties style (outline only)
        BufferedImage outline = image(get(with(MAP_130, "STYLES", "counties")));
        assertThat(white(argbAt(outline, 112.42, 37.72))).as("no fill with the counties style (label at the centre)").isTrue();
        assertThat(white(argbAt(outline, 112.50, 37.75))).as("but the outline").isFalse();
        // a group name draws its members
        BufferedImage group = image(get(with(MAP_130, "LAYERS", "element_zones")));
        assertThat(white(argbAt(group, 112.53, 37.75))).isFalse();
    }

    @Test
    void errorsAreServiceExceptionsOfTheRightVersion() {
        assertServiceException(get(with(MAP_130, "FORMAT", "image/gif")), "1.3.0", "InvalidFormat", "FORMAT");
        assertServiceException(get(with(MAP_130, "CRS", "EPSG:2000")), "1.3.0", "InvalidCRS", "CRS");
        assertServiceException(get(with(MAP_111, "SRS", "EPSG:2000")), "1.1.1", "InvalidSRS", null);
        assertServiceException(get(with(MAP_130, "LAYERS", "zoning:nope")), "1.3.0", "LayerNotDefined", "LAYERS");
        assertServiceException(get(with(MAP_111, "LAYERS", "nope")), "1.1.1", "LayerNotDefined", null);
        assertServiceException(get(with(MAP_130, "STYLES", "no_such_style")), "1.3.0", "StyleNotDefined", "STYLES");
        assertServiceException(get(with(with(MAP_130, "LAYERS", "control_units,counties"), "STYLES", "counties")), "1.3.0",
                "StyleNotDefined", "STYLES");
        assertServiceException(get(with(MAP_130, "BBOX", "38,112.8,37.6,112.3")), "1.3.0", "InvalidParameterValue", "BBOX");
        assertServiceException(get(with(MAP_130, "BBOX", "1,2,3")), "1.3.0", "InvalidParameterValue", "BBOX");
        assertServiceException(get(with(MAP_130, "BBOX", "a,b,c,d")), "1.3.0", "InvalidParameterValue", "BBOX");
        assertServiceException(get(with(MAP_130, "BBOX", null)), "1.3.0", "MissingParameterValue", "BBOX");
        assertServiceException(get(with(MAP_130, "CRS", null)), "1.3.0", "MissingParameterValue", "CRS");
        assertServiceException(get(with(MAP_130, "LAYERS", null)), "1.3.0", "MissingParameterValue", "LAYERS");
        assertServiceException(get(with(MAP_130, "FORMAT", null)), "1.3.0", "MissingParameterValue", "FORMAT");
        assertServiceException(get(with(MAP_130, "WIDTH", "0")), "1.3.0", "InvalidParameterValue", "WIDTH");
        assertServiceException(get(with(MAP_130, "HEIGHT", "-5")), "1.3.0", "InvalidParameterValue", "HEIGHT");
        assertServiceException(get(with(MAP_130, "TRANSPARENT", "yes")), "1.3.0", "InvalidParameterValue", "TRANSPARENT");
        assertServiceException(get(with(MAP_130, "BGCOLOR", "red")), "1.3.0", "InvalidParameterValue", "BGCOLOR");
        assertServiceException(get(with(MAP_130, "EXCEPTIONS", "HTML")), "1.3.0", "InvalidParameterValue", "EXCEPTIONS");
        assertServiceException(get(with(MAP_130, "VERSION", "1.2.0")), "1.3.0", "InvalidParameterValue", "VERSION");
        assertServiceException(get(with(MAP_130, "SLD", "http://evil.example/x.sld")), "1.3.0", "OperationNotSupported", "SLD");
        assertServiceException(get(with(MAP_130, "CQL_FILTER", "class='KEY_CONTROL'")), "1.3.0", "OperationNotSupported", "CQL_FILTER");
    }

    @Test
    void errorStatusesAreConfigurable() {
        assertThat(get(with(MAP_130, "FORMAT", "image/gif")).status()).isEqualTo(400);
        WmsHandler classic = new WmsHandler(CONFIG.withErrorStatusCodes(false));
        OgcResponse r = get(classic, with(MAP_130, "FORMAT", "image/gif"));
        assertThat(r.status()).isEqualTo(200);
        assertServiceException(r, "1.3.0", "InvalidFormat", "FORMAT");
    }

    @Test
    void oversizedImageIsRefusedBeforeAllocation() {
        long before = usedHeap();
        OgcResponse r = get(with(with(MAP_130, "WIDTH", "100000"), "HEIGHT", "100000"));
        assertServiceException(r, "1.3.0", "InvalidParameterValue", "WIDTH");
        assertThat(r.bodyText()).contains("4096");
        // 100000² ARGB pixels would be 40 GB: nothing of the sort was allocated (the heap limit is 2 GB anyway)
        assertThat(usedHeap() - before).isLessThan(200L * 1024 * 1024);
        // even with EXCEPTIONS=INIMAGE the answer is XML, since no image of that size can be drawn
        OgcResponse inImage = get(with(with(MAP_130, "WIDTH", "100000"), "EXCEPTIONS", "INIMAGE"));
        assertServiceException(inImage, "1.3.0", "InvalidParameterValue", "WIDTH");
        WmsHandler small = new WmsHandler(CONFIG.withLimits(WmsLimits.DEFAULT.withMaxSize(256, 256)));
        assertServiceException(get(small, with(MAP_130, "WIDTH", "257")), "1.3.0", "InvalidParameterValue", "WIDTH");
        assertServiceException(get(small, with(with(MAP_130, "WIDTH", "200"), "HEIGHT", "4000")), "1.3.0", "InvalidParameterValue", "HEIGHT");
    }

    static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    @Test
    void layerLimitIsEnforced() {
        WmsHandler h = new WmsHandler(CONFIG.withLimits(WmsLimits.DEFAULT.withLayerLimit(2)));
        assertThat(get(h, with(MAP_130, "LAYERS", "control_units,counties")).status()).isEqualTo(200);
        assertServiceException(get(h, with(MAP_130, "LAYERS", "control_units,counties,river_zones")), "1.3.0", "InvalidParameterValue", "LAYERS");
        assertServiceException(get(h, with(MAP_130, "LAYERS", "element_zones")), "1.3.0", "InvalidParameterValue", "LAYERS");
    }

    @Test
    void renderTimeoutIsAServiceException() {
        WmsHandler h = new WmsHandler(CONFIG.withLimits(WmsLimits.DEFAULT.withRenderTimeout(Duration.ofNanos(1))));
        OgcResponse r = get(h, with(MAP_130, "LAYERS", "counties"));
        assertThat(r.status()).isEqualTo(503);
        assertServiceException(r, "1.3.0", "NoApplicableCode", null);
        assertThat(r.bodyText()).contains("渲染超时").contains("rendering took longer than");
        OgcResponse reprojected = get(h, with(with(MAP_130, "CRS", "EPSG:3857"), "BBOX", "12500000,4530000,12560000,4580000"));
        assertServiceException(reprojected, "1.3.0", "NoApplicableCode", null);
    }

    @Test
    void inImageDrawsTheMessageAndBlankIsEmpty() {
        String bad = with(MAP_130, "LAYERS", "zoning:nope");
        OgcResponse r = get(with(bad, "EXCEPTIONS", "INIMAGE"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("image/png");
        BufferedImage img = decode(r.bodyBytes());
        assertThat(img.getWidth()).isEqualTo(500);
        assertThat(img.getHeight()).isEqualTo(400);
        int red = 0;
        for (int p : pixels(img)) if (((p >> 16) & 0xFF) > ((p >> 8) & 0xFF) + 60) red++;
        assertThat(red).as("the message is drawn in red").isGreaterThan(50);

        OgcResponse blank = get(with(with(bad, "EXCEPTIONS", "BLANK"), "TRANSPARENT", "TRUE"));
        BufferedImage b = decode(blank.bodyBytes());
        assertThat(b.getWidth()).isEqualTo(500);
        for (int p : pixels(b)) assertThat(p >>> 24).isZero();
        OgcResponse blankJpeg = get(with(with(with(bad, "EXCEPTIONS", "application/vnd.ogc.se_blank"), "FORMAT", "image/jpeg"), "BGCOLOR", "0x000000"));
        BufferedImage bj = decode(blankJpeg.bodyBytes());
        assertThat(maxChannelDiff(bj.getRGB(10, 10), 0xFF000000)).isLessThan(5);
        // 1.1.1 spelling
        OgcResponse r111 = get(with(with(MAP_111, "LAYERS", "nope"), "EXCEPTIONS", "application/vnd.ogc.se_inimage"));
        assertThat(r111.contentType()).isEqualTo("image/png");
    }

    static final String SLD = """
            <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc">
              <NamedLayer><Name>zoning:control_units</Name>
                <UserStyle><Title>蓝色 / blue</Title><FeatureTypeStyle><Rule>
                  <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>class</ogc:PropertyName><ogc:Literal>KEY_CONTROL</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
                  <PolygonSymbolizer><Fill><CssParameter name="fill">#0000FF</CssParameter></Fill></PolygonSymbolizer>
                </Rule></FeatureTypeStyle></UserStyle>
              </NamedLayer>
            </StyledLayerDescriptor>""";

    @Test
    void sldBodyStylesTheLayer() {
        OgcResponse r = get(with(MAP_130, "SLD_BODY", enc(SLD)));
        BufferedImage img = image(r);
        assertThat(argbAt(img, 112.55, 37.75) & 0xFFFFFF).as("key control in SLD blue").isEqualTo(0x0000FF);
        assertThat(white(argbAt(img, 112.45, 37.75))).as("other classes not drawn").isTrue();
        // without LAYERS, the SLD's named layers are drawn
        BufferedImage img2 = image(get(with(with(MAP_130, "LAYERS", null), "SLD_BODY", enc(SLD))));
        assertThat(pixels(img2)).isEqualTo(pixels(img));
    }

    @Test
    void sldBodyWithDoctypeOrEntitiesIsRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<StyledLayerDescriptor version=\"1.0.0\" xmlns=\"http://www.opengis.net/sld\"><NamedLayer><Name>&e;</Name></NamedLayer></StyledLayerDescriptor>";
        OgcResponse r = get(with(MAP_130, "SLD_BODY", enc(xxe)));
        assertServiceException(r, "1.3.0", "InvalidParameterValue", "SLD_BODY");
        assertThat(r.bodyText()).doesNotContain("root:");
        assertThat(r.bodyText()).containsIgnoringCase("DOCTYPE");
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><StyledLayerDescriptor>&lol2;</StyledLayerDescriptor>";
        assertServiceException(get(with(MAP_130, "SLD_BODY", enc(bomb))), "1.3.0", "InvalidParameterValue", "SLD_BODY");
        assertServiceException(get(with(MAP_130, "SLD_BODY", enc("<StyledLayerDescriptor"))), "1.3.0", "InvalidParameterValue", "SLD_BODY");
    }

    @Test
    void xmlPostWithDtdIsRefusedAndFormPostWorks() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE GetMap [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><GetMap version=\"1.3.0\">&e;</GetMap>";
        OgcResponse r = HANDLER.handle(OgcRequest.builder("POST", "/").baseUrl(BASE).header("Content-Type", "application/xml")
                .body(xxe.getBytes(StandardCharsets.UTF_8)).build());
        assertServiceException(r, "1.3.0", "OperationParsingFailed", null);
        assertThat(r.bodyText()).doesNotContain("root:").contains("DOCTYPE");
        String otherXml = "<GetFeatureInfo xmlns=\"http://www.opengis.net/sld\" version=\"1.3.0\"/>";
        OgcResponse r2 = post(otherXml);
        assertServiceException(r2, "1.3.0", "OperationNotSupported", null);
        assertServiceException(post("<GetMap xmlns=\"http://www.opengis.net/sld\" version=\"1.3.0\"/>"), "1.3.0",
                "MissingParameterValue", "StyledLayerDescriptor");
        OgcResponse form = HANDLER.handle(OgcRequest.builder("POST", "/").baseUrl(BASE)
                .header("Content-Type", "application/x-www-form-urlencoded").body(MAP_130.getBytes(StandardCharsets.UTF_8)).build());
        assertThat(pixels(image(form))).isEqualTo(pixels(image(get(MAP_130))));
    }

    static OgcResponse post(String xml) {
        return HANDLER.handle(OgcRequest.builder("POST", "/").baseUrl(BASE).header("Content-Type", "text/xml")
                .body(xml.getBytes(StandardCharsets.UTF_8)).build());
    }

    static String xmlGetMap(String boxCrsAttribute, String lower, String upper, String format) {
        return """
                <GetMap xmlns="http://www.opengis.net/sld" xmlns:ows="http://www.opengis.net/ows" xmlns:se="http://www.opengis.net/se"
                        xmlns:wms="http://www.opengis.net/wms" version="1.3.0">
                  <StyledLayerDescriptor version="1.1.0">
                    <NamedLayer><se:Name>zoning:control_units</se:Name><NamedStyle><se:Name>control_units</se:Name></NamedStyle></NamedLayer>
                  </StyledLayerDescriptor>
                  <CRS>EPSG:4326</CRS>
                  <BoundingBox%s><ows:LowerCorner>%s</ows:LowerCorner><ows:UpperCorner>%s</ows:UpperCorner></BoundingBox>
                  <Output><Size><Width>500</Width><Height>400</Height></Size><wms:Format>%s</wms:Format><Transparent>false</Transparent></Output>
                  <Exceptions>XML</Exceptions>
                </GetMap>""".formatted(boxCrsAttribute, lower, upper, format);
    }

    @Test
    void xmlGetMapTakesTheKvpPath() {
        int[] kvp = pixels(image(get(MAP_130)));
        // no crs attribute: the corners follow CRS in WMS 1.3.0 order (latitude first for EPSG:4326)
        assertThat(pixels(image(post(xmlGetMap("", "37.6 112.3", "38.0 112.8", "image/png"))))).isEqualTo(kvp);
        // a GML-style crs attribute names the corner order: epsg.xml#4326 is longitude first, the URN latitude first
        assertThat(pixels(image(post(xmlGetMap(" crs=\"http://www.opengis.net/gml/srs/epsg.xml#4326\"", "112.3 37.6", "112.8 38.0",
                "image/png"))))).isEqualTo(kvp);
        assertThat(pixels(image(post(xmlGetMap(" crs=\"urn:ogc:def:crs:EPSG::4326\"", "37.6 112.3", "38.0 112.8", "image/png")))))
                .isEqualTo(kvp);
        assertServiceException(post(xmlGetMap("", "37.6 112.3", "38.0 112.8", "image/gif")), "1.3.0", "InvalidFormat", "FORMAT");
        assertServiceException(post(xmlGetMap(" crs=\"EPSG:3857\"", "0 0", "1 1", "image/png")), "1.3.0", "InvalidParameterValue",
                "BoundingBox");
    }

    @Test
    void cqlFilterGoesThroughTheConfiguredParser() {
        // a tiny stand-in for the shared CQL2 parser: "property='value'"
        CqlFilterParser parser = (type, text) -> {
            String[] kv = text.split("=", 2);
            if (kv.length != 2 || type.indexOf(kv[0].trim()) < 0) throw new IllegalArgumentException("无法解析 / cannot parse: " + text);
            return new org.ecozoning.feature.filter.Filter.Compare(org.ecozoning.feature.filter.Filter.CompareOp.EQ,
                    org.ecozoning.feature.filter.Expression.property(kv[0].trim()),
                    org.ecozoning.feature.filter.Expression.literal(kv[1].trim().replace("'", "")), true);
        };
        WmsHandler h = new WmsHandler(CONFIG.withCqlParser(parser));
        BufferedImage img = image(get(h, with(MAP_130, "CQL_FILTER", enc("class='KEY_CONTROL'"))));
        assertThat(orangeish(argbAt(img, 112.55, 37.75))).isTrue();
        assertThat(white(argbAt(img, 112.45, 37.75))).as("filtered out").isTrue();
        // one filter per layer, separated by ';' (a ';' inside quotes does not split)
        BufferedImage two = image(get(h, with(with(MAP_130, "LAYERS", "control_units,control_units"), "CQL_FILTER",
                enc("class='PRIORITY_PROTECTION';code='ZH14010520001'"))));
        assertThat(greenish(argbAt(two, 112.45, 37.75))).isTrue();
        assertThat(orangeish(argbAt(two, 112.55, 37.75))).isTrue();
        assertThat(white(argbAt(two, 112.65, 37.75))).isTrue();
        assertServiceException(get(h, with(MAP_130, "CQL_FILTER", enc("nosuch='x'"))), "1.3.0", "InvalidParameterValue", "CQL_FILTER");
        assertServiceException(get(h, with(MAP_130, "CQL_FILTER", enc("a='1';b='2'"))), "1.3.0", "InvalidParameterValue", "CQL_FILTER");
    }

    @Test
    void dateSelectsTheSchemeVersionInForce() {
        var later = org.ecozoning.ogc.common.SchemeLayers.controlUnits(org.ecozoning.ogc.common.TestScheme.units().subList(0, 1));
        var catalog2025 = new org.ecozoning.ogc.common.LayerCatalog(List.of(later));
        var current = org.ecozoning.ogc.common.TestScheme.catalog();
        java.time.Instant cut = java.time.Instant.parse("2025-01-01T00:00:00Z");
        var versions = new org.ecozoning.ogc.common.VersionSelector() {
            @Override public org.ecozoning.ogc.common.LayerCatalog current() { return current; }

            @Override public org.ecozoning.ogc.common.LayerCatalog select(org.ecozoning.ogc.common.DateTimeInterval when) {
                if (when.end() != null && when.end().isBefore(java.time.Instant.parse("2020-01-01T00:00:00Z"))) return null;
                return when.start() != null && !when.start().isBefore(cut) ? catalog2025 : current;
            }
        };
        WmsHandler h = new WmsHandler(WmsConfig.of(versions, STYLES, FONTS));
        BufferedImage now = image(get(h, MAP_130));
        BufferedImage in2025 = image(get(h, with(MAP_130, "DATE", "2025-06-01")));
        assertThat(orangeish(argbAt(now, 112.55, 37.75))).isTrue();
        assertThat(white(argbAt(in2025, 112.55, 37.75))).as("only the first unit exists in that version").isTrue();
        assertThat(greenish(argbAt(in2025, 112.45, 37.75))).isTrue();
        BufferedImage before = image(get(h, with(MAP_130, "DATE", "2010-01-01")));
        assertThat(white(argbAt(before, 112.45, 37.75))).as("no version in force: nothing drawn").isTrue();
        assertServiceException(get(h, with(MAP_130, "DATE", "yesterday")), "1.3.0", "InvalidParameterValue", "DATE");
    }

    @Test
    void serviceIsOptionalForGetMapButMustBeWms() {
        assertThat(get(with(MAP_130, "SERVICE", null)).status()).isEqualTo(200);
        assertServiceException(get(with(MAP_130, "SERVICE", "WFS")), "1.3.0", "InvalidParameterValue", "SERVICE");
    }

    @Test
    void pngEncodingIsReadableByImageIo() throws Exception {
        byte[] png = get(MAP_130).bodyBytes();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            assertThat(reader.getFormatName()).isEqualToIgnoringCase("png");
        }
    }

    @Test
    void leafletTileRequestAsThePortalSendsIt() {
        // L.tileLayer.wms('/wms', {layers, format: 'image/png', transparent: true, version: '1.3.0', tileSize: 512})
        double[] ll = mercator(112.3, 37.6), ur = mercator(112.8, 38.0);
        String q = "service=WMS&request=GetMap&layers=zoning%3Acontrol_units&styles=&format=image%2Fpng&transparent=true"
                + "&version=1.3.0&width=512&height=512&crs=EPSG%3A3857&bbox=" + ll[0] + "," + ll[1] + "," + ur[0] + "," + ur[1];
        BufferedImage img = image(get(q));
        assertThat(img.getWidth()).isEqualTo(512);
        assertThat(img.getColorModel().hasAlpha()).isTrue();
        int[] p = mercatorPixel(img, mercator(112.45, 37.75), ll, ur);
        assertThat(greenish(img.getRGB(p[0], p[1]))).isTrue();
        assertThat(img.getRGB(2, 2) >>> 24).as("transparent outside the units").isZero();
    }

    static int[] mercatorPixel(BufferedImage img, double[] p, double[] ll, double[] ur) {
        return new int[] {(int) Math.floor((p[0] - ll[0]) / (ur[0] - ll[0]) * img.getWidth()),
            (int) Math.floor((ur[1] - p[1]) / (ur[1] - ll[1]) * img.getHeight())};
    }

    @Test
    void concurrentRequestsGiveTheSameImagesAsSequentialOnes() throws Exception {
        double[] ll = mercator(112.3, 37.6), ur = mercator(112.8, 38.0);
        List<String> queries = List.of(
                with(with(MAP_130, "WIDTH", "200"), "HEIGHT", "160"),
                with(with(with(with(MAP_130, "CRS", "EPSG:3857"), "BBOX", ll[0] + "," + ll[1] + "," + ur[0] + "," + ur[1]), "WIDTH", "200"), "HEIGHT", "160"),
                with(with(with(with(MAP_130, "CRS", "EPSG:4547"), "BBOX", "4160000,345000,4210000,400000"), "WIDTH", "200"), "HEIGHT", "160"),
                with(with(with(with(MAP_130, "CRS", "EPSG:4526"), "BBOX", "4160000,38345000,4210000,38400000"), "WIDTH", "200"), "HEIGHT", "160"));
        List<int[]> expected = new java.util.ArrayList<>();
        for (String q : queries) expected.add(pixels(image(get(q))));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int round = 0; round < 6; round++) {
                for (int i = 0; i < queries.size(); i++) {
                    int k = i;
                    results.add(pool.submit(() -> java.util.Arrays.equals(pixels(image(get(queries.get(k)))), expected.get(k))));
                }
            }
            for (var f : results) assertThat(f.get()).isTrue();
        } finally {
            pool.shutdownNow();
        }
        // the Gauss-Kruger zone 38 map (false easting 38 500 000) shows the same place as the CM 114 one
        assertThat(expected.get(3)).isEqualTo(expected.get(2));
        assertThat(java.util.Arrays.stream(expected.get(2)).filter(WmsTestSupport::greenish).count()).as("units drawn").isGreaterThan(100);
    }

    static String enc(String s) { return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
