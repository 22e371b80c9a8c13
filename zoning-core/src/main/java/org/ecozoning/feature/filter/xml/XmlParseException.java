package org.ecozoning.feature.filter.xml;

/**
 * Malformed or refused XML (SLD, FES filter, GML, WFS request): carries the line number and a
 * bilingual message so that protocol adapters can return it to the user as is, without a stack trace.
 */
public final class XmlParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final String messageZh;
    private final String messageEn;

    /**
     * @param line the 1-based line of the offending element, or 0 when unknown
     */
    public XmlParseException(int line, String messageZh, String messageEn) {
        this(line, messageZh, messageEn, null);
    }

    public XmlParseException(int line, String messageZh, String messageEn, Throwable cause) {
        super(format(line, messageZh, messageEn), cause);
        this.line = line;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
    }

    /** The 1-based line number, or 0 when unknown. */
    public int line() { return line; }

    public String messageZh() { return messageZh; }

    public String messageEn() { return messageEn; }

    private static String format(int line, String zh, String en) {
        return line > 0 ? "第 " + line + " 行：" + zh + " / line " + line + ": " + en : zh + " / " + en;
    }
}
