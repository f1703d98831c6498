package org.motcua.kiosk.printing;

import static org.motcua.kiosk.printing.PrintedLine.Style.BODY;
import static org.motcua.kiosk.printing.PrintedLine.Style.HEADING;
import static org.motcua.kiosk.printing.PrintedLine.Style.SMALL;
import static org.motcua.kiosk.printing.PrintedLine.Style.TITLE;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.motcua.kiosk.printing.PrintedLine.Text;

/**
 * The procedure memo (phiếu hướng dẫn): the procedure and its code, the documents to bring (numbered), the fees
 * ("2.000 đồng", "Miễn phí", and "Chưa có thông tin" when the amount is not known: never 0), the processing time,
 * a QR code of its page on the portal, the office and the time it was printed.
 */
public final class MemoRenderer {

    private final PaperWidth width;
    private final PaperWords words;

    /** A renderer for memos in Vietnamese. */
    public MemoRenderer(PaperWidth width) {
        this(width, null);
    }

    /** A renderer in the given language: English when it is English, else Vietnamese (the catalogue's own text stays as published). */
    public MemoRenderer(PaperWidth width, Locale language) {
        this.width = Objects.requireNonNull(width, "width");
        this.words = new PaperWords(language);
    }

    public PaperWidth width() {
        return width;
    }

    /** What the memo says, top to bottom. */
    public List<PrintedLine> lines(MemoPrintout memo) {
        List<PrintedLine> lines = new ArrayList<>();
        lines.add(Text.centred(memo.officeName(), TITLE));
        lines.add(Text.centred(words.get("paper.memo.heading"), HEADING));
        lines.add(new PrintedLine.Rule());
        lines.add(Text.left(memo.procedureName(), HEADING));
        String code = memo.procedureCode() == null ? words.get("paper.memo.provisional") : memo.procedureCode();
        lines.add(Text.left(words.get("paper.memo.code", code), BODY));
        lines.add(new PrintedLine.Rule());

        lines.add(Text.left(words.get("paper.memo.documents"), HEADING));
        int n = 0;
        for (MemoPrintout.Document d : memo.documents()) {
            lines.add(Text.item(++n + ".", document(d)));
        }
        if (memo.documents().isEmpty()) {
            lines.add(Text.left(words.get("paper.memo.unknown"), BODY));
        }
        lines.add(new PrintedLine.Space(3));

        lines.add(Text.left(words.get("paper.memo.fees"), HEADING));
        for (MemoPrintout.FeeLine f : memo.fees()) {
            lines.add(Text.item("–", f.label() + ": " + amount(f)));
        }
        if (memo.fees().isEmpty()) {
            lines.add(Text.left(words.get("paper.memo.unknown"), BODY));
        }
        lines.add(new PrintedLine.Space(3));

        lines.add(Text.left(words.get("paper.memo.time"), HEADING));
        lines.add(Text.left(time(memo), BODY));
        lines.add(new PrintedLine.Rule());

        if (memo.onlineLink() != null) {
            lines.add(Text.centred(words.get("paper.memo.online"), BODY));
            lines.add(new PrintedLine.Space(2));
            lines.add(new PrintedLine.Qr(memo.onlineLink()));
            lines.add(Text.centred(memo.onlineLink(), SMALL));
            lines.add(new PrintedLine.Space(3));
        }
        lines.add(Text.centred(words.get("paper.memo.advice"), SMALL));
        lines.add(Text.centred(words.get("paper.memo.printed", PaperWords.time(memo.printedAt())), SMALL));
        return lines;
    }

    /** The memo as a grey image exactly {@code width().dots()} wide. */
    public BufferedImage render(MemoPrintout memo) {
        return Paper.draw(width, lines(memo));
    }

    /** "Tờ khai (1 bản chính, 1 bản sao; xuất trình)". */
    private String document(MemoPrintout.Document d) {
        List<String> parts = new ArrayList<>();
        if (d.originals() != null && d.originals() > 0) {
            parts.add(words.get("paper.memo.originals", d.originals()));
        }
        if (d.copies() != null && d.copies() > 0) {
            parts.add(words.get("paper.memo.copies", d.copies()));
        }
        String counts = String.join(", ", parts);
        String extra = d.note() == null ? counts : counts.isEmpty() ? d.note() : counts + "; " + d.note();
        return extra.isEmpty() ? d.name() : d.name() + " (" + extra + ")";
    }

    /** "2.000 đồng/bản", "Miễn phí", or "Chưa có thông tin"; never 0 for an amount that is not known. */
    private String amount(MemoPrintout.FeeLine fee) {
        if (fee.amount() == null) {
            return words.get("paper.memo.unknown");
        }
        if (fee.amount().isFree()) {
            return words.get("paper.memo.free");
        }
        String unit = fee.unit();
        if (unit == null || unit.equals("đồng")) {
            return fee.amount().toString();
        }
        return unit.startsWith("đồng") ? fee.amount().digits() + " " + unit : fee.amount() + " (" + unit + ")";
    }

    private String time(MemoPrintout m) {
        if (m.processingTime() != null) {
            return m.processingTime();
        }
        if (m.processingDays() == null) {
            return words.get("paper.memo.unknown");
        }
        return m.processingDays() == 0 ? words.get("paper.memo.sameDay") : words.get("paper.memo.days", m.processingDays());
    }
}
