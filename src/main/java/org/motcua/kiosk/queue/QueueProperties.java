package org.motcua.kiosk.queue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code motcua.queue.*}.
 *
 * @param demo on a first start (no service configured yet), set up the demo office's services and counters
 * @param demoHours the demo services' hours; the demo is open all day so it can be tried at any time
 * @param demoDays the demo services' days
 */
@ConfigurationProperties("motcua.queue")
public record QueueProperties(
        @DefaultValue("true") boolean demo,
        @DefaultValue("00:00-23:59") String demoHours,
        @DefaultValue("MON,TUE,WED,THU,FRI,SAT,SUN") String demoDays) {
}
