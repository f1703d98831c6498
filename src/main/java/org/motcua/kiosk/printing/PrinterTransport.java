package org.motcua.kiosk.printing;

import java.io.IOException;
import java.time.Duration;

/**
 * The connection to a printer. Called from the print thread only, one call at a time; any call may block (a USB
 * printer without paper stops taking data), so the caller bounds every call with a timeout and, when one overruns,
 * closes the transport and never uses it again. After {@link #close()} from the print thread itself (between jobs),
 * the next call opens the connection again.
 */
public interface PrinterTransport extends AutoCloseable {

    /** Sends the bytes, whole. */
    void write(byte[] data) throws IOException;

    /** Sends a job; transports that keep more than the bytes (the file printer keeps the preview) override this. */
    default void write(PrintJob job) throws IOException {
        write(job.escpos());
    }

    /**
     * Asks the printer for its real-time status (DLE EOT 1 to 4), waiting for each answer up to the configured status
     * timeout. {@link PrinterStatus.State#UNKNOWN} where the connection cannot read answers or none came.
     */
    PrinterStatus queryStatus() throws IOException;

    /**
     * As {@link #queryStatus()}, but waits up to {@code firstAnswerWithin} for the first answer: after a job, the
     * printer answers once it has taken in everything sent before the query.
     */
    default PrinterStatus queryStatus(Duration firstAnswerWithin) throws IOException {
        return queryStatus();
    }

    /** Drops the connection; never throws. */
    @Override
    void close();
}
