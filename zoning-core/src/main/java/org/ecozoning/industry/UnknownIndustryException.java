package org.ecozoning.industry;

import org.ecozoning.model.ZoningException;

/** An industry code that is malformed or not in GB/T 4754-2017. */
public class UnknownIndustryException extends ZoningException {
    private static final long serialVersionUID = 1L;
    private final String industryCode;

    public UnknownIndustryException(String industryCode, String reasonZh, String reasonEn) {
        super("UNKNOWN_INDUSTRY",
                "行业代码「" + industryCode + "」无效：" + reasonZh,
                "industry code \"" + industryCode + "\" is not valid: " + reasonEn);
        this.industryCode = industryCode;
    }

    /** The code as given. */
    public String industryCode() { return industryCode; }
}
