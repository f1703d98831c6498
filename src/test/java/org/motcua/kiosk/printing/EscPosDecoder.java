package org.motcua.kiosk.printing;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads back what {@link EscPosEncoder} writes, as a printer would: ESC @, an optional darkness command
 * (GS ( K fn 49 or ESC 7), raster bands (GS v 0, normal mode), ESC d n, GS V. Anything else is an error, so a stray
 * byte in the encoder's output fails the test instead of printing as garbage on paper.
 */
final class EscPosDecoder {

    /** One GS v 0 command: where its header starts, its row width in bytes and its rows. */
    record Band(int offset, int rowBytes, int rows) {
    }

    /** A decoded job: the bands stacked into one image (white 255, black 0) and the commands around them. */
    record Job(BufferedImage image, List<Band> bands, Darkness darkness, int feedLines, EscPosEncoder.Cut cut) {
    }

    private final byte[] in;
    private int pos;

    private EscPosDecoder(byte[] in) {
        this.in = in;
    }

    static Job decode(byte[] bytes) {
        return new EscPosDecoder(bytes).job();
    }

    private Job job() {
        expect(0x1B, 0x40);
        Darkness darkness = null;
        List<Band> bands = new ArrayList<>();
        ByteArrayOutputStream dots = new ByteArrayOutputStream();
        int feed = 0;
        EscPosEncoder.Cut cut = EscPosEncoder.Cut.NONE;
        while (pos < in.length) {
            int start = pos;
            int a = next();
            int b = next();
            if (a == 0x1D && b == 0x28) {
                expect(0x4B, 0x02, 0x00, 0x31);
                darkness = Darkness.density((byte) next());
            } else if (a == 0x1B && b == 0x37) {
                darkness = Darkness.heating(next(), next(), next());
            } else if (a == 0x1D && b == 0x76) {
                expect(0x30, 0x00);
                int rowBytes = next() | next() << 8;
                int rows = next() | next() << 8;
                if (rowBytes == 0 || rows == 0) {
                    throw new IllegalArgumentException("An empty raster band at " + start);
                }
                if (!bands.isEmpty() && bands.getFirst().rowBytes() != rowBytes) {
                    throw new IllegalArgumentException("Bands of different widths at " + start);
                }
                if (pos + rowBytes * rows > in.length) {
                    throw new IllegalArgumentException("A raster band runs past the end at " + start);
                }
                dots.write(in, pos, rowBytes * rows);
                pos += rowBytes * rows;
                bands.add(new Band(start, rowBytes, rows));
            } else if (a == 0x1B && b == 0x64) {
                feed += next();
            } else if (a == 0x1D && b == 0x56) {
                int m = next();
                cut = switch (m) {
                    case 65 -> EscPosEncoder.Cut.FULL;
                    case 66 -> EscPosEncoder.Cut.PARTIAL;
                    default -> throw new IllegalArgumentException("Unknown cut mode " + m + " at " + start);
                };
                next();
                if (pos != in.length) {
                    throw new IllegalArgumentException("Bytes after the cut at " + pos);
                }
            } else {
                throw new IllegalArgumentException(String.format("Unknown command %02X %02X at %d", a, b, start));
            }
        }
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("No raster image in the job");
        }
        return new Job(image(bands, dots.toByteArray()), List.copyOf(bands), darkness, feed, cut);
    }

    private static BufferedImage image(List<Band> bands, byte[] dots) {
        int rowBytes = bands.getFirst().rowBytes();
        int height = bands.stream().mapToInt(Band::rows).sum();
        BufferedImage image = new BufferedImage(rowBytes * 8, height, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster r = image.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < rowBytes * 8; x++) {
                boolean black = (dots[y * rowBytes + x / 8] & (0x80 >>> (x % 8))) != 0;
                r.setSample(x, y, 0, black ? 0 : 255);
            }
        }
        return image;
    }

    private void expect(int... bytes) {
        for (int b : bytes) {
            int at = pos;
            int got = next();
            if (got != b) {
                throw new IllegalArgumentException(String.format("Expected %02X at %d, found %02X", b, at, got));
            }
        }
    }

    private int next() {
        if (pos >= in.length) {
            throw new IllegalArgumentException("The job ends in the middle of a command");
        }
        return in[pos++] & 0xFF;
    }
}
