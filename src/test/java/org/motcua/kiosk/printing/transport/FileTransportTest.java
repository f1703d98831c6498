package org.motcua.kiosk.printing.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.motcua.kiosk.base.TimeConfiguration;
import org.motcua.kiosk.printing.PrintJob;
import org.motcua.kiosk.printing.PrinterStatus;

/** The printer of a laptop: the exact bytes and a picture of each job in a folder. */
class FileTransportTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-18T01:02:03.456Z"), TimeConfiguration.VIETNAM);

    @Test
    void writesTheBytesAndThePreview(@TempDir Path folder) throws Exception {
        BufferedImage preview = new BufferedImage(576, 300, BufferedImage.TYPE_BYTE_BINARY);
        byte[] bytes = {0x1B, 0x40, 0x1D, 0x76, 0x30, 0x00, 1, 2, 3};
        FileTransport transport = new FileTransport(folder.resolve("printer-out"), clock);

        transport.write(new PrintJob(UUID.randomUUID(), PrintJob.TICKET, "A012", bytes, preview));

        Path bin = folder.resolve("printer-out/20261118-080203-456-ticket-A012.bin");
        assertThat(bin).hasBinaryContent(bytes);
        BufferedImage png = ImageIO.read(bin.resolveSibling("20261118-080203-456-ticket-A012.png").toFile());
        assertThat(png.getWidth()).isEqualTo(576);
        assertThat(png.getHeight()).isEqualTo(300);
        assertThat(transport.queryStatus()).isEqualTo(PrinterStatus.ready());
    }

    @Test
    void aJobWithoutPreviewAndTheSameNameTwiceKeepsBoth(@TempDir Path folder) throws Exception {
        FileTransport transport = new FileTransport(folder, clock);
        PrintJob memo = new PrintJob(UUID.randomUUID(), PrintJob.MEMO, "1.001193/khai sinh", new byte[] {1}, null);

        transport.write(memo);
        transport.write(memo);

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    "20261118-080203-456-memo-1.001193_khai_sinh-2.bin",
                    "20261118-080203-456-memo-1.001193_khai_sinh.bin");
        }
    }
}
