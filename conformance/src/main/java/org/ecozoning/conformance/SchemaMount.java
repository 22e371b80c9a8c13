package org.ecozoning.conformance;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One rule of the {@link SchemaProxy}: URLs starting with {@code urlPrefix} are answered from the entry
 * {@code entryPrefix + rest} of the jar {@code jar}. A prefix without a trailing slash maps one exact URL.
 *
 * @param urlPrefix   for example {@code http://schemas.opengis.net/}
 * @param jar         the jar holding the files
 * @param entryPrefix for example {@code ogc/}
 */
public record SchemaMount(String urlPrefix, Path jar, String entryPrefix) {

    public SchemaMount {
        Objects.requireNonNull(urlPrefix, "urlPrefix");
        Objects.requireNonNull(jar, "jar");
        Objects.requireNonNull(entryPrefix, "entryPrefix");
        if (!urlPrefix.startsWith("http://")) {
            throw new IllegalArgumentException("只支持 http:// 前缀 / only http:// prefixes: " + urlPrefix);
        }
    }

    /** The jar entry for {@code url}, or {@code null} when this mount does not cover it. */
    String entryFor(String url) {
        if (urlPrefix.endsWith("/")) {
            return url.startsWith(urlPrefix) ? entryPrefix + url.substring(urlPrefix.length()) : null;
        }
        return url.equals(urlPrefix) ? entryPrefix : null;
    }
}
