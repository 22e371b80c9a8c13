package org.ecozoning.ogc.wms;

import java.util.Locale;

/**
 * How a GetMap reports a ServiceException (the EXCEPTIONS parameter): as an XML report (default),
 * drawn into an image of the requested size and format (INIMAGE), or as an empty image (BLANK).
 * Both versions' spellings are accepted in either version.
 */
enum ExceptionMode {
    XML, INIMAGE, BLANK;

    /**
     * @throws WmsException InvalidParameterValue for an unknown value
     */
    static ExceptionMode of(String value) {
        if (value == null || value.isBlank()) return XML;
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "xml", "application/vnd.ogc.se_xml", "text/xml" -> XML;
            case "inimage", "application/vnd.ogc.se_inimage" -> INIMAGE;
            case "blank", "application/vnd.ogc.se_blank" -> BLANK;
            default -> throw WmsException.invalid("EXCEPTIONS", "不支持的异常格式 " + value + "（支持 XML、INIMAGE、BLANK）",
                    "unsupported exception format " + value + " (XML, INIMAGE and BLANK are offered)");
        };
    }
}
