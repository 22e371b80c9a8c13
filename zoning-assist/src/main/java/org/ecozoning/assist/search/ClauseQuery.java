package org.ecozoning.assist.search;

import org.ecozoning.model.Dimension;
import org.ecozoning.model.ListLevel;
import org.ecozoning.model.UnitClass;

/**
 * A clause search: words (space-separated, all must occur; each word matches as a substring, so
 * 焦化 finds 焦化厂 and 焦化项目), and filters that must all hold. {@code version} null searches every
 * indexed version (staff); the public portal passes the version in force. {@code industryCode}
 * keeps clauses whose text names that industry or one within it, as read by the term list
 * ("25" finds clauses about 焦化 2521; "2521" finds clauses naming 焦化).
 */
public record ClauseQuery(String text, String version, String unitCode, UnitClass unitClass, Dimension dimension,
                          String cityCode, ListLevel level, String industryCode, int offset, int limit) {
    /** Longest query text accepted. */
    public static final int MAX_TEXT = 200;
    /** Largest page. */
    public static final int MAX_LIMIT = 200;

    public static Builder builder() { return new Builder(); }

    /** Fluent construction; defaults: no text, no filters, offset 0, limit 20. */
    public static final class Builder {
        private String text, version, unitCode, cityCode, industryCode;
        private UnitClass unitClass;
        private Dimension dimension;
        private ListLevel level;
        private int offset = 0, limit = 20;

        public Builder text(String t) { this.text = t; return this; }
        public Builder version(String v) { this.version = v; return this; }
        public Builder unitCode(String c) { this.unitCode = c; return this; }
        public Builder unitClass(UnitClass c) { this.unitClass = c; return this; }
        public Builder dimension(Dimension d) { this.dimension = d; return this; }
        public Builder cityCode(String c) { this.cityCode = c; return this; }
        public Builder level(ListLevel l) { this.level = l; return this; }
        public Builder industryCode(String c) { this.industryCode = c; return this; }
        public Builder page(int offset, int limit) { this.offset = offset; this.limit = limit; return this; }

        public ClauseQuery build() {
            return new ClauseQuery(text, version, unitCode, unitClass, dimension, cityCode, level, industryCode, offset, limit);
        }
    }
}
