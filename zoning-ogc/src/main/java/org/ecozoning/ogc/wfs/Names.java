package org.ecozoning.ogc.wfs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.LayerInfo;
import org.ecozoning.ogc.common.OwsException;

/**
 * Resolves the qualified names clients send — feature type names and property paths — against
 * the catalog. A prefix bound (by the NAMESPACES parameter or the XML context) to another
 * namespace than {@link LayerCatalog#NAMESPACE} names nothing of ours; an unbound prefix is
 * forgiven and the local name is used. Property paths accept the minimum XPath of FES 2.0:
 * {@code name}, {@code p:name}, {@code p:type/p:name}, with or without a leading {@code ./}.
 */
final class Names {
    static final String GML_PREFIX_HINT = "gml";

    private Names() { }

    /** A prefix → namespace URI lookup; returns null when unbound. */
    interface Namespaces extends UnaryOperator<String> { }

    static final Namespaces NONE = p -> null;

    /**
     * Parses a NAMESPACES parameter: {@code xmlns(p,uri),xmlns(q,uri)} (WFS 2.0) or
     * {@code xmlns(p=uri)} (WFS 1.1); {@code xmlns(uri)} binds the default namespace ("").
     */
    static Namespaces parseNamespaces(String kvp) {
        Map<String, String> map = new LinkedHashMap<>();
        if (kvp != null) {
            int i = 0;
            while ((i = kvp.indexOf("xmlns(", i)) >= 0) {
                int close = kvp.indexOf(')', i);
                if (close < 0) throw OwsException.invalid("namespaces", "NAMESPACES 参数格式错误", "malformed NAMESPACES parameter");
                String body = kvp.substring(i + 6, close);
                int sep = body.indexOf(',');
                int eq = body.indexOf('=');
                int cut = sep >= 0 && (eq < 0 || sep < eq) ? sep : eq;
                if (cut < 0) map.put("", body.trim());
                else map.put(body.substring(0, cut).trim(), body.substring(cut + 1).trim());
                i = close + 1;
            }
        }
        return map::get;
    }

    /**
     * A feature type by qualified name.
     *
     * @throws OwsException InvalidParameterValue at {@code locator} when no layer has that name
     */
    static LayerInfo layer(LayerCatalog catalog, String qname, Namespaces ns, String locator) {
        String n = qname == null ? "" : qname.trim();
        LayerInfo l = null;
        if (n.startsWith("{")) {
            l = catalog.get(n);
        } else {
            int colon = n.indexOf(':');
            String prefix = colon < 0 ? "" : n.substring(0, colon);
            String local = n.substring(colon + 1);
            String uri = ns.apply(prefix);
            if (uri != null && !uri.isEmpty()) l = catalog.byQName(uri, local);
            else if (colon < 0 || uri == null) l = catalog.byQName(null, local);
        }
        if (l == null) {
            throw OwsException.invalid(locator, "未知的要素类型 " + qname, "unknown feature type " + qname);
        }
        return l;
    }

    /**
     * The attribute or geometry property a path names in a type.
     *
     * @throws OwsException InvalidParameterValue at {@code locator} when the type has no such property
     */
    static String property(FeatureType type, String path, Namespaces ns, String locator) {
        String p = path == null ? "" : path.trim();
        if (p.startsWith("./")) p = p.substring(2);
        if (p.startsWith("/")) p = p.substring(1);
        String[] steps = p.split("/");
        String step;
        if (steps.length == 2 && local(steps[0]).equals(type.name()) && ours(steps[0], ns)) step = steps[1];
        else if (steps.length == 1) step = steps[0];
        else throw unknownProperty(type, path, locator);
        int bracket = step.indexOf('[');
        if (bracket > 0 && step.endsWith("]")) step = step.substring(0, bracket);
        if (step.isEmpty() || step.startsWith("@") || !ours(step, ns)) throw unknownProperty(type, path, locator);
        String local = local(step);
        if (type.indexOf(local) >= 0 || local.equals(type.geometryName())) return local;
        throw unknownProperty(type, path, locator);
    }

    /** The properties every GML 3.2 feature may have (gml:AbstractGMLType and gml:AbstractFeatureType); we write none of them. */
    private static final java.util.Set<String> GML_STANDARD = java.util.Set.of(
            "metaDataProperty", "description", "descriptionReference", "identifier", "name", "boundedBy", "location");

    /**
     * @return the local name when {@code path} names a GML standard property (gml:name, gml:boundedBy …)
     *         through a prefix bound to the GML 3.2 namespace (or the unbound prefix {@code gml}), else null
     */
    static String gmlStandardProperty(String path, Namespaces ns) {
        String p = path == null ? "" : path.trim();
        int colon = p.indexOf(':');
        if (colon < 0 || p.contains("/")) return null;
        String prefix = p.substring(0, colon);
        String uri = ns.apply(prefix);
        boolean gml = uri == null ? GML_PREFIX_HINT.equals(prefix) : uri.equals("http://www.opengis.net/gml/3.2");
        String local = p.substring(colon + 1);
        return gml && GML_STANDARD.contains(local) ? local : null;
    }

    private static OwsException unknownProperty(FeatureType type, String path, String locator) {
        return OwsException.invalid(locator, "要素类型 " + type.name() + " 没有属性 " + path,
                "feature type " + type.name() + " has no property " + path);
    }

    private static String local(String qname) {
        int colon = qname.indexOf(':');
        return colon < 0 ? qname : qname.substring(colon + 1);
    }

    /** Whether a prefixed step may name one of our properties: no prefix, our prefix, or a prefix bound to our namespace (or unbound, except gml). */
    private static boolean ours(String qname, Namespaces ns) {
        int colon = qname.indexOf(':');
        if (colon < 0) return true;
        String prefix = qname.substring(0, colon);
        String uri = ns.apply(prefix);
        if (uri == null) return !GML_PREFIX_HINT.equals(prefix) || LayerCatalog.PREFIX.equals(prefix);
        return LayerCatalog.NAMESPACE.equals(uri);
    }
}
