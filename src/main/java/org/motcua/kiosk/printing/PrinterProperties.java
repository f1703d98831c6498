package org.motcua.kiosk.printing;

import java.nio.file.Path;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code motcua.printer.*}. The defaults print into a folder, so a laptop needs no printer; bad combinations stop the
 * start with a message that names the setting.
 *
 * @param transport how the printer is connected
 * @param device the device file: {@code /dev/usb/lp0} (or a udev name such as {@code /dev/motcua-printer}) for USB,
 *               {@code /dev/ttyUSB0} or {@code /dev/serial0} for serial
 * @param host the printer's address on the LAN, for TCP
 * @param port the printer's raw port, for TCP (9100 on nearly every network thermal printer)
 * @param baud serial speed; 115200 or more, since a 40 KB ticket takes about 42 s at 9600
 * @param paperWidth paper width in millimetres: 58 (384 dots) or 80 (576 dots)
 * @param cut cut the paper after each ticket (printers without a cutter ignore the command)
 * @param density print darkness, -6 (light) to 6 (dark), sent as Epson's GS ( K where the printer supports it; empty:
 *                the printer's own setting
 * @param folder where the FILE printer writes the bytes and a PNG of each job
 * @param writeTimeout the longest a job may take to be sent to the printer before it is given up as failed
 * @param statusTimeout how long to wait for the answer to one status query
 * @param statusInterval how often the idle printer is asked for its status
 * @param queueCapacity jobs waiting for the print thread; beyond that a job fails at once (it stays reprintable)
 */
@ConfigurationProperties("motcua.printer")
public record PrinterProperties(
        @DefaultValue("FILE") Transport transport,
        String device,
        String host,
        @DefaultValue("9100") int port,
        @DefaultValue("115200") int baud,
        @DefaultValue("80") int paperWidth,
        @DefaultValue("true") boolean cut,
        Integer density,
        Path folder,
        @DefaultValue("10s") Duration writeTimeout,
        @DefaultValue("1s") Duration statusTimeout,
        @DefaultValue("15s") Duration statusInterval,
        @DefaultValue("20") int queueCapacity) {

    private static final Logger log = LoggerFactory.getLogger(PrinterProperties.class);

    /** The speed below which a ticket takes longer to send than a citizen will wait. */
    public static final int MIN_SERIAL_BAUD = 115_200;

    /** How the printer is connected. */
    public enum Transport {
        /** No printer: bytes and a PNG per job into {@code folder} (development, demonstrations). */
        FILE,
        /** A USB printer through the kernel's usblp driver: a device file such as /dev/usb/lp0. */
        USB,
        /** A serial (RS-232 or USB-serial) printer, 8N1. */
        SERIAL,
        /** A network printer's raw port. */
        TCP
    }

    public PrinterProperties {
        if (folder == null) {
            folder = Path.of("data", "printer-out");
        }
        if (transport == Transport.TCP && (host == null || host.isBlank())) {
            throw new IllegalArgumentException("motcua.printer.host is required when motcua.printer.transport is TCP");
        }
        if ((transport == Transport.USB || transport == Transport.SERIAL) && (device == null || device.isBlank())) {
            throw new IllegalArgumentException("motcua.printer.device is required when motcua.printer.transport is "
                    + transport + " (e.g. " + (transport == Transport.USB ? "/dev/usb/lp0" : "/dev/ttyUSB0") + ")");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("motcua.printer.port must be between 1 and 65535, not " + port);
        }
        if (paperWidth != 58 && paperWidth != 80) {
            throw new IllegalArgumentException("motcua.printer.paper-width must be 58 or 80 (mm), not " + paperWidth);
        }
        if (density != null && (density < -6 || density > 6)) {
            throw new IllegalArgumentException("motcua.printer.density must be between 1 and 8, not " + density);
        }
        if (baud < 1_200) {
            throw new IllegalArgumentException("motcua.printer.baud must be a serial speed such as 115200, not " + baud);
        }
        if (writeTimeout.isNegative() || writeTimeout.isZero() || statusTimeout.isNegative() || statusTimeout.isZero()
                || statusInterval.isNegative() || statusInterval.isZero()) {
            throw new IllegalArgumentException("motcua.printer.write-timeout, status-timeout and status-interval must be positive");
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("motcua.printer.queue-capacity must be at least 1");
        }
        if (transport == Transport.SERIAL && baud < MIN_SERIAL_BAUD) {
            // Warned, not refused: some older printers top out at 38400, and a slow ticket beats none.
            long seconds = 40_000L * 10 / baud;
            log.warn("motcua.printer.baud={} is slow: a 40 KB ticket takes about {} s to send (115200 baud: 3.5 s). "
                    + "Set the printer to 115200 or more, or raise motcua.printer.write-timeout above {} s.",
                    baud, seconds, seconds);
        }
    }

    /** The printable width in dots at 203 dpi. */
    public int widthDots() {
        return paperWidth == 58 ? 384 : 576;
    }
}
