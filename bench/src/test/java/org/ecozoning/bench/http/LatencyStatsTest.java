package org.ecozoning.bench.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LatencyStatsTest {

    private static LatencyStats ofMillis(long... ms) {
        LatencyStats s = new LatencyStats();
        for (long m : ms) s.record(m * 1_000_000L, 10);
        return s;
    }

    @Test
    void nearestRankPercentilesOverUnsortedSamples() {
        LatencyStats s = ofMillis(7, 1, 10, 3, 2, 9, 4, 8, 6, 5);
        assertThat(s.percentileMillis(50)).isEqualTo(5.0);
        assertThat(s.percentileMillis(90)).isEqualTo(9.0);
        assertThat(s.percentileMillis(99)).isEqualTo(10.0);
        assertThat(s.percentileMillis(100)).isEqualTo(10.0);
        assertThat(s.percentileMillis(10)).isEqualTo(1.0);
        assertThat(s.meanMillis()).isCloseTo(5.5, within(1e-9));
    }

    @Test
    void recordingAfterAPercentileKeepsResultsRight() {
        LatencyStats s = ofMillis(5, 1);
        assertThat(s.percentileMillis(100)).isEqualTo(5.0);
        s.record(20_000_000L, 0);
        assertThat(s.percentileMillis(100)).isEqualTo(20.0);
        assertThat(s.percentileMillis(50)).isEqualTo(5.0);
    }

    @Test
    void throughputIsSuccessesPerMeasuredSecondAndErrorsAreApart() {
        LatencyStats s = ofMillis(1, 1, 1, 1);
        s.error();
        assertThat(s.throughput()).isZero();
        s.addMeasuredTime(2_000_000_000L);
        assertThat(s.throughput()).isCloseTo(2.0, within(1e-9));
        assertThat(s.count()).isEqualTo(4);
        assertThat(s.errors()).isEqualTo(1);
        assertThat(s.bytes()).isEqualTo(40);
    }

    @Test
    void mergeAddsSamplesErrorsBytesAndTime() {
        LatencyStats a = ofMillis(1, 2);
        a.addMeasuredTime(1_000_000_000L);
        LatencyStats b = ofMillis(30);
        b.error();
        b.addMeasuredTime(1_000_000_000L);
        a.merge(b);
        assertThat(a.count()).isEqualTo(3);
        assertThat(a.errors()).isEqualTo(1);
        assertThat(a.bytes()).isEqualTo(30);
        assertThat(a.throughput()).isCloseTo(1.5, within(1e-9));
        assertThat(a.percentileMillis(100)).isEqualTo(30.0);
    }

    @Test
    void emptyAndInvalid() {
        LatencyStats s = new LatencyStats();
        assertThat(s.percentileMillis(50)).isNaN();
        assertThat(s.meanMillis()).isNaN();
        assertThatThrownBy(() -> s.percentileMillis(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.percentileMillis(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.record(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void growsBeyondItsInitialCapacity() {
        LatencyStats s = new LatencyStats();
        for (int i = 1; i <= 5000; i++) s.record(i * 1000L, 0);
        assertThat(s.count()).isEqualTo(5000);
        assertThat(s.percentileMillis(50)).isEqualTo(2500 * 1000L / 1e6);
    }
}
