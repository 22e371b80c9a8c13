package org.ecozoning.scheme;

import org.ecozoning.model.ZoningException;

/** Scheme data that cannot be used: the message names the file, the feature and the field at fault. */
public class SchemeException extends ZoningException {
    private static final long serialVersionUID = 1L;

    public SchemeException(String whereZh, String whatZh, String whatEn) {
        super("BAD_SCHEME", "管控方案数据错误（" + whereZh + "）：" + whatZh, "scheme data error (" + whereZh + "): " + whatEn);
    }

    public SchemeException(String whereZh, String whatZh, String whatEn, Throwable cause) {
        super("BAD_SCHEME", "管控方案数据错误（" + whereZh + "）：" + whatZh, "scheme data error (" + whereZh + "): " + whatEn, cause);
    }
}
