package org.motcua.kiosk.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Out of the box (no printer configured) a job lands in the data folder as bytes and a picture. */
@SpringBootTest
class FilePrinterTest {

    @Autowired
    PrintService service;
    @Autowired
    PrinterProperties properties;

    @Test
    void theDefaultPrinterIsAFolder() throws Exception {
        assertThat(properties.transport()).isEqualTo(PrinterProperties.Transport.FILE);
        assertThat(properties.folder().toString()).startsWith("target/test-data/").endsWith("printer-out");
        assertThat(properties.paperWidth()).isEqualTo(80);
        assertThat(properties.widthDots()).isEqualTo(576);

        byte[] bytes = {0x1B, 0x40, 0x0A, 0x1D, 0x56, 0x42, 0x00};
        PrintJob job = new PrintJob(UUID.randomUUID(), PrintJob.TICKET, "A007", bytes,
                new BufferedImage(576, 200, BufferedImage.TYPE_BYTE_BINARY));
        service.submit(job);

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (service.job(job.id()).orElseThrow().state() == PrintJobState.QUEUED) {
            assertThat(System.nanoTime()).as("waited 60 s").isLessThan(deadline);
            Thread.sleep(20);
        }
        assertThat(service.job(job.id()).orElseThrow().state()).isEqualTo(PrintJobState.PRINTED);
        assertThat(service.printerAvailable()).isTrue();
        try (Stream<Path> files = Files.list(properties.folder())) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).hasSize(2).allMatch(n -> n.contains("-ticket-A007."));
            Path bin = properties.folder().resolve(names.getFirst());
            assertThat(bin).hasBinaryContent(bytes);
            assertThat(names.get(1)).endsWith(".png");
        }
    }
}
