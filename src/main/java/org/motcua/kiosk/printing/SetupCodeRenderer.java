package org.motcua.kiosk.printing;

import static org.motcua.kiosk.printing.PrintedLine.Style.BODY;
import static org.motcua.kiosk.printing.PrintedLine.Style.HEADING;
import static org.motcua.kiosk.printing.PrintedLine.Style.HUGE;
import static org.motcua.kiosk.printing.PrintedLine.Style.SMALL;
import static org.motcua.kiosk.printing.PrintedLine.Style.TITLE;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.motcua.kiosk.printing.PrintedLine.Text;

/**
 * The setup-code slip as printed: in Vietnamese, then the same in English (an installer may be a supplier's
 * technician); the code as large as the paper allows, the setup page's address and its QR code.
 */
public final class SetupCodeRenderer {

    private final PaperWidth width;
    private final PaperWords vietnamese = new PaperWords(null);
    private final PaperWords english = new PaperWords(Locale.ENGLISH);

    public SetupCodeRenderer(PaperWidth width) {
        this.width = Objects.requireNonNull(width, "width");
    }

    /** What the slip says, top to bottom. */
    public List<PrintedLine> lines(SetupCodePrintout slip) {
        List<PrintedLine> lines = new ArrayList<>();
        lines.add(Text.centred(slip.officeName(), TITLE));
        lines.add(new PrintedLine.Rule());
        lines.add(Text.centred(vietnamese.get("paper.setup.heading"), HEADING));
        lines.add(Text.centred(english.get("paper.setup.heading"), SMALL));
        lines.add(Text.centred(slip.groupedCode(), HUGE));
        for (PaperWords words : List.of(vietnamese, english)) {
            boolean first = words == vietnamese;
            lines.add(Text.left(slip.setupLink() != null
                    ? words.get("paper.setup.open", slip.setupLink())
                    : words.get("paper.setup.openUnknown"), first ? BODY : SMALL));
            lines.add(Text.left(words.get("paper.setup.once"), first ? BODY : SMALL));
            lines.add(new PrintedLine.Space(3));
        }
        if (slip.setupLink() != null) {
            lines.add(new PrintedLine.Qr(slip.setupLink()));
            lines.add(Text.centred(slip.setupLink(), SMALL));
        }
        lines.add(new PrintedLine.Rule());
        lines.add(Text.centred(vietnamese.get("paper.setup.printed", PaperWords.time(slip.printedAt())), SMALL));
        return lines;
    }

    /** The slip as a grey image exactly {@code width.dots()} wide. */
    public BufferedImage render(SetupCodePrintout slip) {
        return Paper.draw(width, lines(slip));
    }
}
