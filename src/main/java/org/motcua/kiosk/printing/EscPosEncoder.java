package org.motcua.kiosk.printing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Objects;

/**
 * A rendered printout as the bytes an ESC/POS thermal printer takes: no text commands and no code pages, only a
 * raster image. A pure function: same image and settings, same bytes; no I/O.
 *
 * <p>The bytes, in order:
 * <pre>
 * ESC @                         1B 40                  initialise (clears any mode a previous job left)
 * [darkness]                    see {@link Darkness}   only when set; none by default
 * for each band of at most bandRows rows (default 128), top to bottom:
 *   GS v 0 m xL xH yL yH        1D 76 30 00 xL xH yL yH
 *   d1 ... d(x*y)               x = xL + 256 xH bytes per row (= dots / 8), y = yL + 256 yH rows;
 *                               row after row, the leftmost dot in the highest bit, 1 = black
 * ESC d n                       1B 64 n                feed n lines; left out when n = 0 (default 3)
 * GS V m 0                      1D 56 42 00            feed to the cutter and cut partially (m = 66);
 *                               1D 56 41 00            or fully (m = 65); left out when there is no cutter
 * </pre>
 * So a printout of height h at w bytes a row takes 2 + darkness + Σ(8 + w × band) + 3 + 4 bytes.
 * Bands keep each command within what small printers buffer (many drop the tail of one tall GS v 0 image) and let
 * a slow link stream the ticket as it prints.
 */
public final class EscPosEncoder {

    public static final int DEFAULT_BAND_ROWS = 128;
    public static final int DEFAULT_FEED_LINES = 3;
    /** GS v 0 allows up to 2303 rows on the smallest Epson buffers. */
    public static final int MAX_BAND_ROWS = 2303;

    /** Whether and how the paper is cut at the end. */
    public enum Cut { NONE, PARTIAL, FULL }

    /** How greys become dots: a plain threshold at 128 (text, QR codes) or Floyd–Steinberg dithering (photographs). */
    public enum Halftone { THRESHOLD, DITHER }

    private final int bandRows;
    private final int feedLines;
    private final Cut cut;
    private final Darkness darkness;
    private final Halftone halftone;

    /** Bands of 128 rows, 3 lines of feed, a partial cut, no darkness command, a plain threshold. */
    public EscPosEncoder() {
        this(DEFAULT_BAND_ROWS, DEFAULT_FEED_LINES, Cut.PARTIAL, null, Halftone.THRESHOLD);
    }

    private EscPosEncoder(int bandRows, int feedLines, Cut cut, Darkness darkness, Halftone halftone) {
        if (bandRows < 1 || bandRows > MAX_BAND_ROWS) {
            throw new IllegalArgumentException("A band has 1 to " + MAX_BAND_ROWS + " rows: " + bandRows);
        }
        if (feedLines < 0 || feedLines > 255) {
            throw new IllegalArgumentException("Feed 0 to 255 lines: " + feedLines);
        }
        this.bandRows = bandRows;
        this.feedLines = feedLines;
        this.cut = Objects.requireNonNull(cut, "cut");
        this.darkness = darkness;
        this.halftone = Objects.requireNonNull(halftone, "halftone");
    }

    public EscPosEncoder withBandRows(int rows) {
        return new EscPosEncoder(rows, feedLines, cut, darkness, halftone);
    }

    public EscPosEncoder withFeedLines(int lines) {
        return new EscPosEncoder(bandRows, lines, cut, darkness, halftone);
    }

    public EscPosEncoder withCut(Cut how) {
        return new EscPosEncoder(bandRows, feedLines, how, darkness, halftone);
    }

    /** A darkness command after the initialisation, or null for none. */
    public EscPosEncoder withDarkness(Darkness how) {
        return new EscPosEncoder(bandRows, feedLines, cut, how, halftone);
    }

    public EscPosEncoder withHalftone(Halftone how) {
        return new EscPosEncoder(bandRows, feedLines, cut, darkness, how);
    }

    public int bandRows() {
        return bandRows;
    }

    /** The whole job for one printout. Images wider than a multiple of 8 dots are padded with white on the right. */
    public byte[] encode(BufferedImage image) {
        int rowBytes = (image.getWidth() + 7) / 8;
        if (rowBytes > 0xFFFF) {
            throw new IllegalArgumentException("Too wide for a raster image: " + image.getWidth() + " dots");
        }
        int height = image.getHeight();
        byte[] dots = OneBit.pack(image, halftone == Halftone.DITHER);
        int bands = (height + bandRows - 1) / bandRows;
        ByteArrayOutputStream out = new ByteArrayOutputStream(dots.length + 8 * bands + 32);
        out.write(0x1B);
        out.write(0x40);
        if (darkness != null) {
            out.writeBytes(darkness.command());
        }
        for (int top = 0; top < height; top += bandRows) {
            int rows = Math.min(bandRows, height - top);
            out.writeBytes(new byte[] {0x1D, 0x76, 0x30, 0x00,
                    (byte) rowBytes, (byte) (rowBytes >> 8), (byte) rows, (byte) (rows >> 8)});
            out.write(dots, top * rowBytes, rows * rowBytes);
        }
        if (feedLines > 0) {
            out.writeBytes(new byte[] {0x1B, 0x64, (byte) feedLines});
        }
        if (cut != Cut.NONE) {
            out.writeBytes(new byte[] {0x1D, 0x56, (byte) (cut == Cut.FULL ? 65 : 66), 0x00});
        }
        return out.toByteArray();
    }
}
