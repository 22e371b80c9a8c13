package org.ecozoning.assist.industry;

/** How a suggestion request ended; every status but OK comes with a message for the user. */
public enum SuggestStatus {
    /** The best suggestion reaches the confidence threshold. */
    OK("已给出建议", "suggestions found"),
    /** Nothing reaches the threshold: the caller must not pick a code on its own. */
    NO_CONFIDENT_SUGGESTION("无可信建议，请手动选择行业代码", "no confident suggestion; please choose the industry code yourself"),
    /** The text is empty or blank. */
    EMPTY("项目描述为空", "the project description is empty"),
    /** The text is longer than the configured maximum; it was not analysed. */
    TOO_LONG("项目描述过长", "the project description is too long");

    private final String labelZh;
    private final String labelEn;

    SuggestStatus(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() { return labelZh; }

    public String labelEn() { return labelEn; }
}
