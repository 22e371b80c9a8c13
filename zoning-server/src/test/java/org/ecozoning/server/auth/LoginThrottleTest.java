package org.ecozoning.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    @Test
    void delayDoublesAfterTheFreeFailuresAndIsCapped() {
        LoginThrottle.Policy p = LoginThrottle.PER_USER;
        assertThat(p.delayAfter(3)).isZero();
        assertThat(p.delayAfter(4)).isEqualTo(Duration.ofSeconds(1));
        assertThat(p.delayAfter(5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(p.delayAfter(8)).isEqualTo(Duration.ofSeconds(16));
        assertThat(p.delayAfter(60)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aUserIsRefusedUntilTheWaitIsOverAndResetOnSuccess() {
        MutableClock clock = new MutableClock();
        LoginThrottle t = new LoginThrottle(clock);
        for (int i = 0; i < 3; i++) {
            t.failed("alice", "10.0.0." + i);
            assertThat(t.waitBefore("alice", "10.0.0.9")).isZero();
        }
        t.failed("alice", "10.0.0.4");
        t.failed("alice", "10.0.0.5"); // 5 failures: 2 s
        assertThat(t.waitBefore("alice", "10.0.0.9")).isEqualTo(Duration.ofSeconds(2));
        assertThat(t.waitBefore("bob", "10.0.0.9")).isZero();
        clock.advance(Duration.ofMillis(1500));
        assertThat(t.waitBefore("alice", "10.0.0.9")).isEqualTo(Duration.ofMillis(500));
        clock.advance(Duration.ofMillis(500));
        assertThat(t.waitBefore("alice", "10.0.0.9")).isZero();
        t.succeeded("alice");
        assertThat(t.failuresOf("alice")).isZero();
    }

    @Test
    void oneAddressTryingManyNamesIsSlowedToo() {
        MutableClock clock = new MutableClock();
        LoginThrottle t = new LoginThrottle(clock);
        for (int i = 0; i < 12; i++) t.failed("user" + i, "192.0.2.7");
        assertThat(t.waitBefore("someone-new", "192.0.2.7")).isEqualTo(Duration.ofSeconds(2));
        assertThat(t.waitBefore("someone-new", "192.0.2.8")).isZero();
    }

    @Test
    void countersAreForgottenAfterAQuietHour() {
        MutableClock clock = new MutableClock();
        LoginThrottle t = new LoginThrottle(clock);
        for (int i = 0; i < 10; i++) t.failed("carol", "a");
        assertThat(t.waitBefore("carol", "b")).isPositive();
        clock.advance(Duration.ofMinutes(61));
        assertThat(t.waitBefore("carol", "b")).isZero();
        t.failed("carol", "b");
        assertThat(t.failuresOf("carol")).isEqualTo(1);
    }
}
