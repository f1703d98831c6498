package org.motcua.kiosk.printing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.motcua.kiosk.base.Money;

/**
 * A procedure memo (phiếu hướng dẫn) as printed for a citizen who wants the procedure on paper. Plain values: the
 * catalogue fills it in, printing knows nothing of the catalogue.
 *
 * @param procedureName the procedure's name as published
 * @param procedureCode its national code, or null when it has none yet
 * @param documents what to bring
 * @param fees its fees and charges; an amount of null means not known (printed "Chưa có thông tin", never 0)
 * @param processingTime the processing time in words, or null
 * @param processingDays working days (0 = same day), or null when not verified
 * @param officeName the office that prints it
 * @param printedAt when it is printed; printed in Vietnam's time
 * @param onlineLink the procedure's page on the public-service portal, carried by a QR code; null prints no QR
 */
public record MemoPrintout(String procedureName, String procedureCode, List<Document> documents, List<FeeLine> fees,
                           String processingTime, Integer processingDays, String officeName, Instant printedAt,
                           String onlineLink) {

    /** One document: its name, how many originals and copies, and a note such as "xuất trình". */
    public record Document(String name, Integer originals, Integer copies, String note) {
        public Document {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("A memo document has no name");
            }
        }
    }

    /** One fee: label, amount in đồng (null = not known), unit such as "đồng/bản" (may be null). */
    public record FeeLine(String label, Money amount, String unit) {
        public FeeLine {
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException("A memo fee has no label");
            }
        }
    }

    public MemoPrintout {
        if (procedureName == null || procedureName.isBlank()) {
            throw new IllegalArgumentException("The memo's procedure has no name");
        }
        Objects.requireNonNull(printedAt, "printedAt");
        if (officeName == null || officeName.isBlank()) {
            throw new IllegalArgumentException("The memo's office name is empty");
        }
        documents = List.copyOf(documents);
        fees = List.copyOf(fees);
        officeName = officeName.strip();
        onlineLink = onlineLink == null || onlineLink.isBlank() ? null : onlineLink.strip();
        if (onlineLink != null && !onlineLink.startsWith("https://") && !onlineLink.startsWith("http://")) {
            throw new IllegalArgumentException("The online link must be http(s): " + onlineLink);
        }
    }
}
