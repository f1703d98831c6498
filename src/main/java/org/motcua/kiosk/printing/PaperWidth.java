package org.motcua.kiosk.printing;

/**
 * The thermal paper roll, by its printable width in dots (8 dots per mm at 203 dpi). The body text size is chosen
 * per roll so that a 58 mm ticket stays readable and an 80 mm one does not waste paper.
 */
public enum PaperWidth {
    MM58(384, 22),
    MM80(576, 28);

    private final int dots;
    private final int bodyTextSize;

    PaperWidth(int dots, int bodyTextSize) {
        this.dots = dots;
        this.bodyTextSize = bodyTextSize;
    }

    /** Printable width in dots: the width of every rendered image. */
    public int dots() {
        return dots;
    }

    /** Bytes in one raster row: 8 dots to a byte. */
    public int bytesPerRow() {
        return dots / 8;
    }

    /** Body text height in dots (the font size in pixels). */
    int bodyTextSize() {
        return bodyTextSize;
    }
}
