package org.motcua.kiosk.printing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.motcua.kiosk.base.Money;
import org.motcua.kiosk.catalog.Fee;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

/**
 * Printouts for the tests and the benchmark, fixed to the dot (same time, same id), and the tools to check paper:
 * thresholding, reading the QR code, and golden images.
 *
 * <p>Goldens live in src/test/resources/printing/golden. To make them again after a deliberate change of layout, run
 * the tests with {@code -Dprinting.golden.update=true}, then look at the PNGs before committing them. Every run also
 * writes what it printed to target/printing/ so a failure can be seen.
 */
final class Printouts {

    static final UUID TICKET_ID = UUID.fromString("3f2a9c1e-7b4d-4e21-9a6f-0c5d8e2b1a47");
    static final String TICKET_LINK = "https://motcua.example.vn/ve/" + TICKET_ID;
    static final Instant ISSUED = Instant.parse("2026-11-21T01:05:00Z");
    static final String PORTAL_LINK = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193";
    static final double GOLDEN_TOLERANCE = 0.005;
    private static final Path GOLDEN_SOURCE = Path.of("src/test/resources/printing/golden");
    private static final Path SEEN = Path.of("target/printing");

    private Printouts() {
    }

    static TicketPrintout ticket() {
        return new TicketPrintout("UBND phường Bến Thành, Thành phố Hồ Chí Minh", "A012",
                "Hộ tịch – khai sinh, kết hôn, khai tử", List.of(1, 2, 5), 7, 25, ISSUED, TICKET_ID, TICKET_LINK,
                "Người cao tuổi (từ 60 tuổi)", null);
    }

    static MemoPrintout memo(Fee... fees) {
        return new MemoPrintout("Thủ tục đăng ký khai sinh", "1.001193",
                List.of(new MemoPrintout.Document("Tờ khai đăng ký khai sinh theo mẫu quy định", 1, null, null),
                        new MemoPrintout.Document("Giấy chứng sinh do cơ sở y tế nơi trẻ sinh ra cấp", 1, null, null),
                        new MemoPrintout.Document("Giấy tờ tùy thân của người đi đăng ký", null, null, "xuất trình")),
                java.util.Arrays.stream(fees).map(f -> new MemoPrintout.FeeLine(f.label(), f.amount(), f.unit())).toList(),
                "Ngay trong ngày tiếp nhận hồ sơ; nếu nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.",
                0, "UBND phường Bến Thành", ISSUED, PORTAL_LINK);
    }

    static MemoPrintout memo() {
        return memo(new Fee("Lệ phí đăng ký khai sinh", Money.dong(0), null, null),
                new Fee("Phí cấp bản sao trích lục", Money.dong(8_000), "đồng/bản", null),
                new Fee("Phí gửi kết quả qua bưu chính", null, null, null));
    }


    /** The image as the printer sees it: black where the luminance is below 128 (samples of a grey image as they are). */
    static boolean[][] thresholded(BufferedImage image) {
        boolean[][] black = new boolean[image.getHeight()][image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                black[y][x] = image.getRaster().getSample(x, y, 0) < 128;
            }
        }
        return black;
    }

    static String readQr(BufferedImage image) {
        return decodeQr(image).getText();
    }

    static Result decodeQr(BufferedImage image) {
        try {
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
            return new MultiFormatReader().decode(bitmap, Map.of(
                    DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
                    DecodeHintType.TRY_HARDER, Boolean.TRUE));
        } catch (NotFoundException e) {
            throw new AssertionError("ZXing found no QR code on the paper", e);
        }
    }

    /** Share of dots that differ from the golden image (dots beyond the smaller of the two count as different). */
    static double differenceFromGolden(String name, BufferedImage printed) {
        write(SEEN.resolve(name), printed);
        if (Boolean.getBoolean("printing.golden.update")) {
            write(GOLDEN_SOURCE.resolve(name), printed);
            return 0;
        }
        BufferedImage golden;
        try (InputStream in = Printouts.class.getResourceAsStream("/printing/golden/" + name)) {
            if (in == null) {
                throw new AssertionError("No golden image " + name + ": run with -Dprinting.golden.update=true");
            }
            golden = ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean[][] a = thresholded(golden);
        boolean[][] b = thresholded(printed);
        int w = Math.max(golden.getWidth(), printed.getWidth());
        int h = Math.max(golden.getHeight(), printed.getHeight());
        long differ = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean inA = y < a.length && x < a[y].length;
                boolean inB = y < b.length && x < b[y].length;
                if (!inA || !inB || a[y][x] != b[y][x]) {
                    differ++;
                }
            }
        }
        return (double) differ / ((long) w * h);
    }

    private static void write(Path file, BufferedImage image) {
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
