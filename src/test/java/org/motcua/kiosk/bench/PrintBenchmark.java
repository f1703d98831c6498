package org.motcua.kiosk.bench;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.motcua.kiosk.printing.EscPosEncoder;
import org.motcua.kiosk.printing.PaperWidth;
import org.motcua.kiosk.printing.TicketPrintout;
import org.motcua.kiosk.printing.TicketRenderer;

/**
 * Time to turn an issued ticket into printer bytes (render with Java2D + encode as ESC/POS raster), per paper width,
 * and the bytes a ticket takes on the wire. Not a test: run it with bench/print.sh.
 *
 * <p>Each ticket differs (number, id, people ahead) so that no work is cached between them. Wall time per ticket
 * (System.nanoTime) after a warm-up; one thread, as the print thread does it. The target of issue 4: p99 under 50 ms
 * for 80 mm.
 */
public final class PrintBenchmark {

    private PrintBenchmark() {
    }

    record Result(PaperWidth width, int samples, double renderP50, double encodeP50, double p50, double p99,
                  double max, int bytes, int height) {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        int tickets = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        System.out.printf(Locale.ROOT, "%d tickets per width after %d warm-up tickets; Java %s, %d cores%n",
                tickets, warmUp, Runtime.version(), Runtime.getRuntime().availableProcessors());

        List<Result> results = new ArrayList<>();
        for (PaperWidth width : PaperWidth.values()) {
            results.add(measure(width, tickets, warmUp));
        }
        System.out.println();
        System.out.println("| paper | tickets | render p50 (ms) | encode p50 (ms) | render+encode p50 (ms) | p99 (ms) | max (ms) | bytes/ticket | height (dots) |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %,d | %d |%n",
                    r.width(), r.samples(), r.renderP50(), r.encodeP50(), r.p50(), r.p99(), r.max(), r.bytes(), r.height());
        }
    }

    private static Result measure(PaperWidth width, int tickets, int warmUp) {
        TicketRenderer renderer = new TicketRenderer(width);
        EscPosEncoder encoder = new EscPosEncoder();
        long[] total = new long[tickets];
        long[] render = new long[tickets];
        long[] encode = new long[tickets];
        int bytes = 0;
        int height = 0;
        for (int i = -warmUp; i < tickets; i++) {
            TicketPrintout t = ticket(i + warmUp);
            long t0 = System.nanoTime();
            BufferedImage image = renderer.render(t);
            long t1 = System.nanoTime();
            byte[] job = encoder.encode(image);
            long t2 = System.nanoTime();
            if (i >= 0) {
                render[i] = t1 - t0;
                encode[i] = t2 - t1;
                total[i] = t2 - t0;
                bytes = Math.max(bytes, job.length);
                height = Math.max(height, image.getHeight());
            }
        }
        return new Result(width, tickets, percentile(render, 50), percentile(encode, 50), percentile(total, 50),
                percentile(total, 99), percentile(total, 100), bytes, height);
    }

    private static TicketPrintout ticket(int n) {
        UUID id = new UUID(0x3f2a9c1e7b4d4e21L + n, 0x9a6f0c5d8e2b1a47L ^ n);
        return new TicketPrintout("UBND phường Bến Thành, Thành phố Hồ Chí Minh", "A%03d".formatted(n % 1000),
                "Hộ tịch – khai sinh, kết hôn, khai tử", List.of(1, 2, 5), n % 40, (n % 40) * 4,
                Instant.parse("2026-11-21T01:05:00Z").plusSeconds(37L * n), id, "https://motcua.example.vn/ve/" + id,
                n % 5 == 0 ? "Người cao tuổi (từ 60 tuổi)" : null, null);
    }

    /** In milliseconds; nearest rank. */
    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = Math.max(1, (int) Math.ceil(p / 100.0 * sorted.length));
        return sorted[rank - 1] / 1e6;
    }
}
