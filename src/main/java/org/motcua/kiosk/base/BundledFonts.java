package org.motcua.kiosk.base;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Noto Sans from our own jar, never a system font: it has every Vietnamese letter and tone mark, and the same file
 * everywhere keeps printouts, charts (and the golden images of the tests) identical from laptop to kiosk.
 */
public final class BundledFonts {

    private static final Font REGULAR = load("NotoSans-Regular.ttf");
    private static final Font BOLD = load("NotoSans-Bold.ttf");

    private BundledFonts() {
    }

    public static Font of(boolean bold, float size) {
        return (bold ? BOLD : REGULAR).deriveFont(size);
    }

    private static Font load(String file) {
        String path = "/META-INF/resources/fonts/" + file;
        try (InputStream in = BundledFonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The bundled font is missing from the class path: " + path);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled font " + path, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("The bundled font is damaged: " + path, e);
        }
    }
}
