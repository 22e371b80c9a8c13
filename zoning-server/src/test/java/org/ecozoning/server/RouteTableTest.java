package org.ecozoning.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ecozoning.ogc.common.OgcHandler;
import org.ecozoning.ogc.common.OgcResponse;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private static final OgcHandler H = r -> OgcResponse.ok("text/plain", "x");

    @Test
    void exactBeatsPrefixAndLongestPrefixWins() {
        Route root = Route.exact("/", H);
        Route ogc = Route.prefix("/ogc", H);
        Route ogcProcesses = Route.prefix("/ogc/processes", H);
        Route ogcExact = Route.exact("/ogc/conformance", H);
        RouteTable t = new RouteTable(List.of(root, ogc, ogcProcesses, ogcExact));
        assertThat(t.match("/")).containsSame(root);
        assertThat(t.match("/ogc")).containsSame(ogc);
        assertThat(t.match("/ogc/")).containsSame(ogc);
        assertThat(t.match("/ogc/collections")).containsSame(ogc);
        assertThat(t.match("/ogc/processes/buffer/execution")).containsSame(ogcProcesses);
        assertThat(t.match("/ogc/conformance")).containsSame(ogcExact);
        assertThat(t.match("/ogcx")).isEmpty();
        assertThat(t.match("/other")).isEmpty();
    }

    @Test
    void mountPathIsTheRoutePathAndEmptyForTheRoot() {
        assertThat(Route.prefix("/wms", H).mountPath()).isEqualTo("/wms");
        assertThat(Route.exact("/health", H).mountPath()).isEqualTo("/health");
        assertThat(Route.exact("/", H).mountPath()).isEmpty();
    }

    @Test
    void badPathsAndDuplicatesAreRejected() {
        assertThatThrownBy(() -> Route.prefix("/", H)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Route.prefix("/wms/", H)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Route.prefix("wms", H)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Route.exact("health", H)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RouteTable(List.of(Route.prefix("/a", H), Route.prefix("/a", H))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/a");
    }

    @Test
    void builtInRoutesCannotBeShadowed() {
        assertThatThrownBy(() -> ZoningServer.builder(ServerConfig.defaults(java.nio.file.Path.of(".")))
                .route(Route.exact("/health", H)).build()).isInstanceOf(IllegalArgumentException.class);
    }
}
