package org.motcua.kiosk.printing;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.UUID;

/**
 * One thing to print, ready for the printer.
 *
 * @param id the job's identity; reprints use it
 * @param kind {@link #TICKET}, {@link #MEMO} or {@link #SETUP} (a few lower-case letters: it goes into file names)
 * @param reference what a person would look for: the ticket number ("A012"), a procedure code
 * @param escpos the bytes for the printer, whole (raster bands, feed, cut); not copied, don't change them afterwards
 * @param preview what the job looks like, for the file printer and the back office; may be null
 */
public record PrintJob(UUID id, String kind, String reference, byte[] escpos, BufferedImage preview) {

    public static final String TICKET = "ticket";
    public static final String MEMO = "memo";
    /** The installer's one-time setup code ({@link SetupCodePrintout}). */
    public static final String SETUP = "setup";

    public PrintJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(escpos, "escpos");
        if (kind == null || !kind.matches("[a-z]{1,20}")) {
            throw new IllegalArgumentException("A print job's kind is a short lower-case word such as 'ticket', not " + kind);
        }
        if (reference == null || reference.isBlank() || reference.length() > 100) {
            throw new IllegalArgumentException("A print job needs a reference of 1 to 100 characters, e.g. the ticket number");
        }
        if (escpos.length == 0) {
            throw new IllegalArgumentException("A print job without bytes prints nothing");
        }
    }

    public static PrintJob ticket(String number, byte[] escpos, BufferedImage preview) {
        return new PrintJob(UUID.randomUUID(), TICKET, number, escpos, preview);
    }
}
