package org.motcua.kiosk.catalog.ui;

import java.time.Instant;

import org.motcua.kiosk.catalog.Procedure;
import org.motcua.kiosk.catalog.SubmissionMethod;
import org.motcua.kiosk.printing.MemoPrintout;

/** A procedure as its paper guidance slip needs it: what to bring, what it costs, how long it takes. */
final class ProcedureMemo {

    private ProcedureMemo() {
    }

    static MemoPrintout of(Procedure p, String officeName, Instant printedAt, String onlineLink) {
        SubmissionMethod main = p.mainMethod();
        return new MemoPrintout(p.name(), p.code().isProvisional() ? null : p.code().value(),
                p.documents().stream()
                        .map(d -> new MemoPrintout.Document(d.name(), d.originals(), d.copies(), d.note())).toList(),
                p.fees().stream().map(f -> new MemoPrintout.FeeLine(f.label(), f.amount(), f.unit())).toList(),
                main.processingTime(), main.processingDays(), officeName, printedAt, onlineLink);
    }
}
