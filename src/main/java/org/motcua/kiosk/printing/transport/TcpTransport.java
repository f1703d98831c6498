package org.motcua.kiosk.printing.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

import org.motcua.kiosk.printing.PrinterStatus;
import org.motcua.kiosk.printing.PrinterStatus.State;
import org.motcua.kiosk.printing.PrinterTransport;

/**
 * A network printer's raw port (9100). One connection per job or status check: network printers often take one
 * client at a time, and a connection kept open for hours does not notice that the printer was switched off.
 */
public final class TcpTransport implements PrinterTransport {

    /**
     * Small on purpose: with the kernel's default (several MB on Linux) a write "succeeds" into the buffer while the
     * printer has stopped taking data; with this, a stalled printer shows up as a write that does not return.
     */
    static final int SEND_BUFFER = 8 * 1024;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    private final String host;
    private final int port;
    private final Duration statusTimeout;
    private volatile Socket socket;

    public TcpTransport(String host, int port, Duration statusTimeout) {
        this.host = host;
        this.port = port;
        this.statusTimeout = statusTimeout;
    }

    @Override
    public void write(byte[] data) throws IOException {
        OutputStream out = connection().getOutputStream();
        out.write(data);
        out.flush();
    }

    @Override
    public PrinterStatus queryStatus() throws IOException {
        return queryStatus(statusTimeout);
    }

    @Override
    public PrinterStatus queryStatus(Duration firstAnswerWithin) throws IOException {
        Socket s;
        try {
            s = connection();
        } catch (IOException e) {
            return PrinterStatus.of(State.OFFLINE, "no connection to " + host + ":" + port + ": " + e.getMessage());
        }
        InputStream in = s.getInputStream();
        return DleEot.ask(s.getOutputStream(), new DleEot.AnswerReader() {
            @Override
            public int read(Duration within) throws IOException {
                s.setSoTimeout((int) Math.max(1, within.toMillis()));
                try {
                    int b = in.read();
                    if (b < 0) {
                        throw new IOException("the printer closed the connection");
                    }
                    return b;
                } catch (SocketTimeoutException e) {
                    return DleEot.NO_ANSWER;
                }
            }

            @Override
            public void discardPending() throws IOException {
                while (in.available() > 0) {
                    in.read();
                }
            }
        }, firstAnswerWithin, statusTimeout);
    }

    private Socket connection() throws IOException {
        if (socket == null || socket.isClosed()) {
            Socket s = new Socket();
            try {
                s.setSendBufferSize(SEND_BUFFER);
                s.setTcpNoDelay(true);
                s.connect(new InetSocketAddress(host, port), (int) CONNECT_TIMEOUT.toMillis());
            } catch (IOException e) {
                s.close();
                throw e;
            }
            socket = s;
        }
        return socket;
    }

    @Override
    public void close() {
        Socket s = socket;
        socket = null;
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // nothing more to do with a connection being dropped
            }
        }
    }

    @Override
    public String toString() {
        return "TCP " + host + ":" + port;
    }
}
