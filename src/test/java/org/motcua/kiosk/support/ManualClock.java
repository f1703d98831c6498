package org.motcua.kiosk.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import org.motcua.kiosk.base.TimeConfiguration;
import org.motcua.kiosk.queue.ClockProperties;

/** A clock that tests move by hand, in Vietnam's zone. Import {@link Config} to make it the application's clock. */
public final class ManualClock extends Clock {

    private volatile Instant now;

    public ManualClock(LocalDateTime start) {
        this.now = start.atZone(TimeConfiguration.VIETNAM).toInstant();
    }

    public void set(LocalDateTime at) {
        now = at.atZone(TimeConfiguration.VIETNAM).toInstant();
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return TimeConfiguration.VIETNAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    /**
     * The clock of tests that share one database across tests and move its time back and forth, days included: a
     * real kiosk holds its tickets when its clock goes back a day (ClockCheck), which these tests are not about, so
     * the hold is off here; ClockGuardTest checks it on a database of its own.
     */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        @Primary
        ClockProperties travellingClock() {
            return new ClockProperties("", false);
        }

        /** Wednesday 2026-11-18, 08:00 in Hà Nội. */
        @Bean
        @Primary
        ManualClock testClock() {
            return new ManualClock(LocalDateTime.of(2026, 11, 18, 8, 0));
        }
    }
}
