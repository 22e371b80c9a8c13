package org.ecozoning.ogc.wps;

import org.ecozoning.ogc.common.OwsException;
import org.ecozoning.ogc.processes.ProcessException;

/** Maps protocol-neutral process errors to WPS 1.0.0 exception codes (OGC 05-007r7 Table 62). */
final class WpsErrors {
    private WpsErrors() { }

    static OwsException toOws(ProcessException e) {
        OwsException.Code code = switch (e.kind()) {
            case MISSING_INPUT -> OwsException.Code.MissingParameterValue;
            case INVALID_INPUT, REFERENCE_REFUSED, UNKNOWN_PROCESS, NOT_FOUND -> OwsException.Code.InvalidParameterValue;
            case TOO_LARGE -> OwsException.Code.FileSizeExceeded;
            case BUSY -> OwsException.Code.ServerBusy;
            case NOT_SUPPORTED -> OwsException.Code.OptionNotSupported;
            case TIMEOUT, FAILED -> OwsException.Code.NoApplicableCode;
        };
        return new OwsException(code, e.locator(), e.getMessage());
    }
}
