package org.ecozoning.ogc.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParametersTest {

    @Test
    void lookupIgnoresCaseIncludingNonAsciiSafeLocale() {
        Parameters p = Parameters.of("BBOX", "1,2,3,4", "Info_Format", "text/html");
        assertThat(p.first("bbox")).contains("1,2,3,4");
        assertThat(p.contains("INFO_FORMAT")).isTrue();
        // Turkish dotted/dotless i must not matter: lower-casing uses Locale.ROOT
        assertThat(Parameters.of("STYLE", "s").first("style")).contains("s");
    }

    @Test
    void builderSetAndRemove() {
        Parameters p = Parameters.of("a", "1", "A", "2").toBuilder().set("a", "3").add("b", "4").remove("B").build();
        assertThat(p.all("a")).containsExactly("3");
        assertThat(p.contains("b")).isFalse();
        assertThat(p).isEqualTo(Parameters.of("A", "3"));
    }

    @Test
    void oddArgumentsAreRejected() {
        assertThatThrownBy(() -> Parameters.of("a")).isInstanceOf(IllegalArgumentException.class);
    }
}
