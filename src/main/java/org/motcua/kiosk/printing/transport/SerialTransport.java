package org.motcua.kiosk.printing.transport;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;

import com.fazecast.jSerialComm.SerialPort;

import org.motcua.kiosk.printing.PrinterStatus;
import org.motcua.kiosk.printing.PrinterStatus.State;
import org.motcua.kiosk.printing.PrinterTransport;

/**
 * A serial printer, 8N1 without flow control: at 115200 baud the line is slower than the printer prints, so its
 * buffer does not overflow, and three-wire cables (TX, RX, GND) have no handshake lines anyway.
 */
public final class SerialTransport implements PrinterTransport {

    private final String device;
    private final int baud;
    private final Duration statusTimeout;
    private volatile SerialPort port;

    public SerialTransport(String device, int baud, Duration statusTimeout) {
        this.device = device;
        this.baud = baud;
        this.statusTimeout = statusTimeout;
    }

    @Override
    public void write(byte[] data) throws IOException {
        SerialPort p = port();
        p.setComPortTimeouts(SerialPort.TIMEOUT_WRITE_BLOCKING, 0, 0);
        OutputStream out = p.getOutputStream();
        out.write(data);
        out.flush();
    }

    @Override
    public PrinterStatus queryStatus() throws IOException {
        return queryStatus(statusTimeout);
    }

    @Override
    public PrinterStatus queryStatus(Duration firstAnswerWithin) throws IOException {
        SerialPort p;
        try {
            p = port();
        } catch (IOException e) {
            return PrinterStatus.of(State.OFFLINE, e.getMessage());
        }
        return DleEot.ask(p.getOutputStream(), new DleEot.AnswerReader() {
            @Override
            public int read(Duration within) throws IOException {
                p.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                        (int) Math.max(1, within.toMillis()), 0);
                byte[] one = new byte[1];
                int n = p.readBytes(one, 1);
                if (n < 0) {
                    throw new IOException("cannot read from " + device);
                }
                return n == 1 ? one[0] & 0xFF : DleEot.NO_ANSWER;
            }

            @Override
            public void discardPending() {
                int pending = p.bytesAvailable();
                if (pending > 0) {
                    p.readBytes(new byte[pending], pending);
                }
            }
        }, firstAnswerWithin, statusTimeout);
    }

    private SerialPort port() throws IOException {
        SerialPort p = port;
        if (p == null || !p.isOpen()) {
            p = SerialPort.getCommPort(device);
            p.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
            p.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
            if (!p.openPort()) {
                throw new IOException("cannot open " + device + " (error " + p.getLastErrorCode() + ")");
            }
            port = p;
        }
        return p;
    }

    @Override
    public void close() {
        SerialPort p = port;
        port = null;
        if (p != null) {
            p.closePort();
        }
    }

    @Override
    public String toString() {
        return "serial " + device + " at " + baud + " baud";
    }
}
