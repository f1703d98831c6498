/**
 * The Raspberry Pi appliance's side of the application: telling systemd the kiosk is up and healthy
 * ({@code sd_notify}: READY, the watchdog's pings), and reading the office's configuration file on the boot partition
 * ({@code motcua.txt}) at every boot. The packaging, units, browser session and image recipe are in
 * {@code kiosk-image/}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Appliance")
package org.motcua.kiosk.appliance;
