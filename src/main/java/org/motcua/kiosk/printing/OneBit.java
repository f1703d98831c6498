package org.motcua.kiosk.printing;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * An image turned into thermal dots: packed rows of {@code ceil(width / 8)} bytes, the leftmost dot in the highest
 * bit, 1 for black. A dot is black when its luminance is below 128 (or, dithered, by Floyd–Steinberg error
 * diffusion, which keeps a photograph's greys). Transparent pixels count as white paper.
 */
final class OneBit {

    static final int THRESHOLD = 128;

    private OneBit() {
    }

    static byte[] pack(BufferedImage image, boolean dither) {
        int w = image.getWidth();
        int h = image.getHeight();
        int rowBytes = (w + 7) / 8;
        byte[] out = new byte[rowBytes * h];
        int[] lum = new int[w];
        int[] argb = new int[w];
        int[] error = new int[w + 2];
        int[] nextError = new int[w + 2];
        for (int y = 0; y < h; y++) {
            luminance(image, y, lum, argb);
            int row = y * rowBytes;
            for (int x = 0; x < w; x++) {
                int value = lum[x];
                if (dither) {
                    value = Math.clamp(value + error[x + 1] / 16, 0, 255);
                }
                boolean black = value < THRESHOLD;
                if (black) {
                    out[row + (x >> 3)] |= (byte) (0x80 >>> (x & 7));
                }
                if (dither) {
                    int e = value - (black ? 0 : 255);
                    error[x + 2] += e * 7;
                    nextError[x] += e * 3;
                    nextError[x + 1] += e * 5;
                    nextError[x + 2] += e;
                }
            }
            if (dither) {
                int[] t = error;
                error = nextError;
                nextError = t;
                java.util.Arrays.fill(nextError, 0);
            }
        }
        return out;
    }

    /**
     * One row's luminance 0–255. A grey image's samples are taken as they are (its getRGB would convert from a
     * linear grey and lift the mid-tones); any other image by its sRGB values, 0.299 R + 0.587 G + 0.114 B.
     */
    private static void luminance(BufferedImage image, int y, int[] lum, int[] argb) {
        int w = image.getWidth();
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            Raster r = image.getRaster();
            r.getSamples(0, y, w, 1, 0, lum);
            return;
        }
        image.getRGB(0, y, w, 1, argb, 0, w);
        for (int x = 0; x < w; x++) {
            int p = argb[x];
            int a = p >>> 24;
            int l = (299 * ((p >> 16) & 0xFF) + 587 * ((p >> 8) & 0xFF) + 114 * (p & 0xFF)) / 1000;
            lum[x] = (l * a + 255 * (255 - a)) / 255;
        }
    }
}
