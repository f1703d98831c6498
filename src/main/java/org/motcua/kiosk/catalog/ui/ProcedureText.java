package org.motcua.kiosk.catalog.ui;

import com.vaadin.flow.component.Component;

import org.motcua.kiosk.catalog.Fee;
import org.motcua.kiosk.catalog.Procedure;
import org.motcua.kiosk.catalog.SubmissionMethod;

/** How the catalogue's values read on screen: fees as "2.000 đồng", "Miễn phí" or "Chưa có thông tin". */
final class ProcedureText {

    private ProcedureText() {
    }

    /** "2.000 đồng/bản", "Miễn phí", or "Chưa có thông tin"; never 0 for an unknown amount. */
    static String amount(Component c, Fee fee) {
        if (!fee.isKnown()) {
            return c.getTranslation("fee.unknown");
        }
        if (fee.amount().isFree()) {
            return c.getTranslation("fee.free");
        }
        String unit = fee.unit();
        if (unit == null || unit.equals("đồng")) {
            return fee.amount().toString();
        }
        return unit.startsWith("đồng") ? fee.amount().digits() + " " + unit : fee.amount() + " (" + unit + ")";
    }

    /** The processing time in words: the published text if there is one, else from the number of days. */
    static String time(Component c, SubmissionMethod m) {
        if (m.processingTime() != null) {
            return m.processingTime();
        }
        if (m.processingDays() == null) {
            return c.getTranslation("detail.unknown");
        }
        return m.processingDays() == 0 ? c.getTranslation("detail.sameDay")
                : c.getTranslation("detail.days", m.processingDays());
    }

    /** Short time for lists: "Trong ngày", "3 ngày làm việc", or the published text when short. */
    static String shortTime(Component c, Procedure p) {
        SubmissionMethod m = p.mainMethod();
        if (m.processingDays() != null) {
            return m.processingDays() == 0 ? c.getTranslation("detail.sameDay")
                    : c.getTranslation("detail.days", m.processingDays());
        }
        if (m.processingTime() != null && m.processingTime().length() <= 40) {
            return m.processingTime();
        }
        return null;
    }

    static String level(Component c, String level) {
        String t = c.getTranslation("level." + level);
        return t.startsWith("!") ? level : t;
    }

    static String code(Component c, Procedure p) {
        return p.code().isProvisional() ? c.getTranslation("detail.provisional") : p.code().value();
    }

    static String summaryLine(Component c, Procedure p) {
        StringBuilder s = new StringBuilder(c.getTranslation("detail.code")).append(' ').append(code(c, p));
        String time = shortTime(c, p);
        if (time != null) {
            s.append(" · ").append(c.getTranslation("detail.time")).append(": ").append(time);
        }
        return s.toString();
    }
}
