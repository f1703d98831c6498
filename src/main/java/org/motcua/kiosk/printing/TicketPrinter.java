package org.motcua.kiosk.printing;

import java.awt.image.BufferedImage;
import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * Puts a printout on paper as configured: drawn at the paper's width, encoded as ESC/POS raster with the configured
 * cut and darkness, and handed to the print thread. Returns at once; the job's fate arrives as
 * {@link PrintJobPrinted} or {@link PrintJobFailed}.
 */
@Service
public class TicketPrinter {

    private final PrintService printService;
    private final PaperWidth width;
    private final EscPosEncoder encoder;

    TicketPrinter(PrintService printService, PrinterProperties properties) {
        this.printService = printService;
        this.width = properties.paperWidth() == 58 ? PaperWidth.MM58 : PaperWidth.MM80;
        EscPosEncoder e = new EscPosEncoder().withCut(properties.cut() ? EscPosEncoder.Cut.PARTIAL : EscPosEncoder.Cut.NONE);
        this.encoder = properties.density() == null ? e : e.withDarkness(Darkness.density(properties.density()));
    }

    /** Prints a queue ticket; the job's id is the ticket's id, so a reprint is the same job again. */
    public UUID print(TicketPrintout ticket) {
        BufferedImage image = new TicketRenderer(width).render(ticket);
        printService.submit(new PrintJob(ticket.ticketId(), PrintJob.TICKET, ticket.number(), encoder.encode(image), image));
        return ticket.ticketId();
    }

    /** Prints a procedure memo; returns the job's id. */
    public UUID print(MemoPrintout memo) {
        BufferedImage image = new MemoRenderer(width).render(memo);
        UUID id = UUID.randomUUID();
        String reference = memo.procedureCode() != null ? memo.procedureCode() : memo.procedureName();
        printService.submit(new PrintJob(id, PrintJob.MEMO, reference.length() > 60 ? reference.substring(0, 60) : reference,
                encoder.encode(image), image));
        return id;
    }

    /** Prints the one-time setup code for the installer; returns the job's id. */
    public UUID print(SetupCodePrintout slip) {
        BufferedImage image = new SetupCodeRenderer(width).render(slip);
        UUID id = UUID.randomUUID();
        printService.submit(new PrintJob(id, PrintJob.SETUP, "setup code", encoder.encode(image), image));
        return id;
    }

    public boolean printerAvailable() {
        return printService.printerAvailable();
    }

    public PrinterStatus status() {
        return printService.status();
    }

    /** Where a job is, if it exists. */
    public java.util.Optional<PrintJobState> jobState(UUID jobId) {
        return printService.job(jobId).map(PrintJobSummary::state);
    }

    public boolean reprint(UUID jobId) {
        return printService.reprint(jobId);
    }

    public PaperWidth paperWidth() {
        return width;
    }
}
