package org.ecozoning.io.qa;

/**
 * Machine-readable kinds of QA issue, so that clients can filter, count and translate them. The
 * label says in Chinese and English what the kind means; each issue carries its own message.
 */
public enum IssueCode {
    MALFORMED_FILE("文件损坏或格式错误", "Malformed or truncated file"),
    UNSUPPORTED_GEOMETRY("不支持的几何类型", "Unsupported geometry type"),
    ENCODING("字符编码问题", "Character encoding problem"),
    MISSING_FIELD("缺少必需字段", "Required field missing"),
    MISSING_GEOMETRY("要素没有几何", "Feature has no geometry"),
    INVALID_GEOMETRY("几何无效", "Invalid geometry"),
    OVERLAP("单元之间重叠", "Units overlap"),
    GAP("单元之间存在空隙", "Gap between units"),
    DUPLICATE_CODE("单元编码重复", "Duplicate unit code"),
    MALFORMED_CODE("单元编码格式错误", "Malformed unit code"),
    CLASS_OUT_OF_RANGE("管控类别超出三类", "Unit class outside the three classes"),
    CLASS_CODE_MISMATCH("管控类别与编码类别位不一致", "Class disagrees with the class digit of the code"),
    SUBTYPE_UNKNOWN("单元子类无法识别", "Unit subtype not recognised"),
    MISSING_NAME("缺少单元名称", "Unit name missing"),
    MISSING_ACCESS_LIST("缺少准入清单", "Access list missing"),
    ADMIN_UNKNOWN("行政区划无法识别", "Administrative division not recognised"),
    ADMIN_MISMATCH("行政区划与编码不一致", "Administrative division disagrees with the code"),
    OUTSIDE_PROVINCE("坐标超出省域范围", "Coordinates outside the province"),
    WRONG_CRS_SUSPECTED("疑似坐标系错误", "Wrong coordinate reference system suspected"),
    UNKNOWN_CRS("坐标系无法识别", "Coordinate reference system not recognised"),
    MISSING_PRJ("缺少坐标系文件", "No coordinate reference system given"),
    INVALID_VALUE("字段值无效", "Invalid field value");

    private final String labelZh;
    private final String labelEn;

    IssueCode(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() { return labelZh; }

    public String labelEn() { return labelEn; }
}
