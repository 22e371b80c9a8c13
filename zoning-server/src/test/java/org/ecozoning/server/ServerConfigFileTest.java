package org.ecozoning.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConfigFileTest {

    @TempDir
    Path dir;

    private Path write(String content) throws Exception {
        Path f = dir.resolve("server.properties");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void keysOverrideTheBaseAndSizesTakeUnits() throws Exception {
        Path f = write("""
                # 注释 / comment
                server.bind=127.0.0.1
                server.port=18210
                server.forwardedHeaders=true
                workspace=../elsewhere
                limits.maxRequestBodyBytes=2MiB
                limits.maxRequestHeaderBytes=32k
                limits.maxConcurrentRequests=8
                limits.idleTimeoutSeconds=5
                limits.stopTimeoutSeconds=0
                """);
        ServerConfig c = ServerConfigFile.apply(f, ServerConfig.defaults(dir));
        assertThat(c.bind()).isEqualTo("127.0.0.1");
        assertThat(c.port()).isEqualTo(18210);
        assertThat(c.forwardedHeaders()).isTrue();
        assertThat(c.workspace()).isEqualTo(dir.getParent().resolve("elsewhere").toAbsolutePath().normalize());
        assertThat(c.limits().maxRequestBodyBytes()).isEqualTo(2L << 20);
        assertThat(c.limits().maxRequestHeaderBytes()).isEqualTo(32 << 10);
        assertThat(c.limits().maxConcurrentRequests()).isEqualTo(8);
        assertThat(c.limits().idleTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.limits().stopTimeout()).isZero();
    }

    @Test
    void jobsAndBatchKeys() throws Exception {
        ServerConfig c = ServerConfigFile.apply(write("""
                jobs.store=database
                jobs.ttl=36h
                jobs.runTimeout=45m
                jobs.spoolThreshold=64KiB
                batch.maxBytes=1GiB
                batch.maxFeatures=150000
                """), ServerConfig.defaults(dir));
        assertThat(c.jobs().database()).isTrue();
        assertThat(c.jobs().ttl()).isEqualTo(Duration.ofHours(36));
        assertThat(c.jobs().runTimeout()).isEqualTo(Duration.ofMinutes(45));
        assertThat(c.jobs().spoolThreshold()).isEqualTo(64 << 10);
        assertThat(c.jobs().maxBatchBytes()).isEqualTo(1L << 30);
        assertThat(c.jobs().maxBatchFeatures()).isEqualTo(150_000);
        assertThat(ServerConfig.defaults(dir).jobs()).isEqualTo(ServerConfig.Jobs.DEFAULTS);
        assertThat(ServerConfig.Jobs.DEFAULTS.database()).isFalse();
        assertThatThrownBy(() -> ServerConfigFile.apply(write("jobs.store=redis\n"), ServerConfig.defaults(dir)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("jobs.store").hasMessageContaining("memory");
        assertThatThrownBy(() -> ServerConfigFile.apply(write("jobs.ttl=soon\n"), ServerConfig.defaults(dir)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("jobs.ttl");
        assertThatThrownBy(() -> ServerConfigFile.apply(write("jobs.ttl=0h\n"), ServerConfig.defaults(dir)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("jobs.ttl");
    }

    @Test
    void savingAssessmentsIsOnByDefaultAndCanBeSwitchedOff() throws Exception {
        ServerConfig base = ServerConfig.defaults(dir);
        assertThat(base.saveAssessments()).isTrue();
        assertThat(ServerConfigFile.apply(write("assessments.save=false\n"), base).saveAssessments()).isFalse();
        assertThat(ServerConfigFile.apply(write("assessments.save=on\n"), base.withSaveAssessments(false)).saveAssessments()).isTrue();
        Path bad = write("assessments.save=sometimes\n");
        assertThatThrownBy(() -> ServerConfigFile.apply(bad, base)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("assessments.save=sometimes");
    }

    @Test
    void missingKeysKeepTheBase() throws Exception {
        ServerConfig base = ServerConfig.defaults(dir);
        assertThat(ServerConfigFile.apply(write("server.port=9000\n"), base)).isEqualTo(base.withPort(9000));
    }

    @Test
    void unknownKeysAreRejectedWithTheListOfKnownKeys() throws Exception {
        Path f = write("server.prot=9000\n");
        assertThatThrownBy(() -> ServerConfigFile.apply(f, ServerConfig.defaults(dir)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("未知的键").hasMessageContaining("server.prot").hasMessageContaining("server.port");
    }

    @Test
    void badValuesNameFileKeyAndExpectation() throws Exception {
        Path f = write("server.port=eighty\n");
        assertThatThrownBy(() -> ServerConfigFile.apply(f, ServerConfig.defaults(dir)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining("server.port=eighty").hasMessageContaining("integer");
        Path g = write("server.port=70000\n");
        assertThatThrownBy(() -> ServerConfigFile.apply(g, ServerConfig.defaults(dir))).hasMessageContaining("65535");
        Path h = write("limits.maxRequestBodyBytes=lots\n");
        assertThatThrownBy(() -> ServerConfigFile.apply(h, ServerConfig.defaults(dir))).hasMessageContaining("MiB");
        Path i = write("server.forwardedHeaders=maybe\n");
        assertThatThrownBy(() -> ServerConfigFile.apply(i, ServerConfig.defaults(dir))).hasMessageContaining("true or false");
        Path j = write("limits.maxConcurrentRequests=0\n");
        assertThatThrownBy(() -> ServerConfigFile.apply(j, ServerConfig.defaults(dir))).isInstanceOf(ConfigException.class);
    }

    @Test
    void shippedWorkspaceFileIsValid() {
        Path shipped = Path.of("..", "workspace", "server.properties");
        assertThat(shipped).isRegularFile();
        ServerConfig base = ServerConfig.defaults(dir);
        assertThat(ServerConfigFile.apply(shipped, base)).isEqualTo(base);
    }
}
