package org.ecozoning.rules;

import org.ecozoning.model.ZoningException;

/** A rule file that cannot be used; the message names the rule and the field at fault. */
public class RuleFileException extends ZoningException {
    private static final long serialVersionUID = 1L;

    public RuleFileException(String whereZh, String whatZh, String whatEn) {
        super("BAD_RULE_FILE", "规则文件错误（" + whereZh + "）：" + whatZh, "rule file error (" + whereZh + "): " + whatEn);
    }

    public RuleFileException(String whereZh, String whatZh, String whatEn, Throwable cause) {
        super("BAD_RULE_FILE", "规则文件错误（" + whereZh + "）：" + whatZh, "rule file error (" + whereZh + "): " + whatEn, cause);
    }
}
