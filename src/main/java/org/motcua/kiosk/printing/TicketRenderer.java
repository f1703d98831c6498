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
import java.util.stream.Collectors;

import org.motcua.kiosk.printing.PrintedLine.Text;

/**
 * The queue ticket as printed: office, "SỐ THỨ TỰ", the number as large as the paper allows, service, counters,
 * people ahead and the expected wait, priority, time of issue, the QR code of the ticket's status page, the ticket's
 * short id and a thank-you. The whole ticket is one bitmap, so every Vietnamese tone mark prints as drawn.
 */
public final class TicketRenderer {

    private final PaperWidth width;
    private final PaperWords words;

    /** A renderer for tickets in Vietnamese. */
    public TicketRenderer(PaperWidth width) {
        this(width, null);
    }

    /** A renderer in the given language: English when it is English, else Vietnamese. */
    public TicketRenderer(PaperWidth width, Locale language) {
        this.width = Objects.requireNonNull(width, "width");
        this.words = new PaperWords(language);
    }

    public PaperWidth width() {
        return width;
    }

    /** What the ticket says, top to bottom. */
    public List<PrintedLine> lines(TicketPrintout t) {
        List<PrintedLine> lines = new ArrayList<>();
        if (t.logo() != null) {
            lines.add(new PrintedLine.Picture(t.logo()));
            lines.add(new PrintedLine.Space(3));
        }
        lines.add(Text.centred(t.officeName(), TITLE));
        lines.add(new PrintedLine.Rule());
        lines.add(Text.centred(words.get("paper.ticket.heading"), HEADING));
        lines.add(Text.centred(t.number(), HUGE));
        lines.add(Text.centred(t.serviceName(), HEADING));
        if (!t.counters().isEmpty()) {
            String counters = t.counters().stream().map(String::valueOf).collect(Collectors.joining(", "));
            lines.add(Text.centred(words.get("paper.ticket.counters", counters), BODY));
        }
        if (t.priorityLabel() != null) {
            lines.add(Text.centred(words.get("paper.ticket.priority", t.priorityLabel()), HEADING));
        }
        lines.add(Text.centred(words.get("paper.ticket.ahead", t.peopleAhead()), BODY));
        lines.add(Text.centred(words.get("paper.ticket.wait", t.estimatedWaitMinutes()), BODY));
        lines.add(Text.centred(words.get("paper.ticket.issued", PaperWords.time(t.issuedAt())), BODY));
        lines.add(new PrintedLine.Space(4));
        lines.add(new PrintedLine.Qr(t.qrLink()));
        lines.add(Text.centred(words.get("paper.ticket.scan"), SMALL));
        lines.add(Text.centred(words.get("paper.ticket.id", t.shortId()), SMALL));
        lines.add(new PrintedLine.Rule());
        lines.add(Text.centred(words.get("paper.ticket.thanks"), HEADING));
        return lines;
    }

    /** The ticket as a grey image exactly {@code width().dots()} wide; pixels are black or white but for a logo. */
    public BufferedImage render(TicketPrintout t) {
        return Paper.draw(width, lines(t));
    }
}
