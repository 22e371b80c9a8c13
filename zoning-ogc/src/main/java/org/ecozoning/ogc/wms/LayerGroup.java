package org.ecozoning.ogc.wms;

import java.util.List;
import java.util.Objects;
import org.ecozoning.model.ZoneFamily;

/**
 * A named group of published layers: a parent layer in the capabilities tree (so clients show the
 * element-zone layers under one heading) and a name that GetMap accepts in {@code LAYERS}, drawing
 * its members in order. Members missing from the catalog are ignored.
 */
public record LayerGroup(String name, String titleZh, String titleEn, List<String> members) {
    /** The six element-zone family layers under "要素管控分区". */
    public static final LayerGroup ELEMENT_ZONES = new LayerGroup("element_zones", "要素管控分区", "Element zones",
            java.util.Arrays.stream(ZoneFamily.values()).map(ZoneFamily::layerName).toList());

    public LayerGroup {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[A-Za-z_][A-Za-z0-9_.-]*")) throw new IllegalArgumentException("group name must be an XML NCName: " + name);
        titleZh = titleZh == null ? name : titleZh;
        titleEn = titleEn == null ? name : titleEn;
        members = List.copyOf(members);
    }

    /** "中文标题 / English title". */
    public String title() { return titleZh.equals(titleEn) ? titleZh : titleZh + " / " + titleEn; }
}
