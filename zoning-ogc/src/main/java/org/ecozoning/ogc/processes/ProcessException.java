package org.ecozoning.ogc.processes;

import java.util.Objects;
import org.ecozoning.model.ZoningException;

/**
 * A process request or execution that fails in a way the client should be told about, independent
 * of protocol: WPS 1.0.0 turns it into an OWS 1.1 ExceptionReport, OGC API – Processes into a
 * problem document. Messages are bilingual ("中文 / English") and never carry a stack trace.
 */
public class ProcessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, which decides the exception code and HTTP status in each protocol. */
    public enum Kind {
        MISSING_INPUT(400), INVALID_INPUT(400), UNKNOWN_PROCESS(404), NOT_FOUND(404), REFERENCE_REFUSED(400),
        TOO_LARGE(413), BUSY(503), TIMEOUT(504), FAILED(500), NOT_SUPPORTED(501);

        private final int httpStatus;

        Kind(int httpStatus) { this.httpStatus = httpStatus; }

        public int httpStatus() { return httpStatus; }
    }

    private final Kind kind;
    private final String locator;

    public ProcessException(Kind kind, String locator, String zh, String en) {
        super(zh + " / " + en);
        this.kind = Objects.requireNonNull(kind);
        this.locator = locator;
    }

    public ProcessException(Kind kind, String locator, String zh, String en, Throwable cause) {
        super(zh + " / " + en, cause);
        this.kind = Objects.requireNonNull(kind);
        this.locator = locator;
    }

    private ProcessException(Kind kind, String locator, String message, boolean restored) {
        super(message);
        this.kind = kind;
        this.locator = locator;
    }

    /** An error read back from a job store: kind, locator and the bilingual message as it was recorded. */
    public static ProcessException restored(Kind kind, String locator, String message) {
        return new ProcessException(kind, locator, message, true);
    }

    public Kind kind() { return kind; }

    /** The input, parameter or element at fault, or null. */
    public String locator() { return locator; }

    public static ProcessException missing(String input) {
        return new ProcessException(Kind.MISSING_INPUT, input, "缺少必需输入 " + input, "missing required input " + input);
    }

    public static ProcessException invalid(String input, String zh, String en) {
        return new ProcessException(Kind.INVALID_INPUT, input, "输入 " + input + " 无效：" + zh, "invalid input " + input + ": " + en);
    }

    /** Wraps a domain error (unknown industry, bad geometry …), keeping its bilingual text. */
    public static ProcessException of(ZoningException e, String locator) {
        return new ProcessException(Kind.INVALID_INPUT, locator, e.messageZh(), e.messageEn(), e);
    }
}
