package org.motcua.kiosk.printing;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.motcua.kiosk.base.BundledFonts;
import org.motcua.kiosk.base.QrCodes;

import com.google.zxing.common.BitMatrix;

/**
 * Draws printed lines onto a strip of paper exactly the roll's width, as tall as they need. Black on white,
 * antialiasing off: every dot is already black or white, so the thermal head prints crisp edges and the encoder's
 * threshold changes nothing (a logo may still have greys).
 */
final class Paper {

    /** Dots kept blank at each side, so that the wrapping never touches the edge. */
    static final int MARGIN = 8;
    private static final int TOP = 8;
    /** The QR code takes about half the width; 4 dots a module at least, when it fits. */
    private static final double QR_SHARE = 0.5;
    private static final int QR_MIN_MODULE = 4;
    private static final int QR_MAX_MODULE = 6;

    private final PaperWidth width;
    private final int usable;
    private final Graphics2D measure;

    private Paper(PaperWidth width) {
        this.width = width;
        this.usable = width.dots() - 2 * MARGIN;
        this.measure = prepare(new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY).createGraphics());
    }

    /** The lines drawn top to bottom: a grey image of {@code width.dots()} columns. */
    static BufferedImage draw(PaperWidth width, List<PrintedLine> lines) {
        Paper paper = new Paper(width);
        try {
            return paper.draw(lines);
        } finally {
            paper.measure.dispose();
        }
    }

    private interface Block {
        int height();

        void draw(Graphics2D g, int top);
    }

    private BufferedImage draw(List<PrintedLine> lines) {
        List<Block> blocks = new ArrayList<>();
        for (PrintedLine line : lines) {
            blocks.add(switch (line) {
                case PrintedLine.Text t when t.style() == PrintedLine.Style.HUGE -> huge(t.text());
                case PrintedLine.Text t -> text(t);
                case PrintedLine.Qr q -> qr(q.content());
                case PrintedLine.Picture p -> picture(p.image());
                case PrintedLine.Space s -> blank(s.tenths() * lineHeight(font(PrintedLine.Style.BODY)) / 10);
                case PrintedLine.Rule r -> rule();
            });
        }
        int height = TOP + blocks.stream().mapToInt(Block::height).sum();
        BufferedImage image = new BufferedImage(width.dots(), Math.max(1, height), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = prepare(image.createGraphics());
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            int y = TOP;
            for (Block b : blocks) {
                b.draw(g, y);
                y += b.height();
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private Block text(PrintedLine.Text t) {
        Font font = font(t.style());
        FontMetrics fm = measure.getFontMetrics(font);
        String marker = t.marker() == null ? null : nfc(t.marker()) + " ";
        int indent = marker == null ? 0 : fm.stringWidth(marker);
        List<String> rows = wrap(nfc(t.text()), fm, usable - indent);
        int lineHeight = lineHeight(font);
        return new Block() {
            public int height() {
                return rows.size() * lineHeight;
            }

            public void draw(Graphics2D g, int top) {
                g.setFont(font);
                for (int i = 0; i < rows.size(); i++) {
                    int baseline = top + i * lineHeight + fm.getAscent();
                    String row = rows.get(i);
                    int x = t.centred() ? MARGIN + (usable - fm.stringWidth(row)) / 2 : MARGIN + indent;
                    g.drawString(row, x, baseline);
                    if (i == 0 && marker != null) {
                        g.drawString(marker, MARGIN, baseline);
                    }
                }
            }
        };
    }

    /** The ticket number: bold, scaled to fill most of the width, its height cut to what the glyphs cover. */
    private Block huge(String text) {
        String s = nfc(text);
        Font probe = BundledFonts.of(true, 100f);
        Rectangle2D at100 = glyphs(probe, s).getVisualBounds();
        double size = Math.min(100 * usable * 0.9 / at100.getWidth(), 100 * width.dots() * 0.4 / at100.getHeight());
        Font font = BundledFonts.of(true, (float) Math.floor(size));
        GlyphVector gv = glyphs(font, s);
        Rectangle2D box = gv.getVisualBounds();
        int pad = width.bodyTextSize() / 2;
        int height = (int) Math.ceil(box.getHeight()) + 2 * pad;
        return new Block() {
            public int height() {
                return height;
            }

            public void draw(Graphics2D g, int top) {
                float x = (float) ((width.dots() - box.getWidth()) / 2 - box.getX());
                float y = (float) (top + pad - box.getY());
                g.drawGlyphVector(gv, Math.round(x), Math.round(y));
            }
        };
    }

    private Block qr(String content) {
        BitMatrix m = QrCodes.matrix(content, 0);
        int modules = m.getWidth();
        int module = Math.min(QR_MAX_MODULE, Math.max(QR_MIN_MODULE, (int) (width.dots() * QR_SHARE / modules)));
        if (module * modules > usable) {
            module = Math.max(1, usable / modules);
        }
        int cell = module;
        int side = modules * cell;
        return new Block() {
            public int height() {
                return side;
            }

            public void draw(Graphics2D g, int top) {
                int left = (width.dots() - side) / 2;
                for (int y = 0; y < modules; y++) {
                    for (int x = 0; x < modules; x++) {
                        if (m.get(x, y)) {
                            g.fillRect(left + x * cell, top + y * cell, cell, cell);
                        }
                    }
                }
            }
        };
    }

    private Block picture(BufferedImage image) {
        double scale = Math.min(2.0, Math.min(usable * 0.6 / image.getWidth(), width.dots() * 0.3 / image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        return new Block() {
            public int height() {
                return h;
            }

            public void draw(Graphics2D g, int top) {
                g.drawImage(image, (width.dots() - w) / 2, top, w, h, Color.WHITE, null);
            }
        };
    }

    private Block rule() {
        int gap = width.bodyTextSize() / 3;
        return new Block() {
            public int height() {
                return 2 * gap + 2;
            }

            public void draw(Graphics2D g, int top) {
                g.fillRect(MARGIN, top + gap, usable, 2);
            }
        };
    }

    private static Block blank(int height) {
        return new Block() {
            public int height() {
                return height;
            }

            public void draw(Graphics2D g, int top) {
            }
        };
    }

    /** Words onto rows no wider than {@code max}; a word longer than a row (a link) is cut where it must be. */
    static List<String> wrap(String text, FontMetrics fm, int max) {
        List<String> rows = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder row = new StringBuilder();
            for (String word : paragraph.strip().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = row.isEmpty() ? word : row + " " + word;
                if (fm.stringWidth(candidate) <= max) {
                    row.setLength(0);
                    row.append(candidate);
                    continue;
                }
                if (!row.isEmpty()) {
                    rows.add(row.toString());
                    row.setLength(0);
                }
                while (fm.stringWidth(word) > max) {
                    int cut = fits(word, fm, max);
                    rows.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                row.append(word);
            }
            rows.add(row.toString());
        }
        return rows;
    }

    /** How many characters of {@code word} fit in {@code max}, at least one; never splits a surrogate pair. */
    private static int fits(String word, FontMetrics fm, int max) {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (fm.stringWidth(word.substring(0, next)) > max) {
                break;
            }
            end = next;
        }
        return end;
    }

    private Font font(PrintedLine.Style style) {
        return BundledFonts.of(style.bold, Math.round(width.bodyTextSize() * style.scale));
    }

    /** Room for stacked marks above capitals (Ệ, Ố) and descenders below, plus a little air. */
    private int lineHeight(Font font) {
        FontMetrics fm = measure.getFontMetrics(font);
        return fm.getAscent() + fm.getDescent() + Math.round(font.getSize2D() * 0.1f);
    }

    private GlyphVector glyphs(Font font, String s) {
        return font.createGlyphVector(measure.getFontRenderContext(), s);
    }

    /** Precomposed letters: one glyph for "ệ" rather than e + two marks that a font may place badly. */
    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static Graphics2D prepare(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        return g;
    }
}
