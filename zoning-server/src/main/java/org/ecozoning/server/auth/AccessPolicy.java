package org.ecozoning.server.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.ecozoning.model.ZoneFamily;
import org.ecozoning.ogc.common.SchemeLayers;
import org.ecozoning.server.ConfigException;

/**
 * Which layers anonymous and enterprise callers may see: the layers named public in
 * {@code workspace/access.json} ({@code {"publicLayers": ["control_units", …]}}); every other layer
 * (supervision cases, anything added later) is for STAFF and above — deny by default. Without the
 * file: control units, the element-zone families and counties are public.
 */
public final class AccessPolicy {
    /** The role that sees every layer, drafts and any version. */
    public static final Role STAFF_ROLE = Role.STAFF;

    private final Set<String> publicLayers;

    public AccessPolicy(Set<String> publicLayers) {
        this.publicLayers = Set.copyOf(publicLayers);
    }

    /** The default: control units, every zone family, counties. */
    public static AccessPolicy defaults() {
        Set<String> s = new LinkedHashSet<>();
        s.add(SchemeLayers.CONTROL_UNITS);
        for (ZoneFamily f : ZoneFamily.values()) s.add(f.layerName());
        s.add(SchemeLayers.COUNTIES);
        return new AccessPolicy(s);
    }

    /** @return the policy of {@code workspace/access.json}, or {@link #defaults()} without the file */
    public static AccessPolicy load(Path workspace) {
        Path file = workspace.resolve("access.json");
        if (!Files.isRegularFile(file)) return defaults();
        try {
            JsonNode n = new ObjectMapper().readTree(file.toFile()).path("publicLayers");
            if (!n.isArray()) throw new IOException("publicLayers must be an array of layer names");
            Set<String> s = new LinkedHashSet<>();
            n.forEach(x -> s.add(x.asText()));
            return new AccessPolicy(s);
        } catch (IOException e) {
            throw new ConfigException("无法读取访问策略 / cannot read the access policy " + file + ": " + e.getMessage());
        }
    }

    /** Whether a caller with these role names may see the layer. */
    public boolean visible(String layer, Set<String> roles) {
        return publicLayers.contains(layer) || roles.contains(STAFF_ROLE.name());
    }

    /** Whether a caller with these role names sees everything (no filtered view needed). */
    public boolean seesAll(Set<String> roles) {
        return roles.contains(STAFF_ROLE.name());
    }

    public Set<String> publicLayers() {
        return publicLayers;
    }
}
