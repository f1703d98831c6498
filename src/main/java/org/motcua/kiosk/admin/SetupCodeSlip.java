package org.motcua.kiosk.admin;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.time.Clock;
import java.util.Collections;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import org.motcua.kiosk.base.OfficeProperties;
import org.motcua.kiosk.printing.SetupCodePrintout;
import org.motcua.kiosk.printing.TicketPrinter;

/**
 * Prints the one-time setup code on the kiosk's ticket printer at every start while there is no administrator: the
 * office head who installs an appliance has no other easy way to it (the log and the file need a shell). The slip
 * says where to type it: the office's public address when it is configured, else this machine's address on the
 * LAN. Not on the hub (no printer there: its installer reads the code in the log or the file).
 * {@code motcua.admin.setup-code-slip=false} turns it off (the tests, whose printer is a folder, do).
 */
@Component
@Profile("!hub")
@ConditionalOnBooleanProperty(name = "motcua.admin.setup-code-slip", matchIfMissing = true)
class SetupCodeSlip {

    private static final Logger log = LoggerFactory.getLogger(SetupCodeSlip.class);

    private final TicketPrinter printer;
    private final OfficeProperties office;
    private final Environment environment;
    private final Clock clock;

    SetupCodeSlip(TicketPrinter printer, OfficeProperties office, Environment environment, Clock clock) {
        this.printer = printer;
        this.office = office;
        this.environment = environment;
        this.clock = clock;
    }

    @EventListener
    void print(UserAccounts.SetupCodeIssued issued) {
        String link = setupLink().orElse(null);
        printer.print(new SetupCodePrintout(office.name(), issued.code(), link, clock.instant()));
        log.info("Setup code printed for the installer ({})", link == null ? "no LAN address known" : link);
    }

    /** The setup page as a laptop on the office LAN reaches it. */
    Optional<String> setupLink() {
        URI configured = URI.create(office.publicUrl());
        if (configured.getHost() != null && !isLoopback(configured.getHost())) {
            return Optional.of(office.publicUrl() + "/setup");
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return lanAddress().map(a -> "http://" + a.getHostAddress() + ":" + port + "/setup");
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
    }

    /** The first private IPv4 address of an interface that is up (an office LAN is IPv4, DHCP). */
    private static Optional<InetAddress> lanAddress() {
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback() || nic.isVirtual()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a instanceof Inet4Address && a.isSiteLocalAddress()) {
                        return Optional.of(a);
                    }
                }
            }
        } catch (SocketException e) {
            log.debug("No network interfaces to list", e);
        }
        return Optional.empty();
    }
}
