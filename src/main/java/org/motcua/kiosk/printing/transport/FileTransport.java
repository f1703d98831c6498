package org.motcua.kiosk.printing.transport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

import javax.imageio.ImageIO;

import org.motcua.kiosk.printing.PrintJob;
import org.motcua.kiosk.printing.PrinterStatus;
import org.motcua.kiosk.printing.PrinterTransport;

/**
 * No printer: each job becomes {@code <yyyyMMdd-HHmmss-SSS>-<kind>-<reference>.bin} (the exact bytes a printer would
 * get) and, when the job has a preview, a {@code .png} beside it. Always ready.
 */
public final class FileTransport implements PrinterTransport {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path folder;
    private final Clock clock;

    public FileTransport(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    @Override
    public void write(byte[] data) throws IOException {
        Files.write(freshName("job", "bytes"), data);
    }

    @Override
    public void write(PrintJob job) throws IOException {
        Path bin = freshName(job.kind(), job.reference());
        Files.write(bin, job.escpos());
        if (job.preview() != null) {
            Path png = bin.resolveSibling(bin.getFileName().toString().replaceFirst("\\.bin$", ".png"));
            if (!ImageIO.write(job.preview(), "png", png.toFile())) {
                throw new IOException("no PNG writer for the preview of " + job.reference());
            }
        }
    }

    /** A .bin path not yet taken: two jobs in the same millisecond get -2, -3... */
    private Path freshName(String kind, String reference) throws IOException {
        Files.createDirectories(folder);
        String base = base(kind, reference);
        Path path = folder.resolve(base + ".bin");
        for (int i = 2; Files.exists(path); i++) {
            path = folder.resolve(base + "-" + i + ".bin");
        }
        return path;
    }

    private String base(String kind, String reference) {
        return STAMP.format(clock.instant().atZone(clock.getZone())) + "-" + kind + "-"
                + reference.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    @Override
    public PrinterStatus queryStatus() {
        return PrinterStatus.ready();
    }

    @Override
    public void close() {
        // nothing held open
    }

    @Override
    public String toString() {
        return "file printer into " + folder;
    }
}
