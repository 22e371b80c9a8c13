package org.ecozoning.assist;

import org.ecozoning.model.ZoningException;

/**
 * Bad input to the assist functions (an unreadable term list, a malformed query, an unknown
 * proposal transition), with a stable code and the message in Chinese and English so that every
 * front end can show a sentence instead of a stack trace.
 */
public class AssistException extends ZoningException {
    private static final long serialVersionUID = 1L;

    public AssistException(String code, String messageZh, String messageEn) {
        super(code, messageZh, messageEn);
    }

    public AssistException(String code, String messageZh, String messageEn, Throwable cause) {
        super(code, messageZh, messageEn, cause);
    }
}
