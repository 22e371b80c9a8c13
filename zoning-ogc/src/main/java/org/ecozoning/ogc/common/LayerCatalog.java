package org.ecozoning.ogc.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The layers a server publishes, in publication order, under one namespace: the shared index
 * that WMS, WFS and OGC API handlers look layers up in. Names resolve with the service prefix
 * ("zoning:control_units"), without it ("control_units"), in Clark form
 * ("{https://ecozoning.org/zoning}control_units"), or with any prefix a client bound to
 * {@link #NAMESPACE} (resolution of foreign prefixes is the caller's job; see {@link #byQName}).
 */
public final class LayerCatalog {
    /** The namespace prefix of every published feature type. */
    public static final String PREFIX = "zoning";
    /** The namespace URI of every published feature type (fixed: clients and schemas rely on it). */
    public static final String NAMESPACE = "https://ecozoning.org/zoning";

    private final Map<String, LayerInfo> layers = new LinkedHashMap<>();

    public LayerCatalog(Collection<LayerInfo> layers) {
        for (LayerInfo l : layers) {
            if (this.layers.put(l.name(), l) != null) throw new IllegalArgumentException("duplicate layer " + l.name());
        }
    }

    /** All layers in publication order. */
    public List<LayerInfo> layers() { return Collections.unmodifiableList(new ArrayList<>(layers.values())); }

    /** A layer by local, prefixed ("zoning:x") or Clark ("{uri}x") name, or null. */
    public LayerInfo get(String name) {
        if (name == null) return null;
        String n = name.trim();
        if (n.startsWith("{")) {
            int close = n.indexOf('}');
            if (close < 0 || !NAMESPACE.equals(n.substring(1, close))) return null;
            return layers.get(n.substring(close + 1));
        }
        int colon = n.indexOf(':');
        if (colon >= 0) {
            if (!PREFIX.equals(n.substring(0, colon))) return null;
            n = n.substring(colon + 1);
        }
        return layers.get(n);
    }

    /** A layer by namespace URI and local name (namespace null or empty: the local name alone), or null. */
    public LayerInfo byQName(String namespaceUri, String localName) {
        if (namespaceUri != null && !namespaceUri.isEmpty() && !NAMESPACE.equals(namespaceUri)) return null;
        return layers.get(localName);
    }

    public boolean isEmpty() { return layers.isEmpty(); }
}
