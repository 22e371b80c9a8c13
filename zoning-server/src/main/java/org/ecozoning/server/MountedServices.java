package org.ecozoning.server;

import java.util.List;

/**
 * The services that {@code zoning serve} mounts besides {@code /} and {@code /health}: the one place
 * where a new service is wired in, one line each, e.g.
 * {@code Route.prefix("/wms", new WmsHandler(...)).listed("网络地图服务", "Web Map Service", "...", "...")}.
 * Listed routes appear on the landing page automatically.
 */
public final class MountedServices {

    private MountedServices() {
    }

    /**
     * @param config the resolved configuration (workspace, limits)
     * @return the routes to mount, in landing-page order
     */
    public static List<Route> routes(ServerConfig config) {
        return List.of();
    }

    /**
     * @param config the resolved configuration
     * @return the extra sections of /health (e.g. the loaded scheme)
     */
    public static List<HealthContributor> healthContributors(ServerConfig config) {
        return List.of();
    }
}
