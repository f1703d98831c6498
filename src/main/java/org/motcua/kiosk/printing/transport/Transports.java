package org.motcua.kiosk.printing.transport;

import java.nio.file.Path;
import java.time.Clock;

import org.motcua.kiosk.printing.PrinterProperties;
import org.motcua.kiosk.printing.PrinterTransport;

/** The transport that {@code motcua.printer.*} describes. */
public final class Transports {

    private Transports() {
    }

    public static PrinterTransport open(PrinterProperties printer, Clock clock) {
        return switch (printer.transport()) {
            case FILE -> new FileTransport(printer.folder(), clock);
            case USB -> new UsbDeviceTransport(Path.of(printer.device()), printer.statusTimeout());
            case SERIAL -> new SerialTransport(printer.device(), printer.baud(), printer.statusTimeout());
            case TCP -> new TcpTransport(printer.host(), printer.port(), printer.statusTimeout());
        };
    }
}
