package org.ecozoning.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.ecozoning.store.jdbc.H2gisDialect;
import org.ecozoning.store.jdbc.PostgisDialect;
import org.junit.jupiter.api.Test;

class SchemeStoresTest {
    @Test
    void theUrlPrefixChoosesTheStore() {
        assertThat(SchemeStores.dialectFor("jdbc:h2:file:/tmp/x")).isInstanceOf(H2gisDialect.class);
        assertThat(SchemeStores.dialectFor("jdbc:postgresql://127.0.0.1:18500/zoning?user=z")).isInstanceOf(PostgisDialect.class);
        assertThatThrownBy(() -> SchemeStores.dialectFor("jdbc:mysql://h/db?user=u&password=secret"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("不支持的数据库地址").hasMessageContaining("unsupported JDBC URL")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> SchemeStores.dialectFor(null)).isInstanceOf(StoreException.class);
    }

    @Test
    void theDefaultStoreLivesUnderVarOfTheWorkspace() {
        String url = SchemeStores.defaultUrl(Path.of("/srv/ecozoning/workspace"));
        assertThat(url).isEqualTo("jdbc:h2:file:/srv/ecozoning/workspace/var/ecozoning");
    }

    @Test
    void passwordsAreMaskedInMessages() {
        assertThat(SchemeStores.redact("jdbc:postgresql://h/db?user=z&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=z&password=***&ssl=true");
    }

    @Test
    void h2FileUrlsGetImmediateWritesUnlessTheyChooseOtherwise() {
        H2gisDialect h2 = new H2gisDialect();
        assertThat(h2.connectionUrl("jdbc:h2:file:/d/x")).isEqualTo("jdbc:h2:file:/d/x;WRITE_DELAY=0;AUTO_SERVER=TRUE");
        assertThat(h2.connectionUrl("jdbc:h2:file:/d/x;write_delay=100")).isEqualTo("jdbc:h2:file:/d/x;write_delay=100;AUTO_SERVER=TRUE");
        assertThat(h2.connectionUrl("jdbc:h2:mem:t")).isEqualTo("jdbc:h2:mem:t");
    }

    @Test
    void anInMemoryStoreLivesAsLongAsTheStore() {
        String url = "jdbc:h2:mem:schemestores-" + System.nanoTime();
        try (SchemeStore s = SchemeStores.open(url)) {
            SchemeVersion v = s.createDraft("2024年版", VersionKind.PERIODIC, null, null, Fixtures.ALICE);
            v = s.replaceContent(v.id(), v.revision(), Fixtures.base(), java.util.List.of(), Fixtures.ALICE);
            v = s.file(v.id(), v.revision(), "山西省生态环境厅", java.time.LocalDate.of(2024, 1, 1), Fixtures.ALICE);
            s.publish(v.id(), v.revision(), java.time.LocalDate.of(2024, 2, 1), Fixtures.ALICE);
            assertThat(s.storeKind()).isEqualTo("h2gis");
            assertThat(s.content(v.id())).isEqualTo(Fixtures.base());
        }
        try (SchemeStore s = SchemeStores.open(url)) {
            assertThat(s.versions()).isEmpty();
        }
    }

    @Test
    void upsertsAreSpelledPerStore() {
        var cols = java.util.List.of("version_id", "document");
        assertThat(new H2gisDialect().upsert("rules", java.util.List.of("version_id"), cols, java.util.List.of("?", "?")))
                .isEqualTo("MERGE INTO rules (version_id, document) KEY (version_id) VALUES (?, ?)");
        assertThat(new PostgisDialect().upsert("rules", java.util.List.of("version_id"), cols, java.util.List.of("?", "?")))
                .isEqualTo("INSERT INTO rules (version_id, document) VALUES (?, ?) ON CONFLICT (version_id) DO UPDATE SET document = EXCLUDED.document");
    }
}
