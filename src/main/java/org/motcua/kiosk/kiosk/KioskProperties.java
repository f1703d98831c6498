package org.motcua.kiosk.kiosk;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code motcua.kiosk.*}.
 *
 * @param idleTimeout with no touch for this long, the kiosk returns home and forgets what was typed
 * @param idleWarning how long before that the countdown is shown
 * @param idleTick how often open kiosk screens check for idleness; 0 turns the checks off (tests drive them by hand)
 */
@ConfigurationProperties("motcua.kiosk")
public record KioskProperties(
        @DefaultValue("90s") Duration idleTimeout,
        @DefaultValue("15s") Duration idleWarning,
        @DefaultValue("1s") Duration idleTick) {

    public KioskProperties {
        if (idleTimeout.compareTo(Duration.ofSeconds(10)) < 0) {
            throw new IllegalArgumentException("motcua.kiosk.idle-timeout must be at least 10s, was " + idleTimeout);
        }
        if (idleTick.isNegative()) {
            throw new IllegalArgumentException("motcua.kiosk.idle-tick must not be negative");
        }
        if (idleWarning.isNegative() || idleWarning.compareTo(idleTimeout) >= 0) {
            throw new IllegalArgumentException("motcua.kiosk.idle-warning must be between 0 and the idle timeout");
        }
    }
}
