package org.ecozoning.ogc.features;

/**
 * A CQL2 text filter that cannot be parsed or does not fit the collection: carries the position
 * of the error in the filter text (0-based character offset; {@link #column()} is 1-based) and a
 * bilingual explanation. The handler answers it as a 400 problem with the position.
 */
public final class Cql2Exception extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int position;
    private final String zh;
    private final String en;

    public Cql2Exception(int position, String zh, String en) {
        super("第 " + (position + 1) + " 个字符处：" + zh + " / at character " + (position + 1) + ": " + en);
        this.position = position;
        this.zh = zh;
        this.en = en;
    }

    /** The 0-based offset of the offending character in the filter text. */
    public int position() { return position; }

    /** The 1-based column of the offending character, as shown to users. */
    public int column() { return position + 1; }

    public String zh() { return zh; }

    public String en() { return en; }
}
