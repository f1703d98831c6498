package org.motcua.kiosk.survey;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The counted ratings of one slice of a report (a day, a counter, a level...).
 *
 * <p><b>"Rated" here</b> is the number of <em>counted</em> ratings: one per ticket and per dossier (the database keeps
 * a second one flagged, never counted), given in a rating window (flagged presses outside it are not counted either).
 * It stands for Decision 766's "tổng số hồ sơ" as far as the kiosk can see: each counted rating is one served ticket
 * or dossier whose citizen answered. Decision 766's rate also subtracts dossiers with a complaint (phản ánh, kiến
 * nghị) or that went overdue (quá hạn); the kiosk holds neither, so {@link #satisfactionRate()} is an upper bound of
 * the official figure, which the one-stop system computes with those terms.
 *
 * @param key the slice: "2026-11-18", "2026-W47", "2026-11", a counter number, an officer's user name, a service
 *            id, a field, a level key; "" where the rating has no such value (a press with no ticket has no service)
 * @param label what to show for the key (the counter's or service's name), or null where the key says it
 * @param levels counted ratings per level key ({@code RAT_HAI_LONG}..., see {@link #LEVEL_ORDER})
 * @param office on the hub's cuts by counter and by officer, the name of the office the slice is of (its code where
 *               the hub has no name for it, "" for records of no office): counter 1 and a user name recur in every
 *               office, so the slice is that office's counter or officer, and the key alone does not tell it. Null
 *               everywhere else (a kiosk's reports, and the hub's other cuts)
 */
public record SatisfactionRow(String key, String label, int rated, int dissatisfied, Map<String, Integer> levels,
                              String office) {

    /** Every level key of every scale, best first: the columns of a report. */
    public static final List<String> LEVEL_ORDER = List.of("RAT_HAI_LONG", "HAI_LONG", "BINH_THUONG",
            "KHONG_HAI_LONG", "CHUA_HAI_LONG", "RAT_KHONG_HAI_LONG");

    public SatisfactionRow {
        levels = Map.copyOf(levels);
    }

    /** A slice that is not one office's: every cut of a kiosk, and the hub's cuts but by counter and by officer. */
    public SatisfactionRow(String key, String label, int rated, int dissatisfied, Map<String, Integer> levels) {
        this(key, label, rated, dissatisfied, levels, null);
    }

    /**
     * Decision 766: (rated − rated "không hài lòng" or worse) / rated × 100%; empty when nothing was rated.
     */
    public OptionalDouble satisfactionRate() {
        return rated == 0 ? OptionalDouble.empty() : OptionalDouble.of((rated - dissatisfied) * 100.0 / rated);
    }

    /** The share of a level among the counted ratings, in percent (0 when nothing was rated). */
    public double share(String levelKey) {
        return rated == 0 ? 0 : levels.getOrDefault(levelKey, 0) * 100.0 / rated;
    }

    /** What to show: the label, else the key. */
    public String shown() {
        return label != null ? label : key;
    }
}
