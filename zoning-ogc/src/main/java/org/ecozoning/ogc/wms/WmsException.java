package org.ecozoning.ogc.wms;

import org.ecozoning.ogc.common.OwsException;

/**
 * A WMS request the service answers with a ServiceException instead of a map: the exception code
 * (WMS 1.3.0 Table E.1 — InvalidFormat, InvalidCRS, LayerNotDefined, … — or an OWS code such as
 * MissingParameterValue), the offending parameter and a bilingual message. Thrown anywhere below
 * {@link WmsHandler}, which writes it in the request's version and exception format.
 */
final class WmsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    static final String INVALID_FORMAT = "InvalidFormat";
    static final String LAYER_NOT_DEFINED = "LayerNotDefined";
    static final String STYLE_NOT_DEFINED = "StyleNotDefined";
    static final String LAYER_NOT_QUERYABLE = "LayerNotQueryable";
    static final String INVALID_POINT = "InvalidPoint";
    static final String CURRENT_UPDATE_SEQUENCE = "CurrentUpdateSequence";
    static final String INVALID_UPDATE_SEQUENCE = "InvalidUpdateSequence";
    static final String MISSING = "MissingParameterValue";
    static final String INVALID = "InvalidParameterValue";
    static final String NOT_SUPPORTED = "OperationNotSupported";
    static final String NO_CODE = "NoApplicableCode";

    private final String code;
    private final String locator;
    private final int httpStatus;

    WmsException(String code, String locator, String message, int httpStatus) {
        super(message);
        this.code = code;
        this.locator = locator;
        this.httpStatus = httpStatus;
    }

    /** An exception with a client-error status (400). */
    static WmsException of(String code, String locator, String zh, String en) {
        return new WmsException(code, locator, zh + " / " + en, 400);
    }

    static WmsException missing(String parameter) {
        return of(MISSING, parameter, "缺少必需参数 " + parameter, "missing required parameter " + parameter);
    }

    static WmsException invalid(String parameter, String zh, String en) {
        return of(INVALID, parameter, zh, en);
    }

    /** The WMS form of an exception raised by shared code (e.g. hardened XML parsing). */
    static WmsException from(OwsException e) {
        return new WmsException(e.code().name(), e.locator(), e.getMessage(), e.httpStatus());
    }

    String code() { return code; }

    String locator() { return locator; }

    /** The HTTP status when the service answers errors with error statuses (see {@link WmsConfig#errorStatusCodes()}). */
    int httpStatus() { return httpStatus; }
}
