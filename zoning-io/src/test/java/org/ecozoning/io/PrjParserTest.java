package org.ecozoning.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.ecozoning.io.crs.PrjParser;
import org.ecozoning.io.crs.SupportedCrs;
import org.junit.jupiter.api.Test;

/** .prj texts as ArcGIS, GDAL and PROJ write them. */
class PrjParserTest {
    @Test
    void esriGeographic() {
        assertThat(PrjParser.parse(SupportedCrs.CGCS2000_PRJ)).isEqualTo(SupportedCrs.CGCS2000);
        assertThat(PrjParser.parse("GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
                + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]")).isEqualTo(SupportedCrs.WGS84);
    }

    @Test
    void ogcWithAuthority() {
        assertThat(PrjParser.parse(SupportedCrs.CGCS2000_OGC_WKT)).isEqualTo(SupportedCrs.CGCS2000);
        assertThat(PrjParser.parse("PROJCS[\"CGCS2000 / 3-degree Gauss-Kruger zone 38\",GEOGCS[\"China Geodetic Coordinate System 2000\","
                + "DATUM[\"China_2000\",SPHEROID[\"CGCS2000\",6378137,298.257222101]]],PROJECTION[\"Transverse_Mercator\"],"
                + "PARAMETER[\"central_meridian\",114],PARAMETER[\"false_easting\",38500000],UNIT[\"metre\",1],AUTHORITY[\"EPSG\",\"4526\"]]"))
                .isEqualTo(SupportedCrs.CGCS2000_GK_ZONE38);
    }

    @Test
    void esriGaussKrugerByParameters() {
        assertThat(PrjParser.parse(ShapefileTest.gk114Prj())).isEqualTo(SupportedCrs.CGCS2000_GK_CM114);
        String zone37 = ShapefileTest.gk114Prj().replace("114.0", "111.0").replace("500000.0", "37500000.0");
        assertThat(PrjParser.parse(zone37)).isEqualTo(SupportedCrs.CGCS2000_GK_ZONE37);
        String cm111 = ShapefileTest.gk114Prj().replace("114.0", "111.0");
        assertThat(PrjParser.parse(cm111)).isEqualTo(SupportedCrs.CGCS2000_GK_CM111);
    }

    @Test
    void wkt2() {
        assertThat(PrjParser.parse("GEOGCRS[\"China Geodetic Coordinate System 2000\",DATUM[\"China 2000\",ELLIPSOID[\"CGCS2000\",6378137,298.257222101]],"
                + "CS[ellipsoidal,2],ID[\"EPSG\",4490]]")).isEqualTo(SupportedCrs.CGCS2000);
        assertThat(PrjParser.parse("PROJCRS[\"CGCS2000 / 3-degree Gauss-Kruger CM 111E\",BASEGEOGCRS[\"China Geodetic Coordinate System 2000\","
                + "DATUM[\"China 2000\",ELLIPSOID[\"CGCS2000\",6378137,298.257222101]]],CONVERSION[\"x\",METHOD[\"Transverse Mercator\"],"
                + "PARAMETER[\"Latitude of natural origin\",0],PARAMETER[\"Longitude of natural origin\",111],"
                + "PARAMETER[\"Scale factor at natural origin\",1],PARAMETER[\"False easting\",500000],PARAMETER[\"False northing\",0]],"
                + "CS[Cartesian,2]]")).isEqualTo(SupportedCrs.CGCS2000_GK_CM111);
    }

    @Test
    void otherDatumsAndGarbageAreUnknown() {
        String xian80 = ShapefileTest.gk114Prj().replace("China_Geodetic_Coordinate_System_2000", "Xian_1980").replace("D_China_2000", "D_Xian_1980");
        assertThat(PrjParser.parse(xian80)).isNull();
        assertThat(PrjParser.parse("PROJCS[\"WGS_1984_Web_Mercator_Auxiliary_Sphere\",AUTHORITY[\"EPSG\",\"3857\"]]")).isNull();
        assertThat(PrjParser.parse("GEOGCS[\"unclosed")).isNull();
        assertThat(PrjParser.parse("")).isNull();
    }
}
