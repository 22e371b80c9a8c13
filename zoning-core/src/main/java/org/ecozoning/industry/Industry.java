package org.ecozoning.industry;

import java.util.Objects;

/**
 * One entry of GB/T 4754-2017: a section (letter), division (2 digits), group (3 digits) or class
 * (4 digits), with its Chinese name, the standard's note, and the code of its parent (null for a
 * section). {@code synthesized} marks a group that the standard's table folds into its single
 * class (e.g. group 061 is represented only by class 0610).
 */
public record Industry(String code, IndustryLevel level, String nameZh, String noteZh, String parentCode,
                       String section, boolean synthesized) {
    public Industry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(section, "section");
        noteZh = noteZh == null ? "" : noteZh;
    }

    /** "2521 炼焦" — code and name for messages. */
    public String label() { return code + " " + nameZh; }
}
