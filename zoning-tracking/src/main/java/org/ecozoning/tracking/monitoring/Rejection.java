package org.ecozoning.tracking.monitoring;

/**
 * Why one input row (or the whole file, line 0) was not imported: a stable code, the field at
 * fault, the message in Chinese and English, and the raw text of the row. Rejections are always
 * reported, never dropped silently.
 */
public record Rejection(int line, String code, String field, String messageZh, String messageEn, String raw) {
    /** One line for logs and command-line output. */
    public String describe() {
        return (line > 0 ? "第 " + line + " 行 / line " + line + ": " : "") + messageZh + " / " + messageEn;
    }
}
