package org.ecozoning.server;

import java.util.Objects;

/**
 * How a mounted service appears on the landing page: a link and a bilingual name and summary. Only
 * routes that carry an entry are listed, so the page shows exactly what is mounted.
 *
 * @param href      link target, e.g. {@code /health} or {@code /wms?SERVICE=WMS&REQUEST=GetCapabilities}
 * @param nameZh    Chinese name, e.g. {@code 网络地图服务}
 * @param nameEn    English name, e.g. {@code Web Map Service (WMS 1.3.0)}
 * @param summaryZh one Chinese sentence on what it offers
 * @param summaryEn the same in English
 */
public record ServiceEntry(String href, String nameZh, String nameEn, String summaryZh, String summaryEn) {

    /** Validates. */
    public ServiceEntry {
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(summaryZh, "summaryZh");
        Objects.requireNonNull(summaryEn, "summaryEn");
    }
}
