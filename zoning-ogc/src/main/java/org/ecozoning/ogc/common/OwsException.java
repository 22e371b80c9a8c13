package org.ecozoning.ogc.common;

import java.util.Objects;

/**
 * A request the service answers with an OWS ExceptionReport instead of a result: carries the
 * exception code, the locator (the offending parameter or element) and a bilingual message.
 * Handlers throw it anywhere below the dispatcher, which turns it into a response with
 * {@link ExceptionReport}; it never reaches the user as a stack trace.
 */
public class OwsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Exception codes of OWS Common 1.1/2.0 and WFS 2.0 (ISO 19142 Table 3), with their HTTP status. */
    public enum Code {
        OperationNotSupported(501),
        MissingParameterValue(400),
        InvalidParameterValue(400),
        VersionNegotiationFailed(400),
        InvalidUpdateSequence(400),
        OptionNotSupported(501),
        NoApplicableCode(500),
        // WFS 2.0
        OperationParsingFailed(400),
        OperationProcessingFailed(403),
        InvalidValue(400),
        DuplicateStoredQueryIdValue(409),
        DuplicateStoredQueryParameterName(409),
        ResponseCacheExpired(403),
        NotFound(404),
        // WPS 1.0.0 (OGC 05-007r7 Table 62)
        ServerBusy(503),
        FileSizeExceeded(413),
        StorageNotSupported(400);

        private final int httpStatus;

        Code(int httpStatus) { this.httpStatus = httpStatus; }

        /** The HTTP status of OWS Common 2.0 Table 28 / WFS 2.0 Table D.2 for this code. */
        public int httpStatus() { return httpStatus; }
    }

    private final Code code;
    private final String locator;

    /**
     * @param locator the parameter or element at fault (e.g. "typeNames"), or null
     * @param message Chinese first, then English: "中文说明 / English text"
     */
    public OwsException(Code code, String locator, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
        this.locator = locator;
    }

    public OwsException(Code code, String locator, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.locator = locator;
    }

    public Code code() { return code; }

    public String locator() { return locator; }

    public int httpStatus() { return code.httpStatus(); }

    public static OwsException missing(String parameter) {
        return new OwsException(Code.MissingParameterValue, parameter,
                "缺少必需参数 " + parameter + " / missing required parameter " + parameter);
    }

    public static OwsException invalid(String parameter, String zh, String en) {
        return new OwsException(Code.InvalidParameterValue, parameter, zh + " / " + en);
    }

    public static OwsException notSupported(String operation) {
        return new OwsException(Code.OperationNotSupported, operation,
                "不支持的操作 " + operation + " / operation not supported: " + operation);
    }

    public static OwsException parsing(String locator, String zh, String en) {
        return new OwsException(Code.OperationParsingFailed, locator, zh + " / " + en);
    }
}
