package org.ecozoning.model;

/**
 * Bad input to the domain core (an unknown code, a malformed file, a geometry that cannot be
 * assessed), carrying a stable machine code and the message in Simplified Chinese and English, so
 * that every front end (HTTP, WPS, command line) can show the user a clear sentence instead of a
 * stack trace. {@link #getMessage()} is "中文 / English".
 */
public class ZoningException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String messageZh;
    private final String messageEn;

    public ZoningException(String code, String messageZh, String messageEn) {
        this(code, messageZh, messageEn, null);
    }

    public ZoningException(String code, String messageZh, String messageEn, Throwable cause) {
        super(messageZh + " / " + messageEn, cause);
        this.code = code;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
    }

    /** Stable upper-case code naming the kind of problem, e.g. {@code UNKNOWN_CRS}. */
    public String code() { return code; }

    public String messageZh() { return messageZh; }

    public String messageEn() { return messageEn; }
}
