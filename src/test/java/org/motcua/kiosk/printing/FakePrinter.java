package org.motcua.kiosk.printing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A network thermal printer on a local port, as far as the kiosk can tell: it takes raw bytes, answers DLE EOT 1 to 4
 * with the status bytes it is set to, and can misbehave the ways real ones do. Every connection's data (the bytes
 * that were not status queries) is kept. Job bytes in the tests never contain DLE (0x10), so queries are told apart
 * without parsing raster commands.
 */
final class FakePrinter implements AutoCloseable {

    /** Fixed bits of every status answer: bit 1 and bit 4. */
    private static final int BASE = 0x12;

    private enum Behaviour { NORMAL, SLOW, STALL, DISCONNECT }

    private final ServerSocket server;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final List<byte[]> received = new CopyOnWriteArrayList<>();
    private volatile int[] answers = {BASE, BASE, BASE, BASE};
    private volatile Behaviour behaviour = Behaviour.NORMAL;
    private volatile int after;
    private volatile boolean refuse;

    FakePrinter() throws IOException {
        server = new ServerSocket();
        // Small, so that a printer that stops reading stops the sender soon, as a real one's buffer does.
        server.setReceiveBufferSize(4096);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread.ofPlatform().daemon().name("fake-printer").start(this::accept);
    }

    /** A fake printer listening now; for a test class's static field. */
    static FakePrinter plugIn() {
        try {
            return new FakePrinter();
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The application's printer settings for this fake: raw TCP to it, no idle status checks between test steps. */
    void asThePrinter(org.springframework.test.context.DynamicPropertyRegistry properties, String writeTimeout) {
        properties.add("motcua.printer.transport", () -> "TCP");
        properties.add("motcua.printer.host", () -> "127.0.0.1");
        properties.add("motcua.printer.port", this::port);
        properties.add("motcua.printer.write-timeout", () -> writeTimeout);
        properties.add("motcua.printer.status-timeout", () -> "1s");
        properties.add("motcua.printer.status-interval", () -> "1h");
    }

    int port() {
        return server.getLocalPort();
    }

    /** Back to a healthy printer with paper, taking data at full speed and accepting connections. */
    void normal() {
        answers = new int[] {BASE, BASE, BASE, BASE};
        behaviour = Behaviour.NORMAL;
        refuse = false;
    }

    /** Paper end: offline, stopped by paper end, sensor says paper end. */
    void paperOut() {
        answers = new int[] {BASE | 0x08, BASE | 0x20, BASE, BASE | 0x60};
    }

    /** Offline with no cause given (as after an error was cleared, or held by the feed button without bit 3). */
    void offline() {
        answers = new int[] {BASE | 0x08, BASE, BASE, BASE};
    }

    /** Takes {@code bytes} bytes of a job, then the paper ends: it answers paper end and reads nothing more. */
    void paperRunsOutAfter(int bytes) {
        after = bytes;
        behaviour = Behaviour.STALL;
    }

    /** Takes about 10 KB a second. */
    void slow() {
        behaviour = Behaviour.SLOW;
    }

    /** Takes {@code bytes} bytes of a job, then drops the connection and takes no new one (switched off). */
    void disconnectsAfter(int bytes) {
        after = bytes;
        behaviour = Behaviour.DISCONNECT;
    }

    /** The data of every connection that has ended, in order. */
    List<byte[]> received() {
        return received;
    }

    /** The data of connections that carried more than status queries. */
    List<byte[]> jobs() {
        return received.stream().filter(b -> b.length > 0).toList();
    }

    /** How many connections carried exactly these bytes. */
    long deliveries(byte[] job) {
        return received.stream().filter(b -> java.util.Arrays.equals(b, job)).count();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                if (refuse) {
                    s.close();
                    continue;
                }
                sockets.add(s);
                Thread.ofPlatform().daemon().name("fake-printer-connection").start(() -> serve(s));
            } catch (IOException e) {
                // closed
            }
        }
    }

    private void serve(Socket s) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        try (s) {
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            int b;
            int rasterLeft = 0;     // bytes of GS v 0 image data still to come: never commands
            int[] header = new int[8];
            int headerSeen = 0;
            while ((b = in.read()) >= 0) {
                if (rasterLeft == 0 && b == 0x10) {
                    int eot = in.read();
                    int n = in.read();
                    if (eot == 0x04 && n >= 1 && n <= 4) {
                        out.write(answers[n - 1]);
                        out.flush();
                        continue;
                    }
                    data.write(b);
                    data.write(eot);
                    data.write(n);
                    continue;
                }
                if (rasterLeft > 0) {
                    rasterLeft--;
                } else {
                    // Follow GS v 0 headers: 1D 76 30 m xL xH yL yH, then xL+256*xH times yL+256*yH data bytes.
                    header[headerSeen] = b;
                    boolean stillHeader = switch (headerSeen) {
                        case 0 -> b == 0x1D;
                        case 1 -> b == 0x76;
                        case 2 -> b == 0x30;
                        default -> true;
                    };
                    headerSeen = stillHeader ? headerSeen + 1 : (b == 0x1D ? 1 : 0);
                    if (headerSeen == 8) {
                        rasterLeft = (header[4] + 256 * header[5]) * (header[6] + 256 * header[7]);
                        headerSeen = 0;
                    }
                }
                data.write(b);
                switch (behaviour) {
                    case SLOW -> {
                        if (data.size() % 1024 == 0) {
                            Thread.sleep(100);
                        }
                    }
                    case STALL -> {
                        if (data.size() >= after) {
                            paperOut();
                            while (!server.isClosed()) {
                                Thread.sleep(50); // reads nothing more on this connection
                            }
                            return;
                        }
                    }
                    case DISCONNECT -> {
                        if (data.size() >= after) {
                            refuse = true;
                            s.setSoLinger(true, 0);
                            return;
                        }
                    }
                    case NORMAL -> {
                    }
                }
            }
        } catch (IOException | InterruptedException e) {
            // the kiosk dropped the connection
        } finally {
            received.add(data.toByteArray());
            sockets.remove(s);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : sockets) {
            s.close();
        }
    }
}
