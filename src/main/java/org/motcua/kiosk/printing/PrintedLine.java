package org.motcua.kiosk.printing;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/**
 * One piece of a printout, top to bottom: the renderers first say what is printed (tests read these), then
 * {@link Paper} draws them.
 */
public sealed interface PrintedLine {

    /** How a text looks; sizes are relative to the roll's body text. */
    enum Style {
        /** The office's name. */
        TITLE(1.15f, true),
        HEADING(1.0f, true),
        BODY(1.0f, false),
        SMALL(0.8f, false),
        /** The ticket number: as large as the paper allows. */
        HUGE(0f, true);

        final float scale;
        final boolean bold;

        Style(float scale, boolean bold) {
            this.scale = scale;
            this.bold = bold;
        }
    }

    /** Text wrapped to the width; {@code marker} ("1.", "–") hangs before every wrapped line when not null. */
    record Text(String text, Style style, boolean centred, String marker) implements PrintedLine {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
        }

        static Text centred(String text, Style style) {
            return new Text(text, style, true, null);
        }

        static Text left(String text, Style style) {
            return new Text(text, style, false, null);
        }

        static Text item(String marker, String text) {
            return new Text(text, Style.BODY, false, marker);
        }
    }

    /** A QR code, centred, as large as fits the paper's share for it. */
    record Qr(String content) implements PrintedLine {
    }

    /** A picture (the office's logo), centred, scaled down to fit. */
    record Picture(BufferedImage image) implements PrintedLine {
    }

    /** Blank paper, in tenths of a body line. */
    record Space(int tenths) implements PrintedLine {
    }

    /** A thin line across. */
    record Rule() implements PrintedLine {
    }

    /** The texts of the lines, in order: what a reader of the paper sees, for tests and logs. */
    public static List<String> texts(List<PrintedLine> lines) {
        return lines.stream().map(l -> switch (l) {
            case Text t -> t.marker() == null ? t.text() : t.marker() + " " + t.text();
            case Qr q -> "[QR " + q.content() + "]";
            case Picture p -> "[logo]";
            case Space s -> "";
            case Rule r -> "----";
        }).toList();
    }
}
