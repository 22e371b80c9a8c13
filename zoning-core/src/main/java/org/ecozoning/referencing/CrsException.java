package org.ecozoning.referencing;

import org.ecozoning.model.ZoningException;

/** A CRS identifier that is not understood, or coordinates a CRS cannot transform. */
public class CrsException extends ZoningException {
    private static final long serialVersionUID = 1L;

    public CrsException(String code, String messageZh, String messageEn) { super(code, messageZh, messageEn); }

    public CrsException(String code, String messageZh, String messageEn, Throwable cause) {
        super(code, messageZh, messageEn, cause);
    }
}
