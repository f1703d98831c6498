package org.motcua.kiosk.queue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The clock's settings ({@code motcua.clock.*}).
 *
 * @param syncMarker a file that exists once the clock was set from the network (on the appliance
 *                   {@code /run/systemd/timesync/synchronized}, made by systemd-timesyncd); empty: not checked
 * @param holdTickets no ticket is issued while the clock says a day earlier than the last queue record (on by
 *                    default; only tests that move one shared database's clock back and forth turn it off)
 */
@ConfigurationProperties("motcua.clock")
public record ClockProperties(@DefaultValue("") String syncMarker, @DefaultValue("true") boolean holdTickets) {
}
