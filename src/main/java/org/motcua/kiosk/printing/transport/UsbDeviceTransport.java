package org.motcua.kiosk.printing.transport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.motcua.kiosk.printing.PrinterStatus;
import org.motcua.kiosk.printing.PrinterStatus.State;
import org.motcua.kiosk.printing.PrinterTransport;

/**
 * A USB printer through the kernel's usblp driver ({@code /dev/usb/lp0}, or a stable udev name).
 * <p>
 * A {@link FileChannel}, not a RandomAccessFile: closing a FileChannel wakes a thread blocked in it (the JDK signals
 * it), and the driver waits interruptibly when the paper is out, so a give-up closes the device for real and it can
 * be opened again (usblp allows one open at a time). The device is opened without CREATE, so an unplugged printer
 * never turns into a regular file named lp0. Status: the driver passes the printer's answers to DLE EOT through
 * read() when the printer talks back; many don't, and a read then waits forever. So a status read that gets no answer
 * in time is abandoned (the channel is closed to free it) and this transport stops asking: UNKNOWN from then on.
 */
public final class UsbDeviceTransport implements PrinterTransport {

    private final Path device;
    private final Duration statusTimeout;
    private volatile FileChannel channel;
    private volatile boolean answersStatus = true;

    public UsbDeviceTransport(Path device, Duration statusTimeout) {
        this.device = device;
        this.statusTimeout = statusTimeout;
    }

    @Override
    public void write(byte[] data) throws IOException {
        FileChannel ch = channel();
        ByteBuffer buffer = ByteBuffer.wrap(data);
        while (buffer.hasRemaining()) {
            ch.write(buffer);
        }
    }

    @Override
    public PrinterStatus queryStatus() throws IOException {
        return queryStatus(statusTimeout);
    }

    @Override
    public PrinterStatus queryStatus(Duration firstAnswerWithin) throws IOException {
        if (!Files.exists(device)) {
            close();
            return PrinterStatus.of(State.OFFLINE, device + " is not there (printer unplugged or switched off?)");
        }
        if (!answersStatus) {
            return PrinterStatus.unknown(device + " does not answer status queries");
        }
        FileChannel ch = channel();
        OutputStream out = Channels.newOutputStream(ch);
        PrinterStatus status = DleEot.ask(out, new DleEot.AnswerReader() {
            @Override
            public int read(Duration within) throws IOException {
                CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> readOne(ch),
                        r -> Thread.ofPlatform().daemon().name("printer-usb-status").start(r));
                try {
                    return one.get(Math.max(1, within.toMillis()), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    close(); // wakes the reader; the next call opens the device again
                    return DleEot.NO_ANSWER;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while reading the printer's status", e);
                } catch (ExecutionException e) {
                    return DleEot.NO_ANSWER;
                }
            }

            @Override
            public void discardPending() {
                // Nothing can be read without risking a read that never returns.
            }
        }, firstAnswerWithin, statusTimeout);
        if (status.state() == State.UNKNOWN) {
            answersStatus = false;
        }
        return status;
    }

    private static int readOne(FileChannel ch) {
        try {
            ByteBuffer one = ByteBuffer.allocate(1);
            int n = ch.read(one);
            return n == 1 ? one.get(0) & 0xFF : DleEot.NO_ANSWER;
        } catch (IOException e) {
            return DleEot.NO_ANSWER;
        }
    }

    private FileChannel channel() throws IOException {
        FileChannel ch = channel;
        if (ch == null || !ch.isOpen()) {
            try {
                ch = FileChannel.open(device, StandardOpenOption.READ, StandardOpenOption.WRITE);
            } catch (NoSuchFileException e) {
                throw new IOException(device + " is not there (printer unplugged or switched off?)", e);
            }
            channel = ch;
        }
        return ch;
    }

    @Override
    public void close() {
        FileChannel ch = channel;
        channel = null;
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // the device is being let go of
            }
        }
    }

    @Override
    public String toString() {
        return "USB " + device;
    }
}
