package org.motcua.kiosk.survey;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import org.motcua.kiosk.base.TimeConfiguration;
import org.motcua.kiosk.queue.Counter;
import org.motcua.kiosk.queue.QueueService;
import org.motcua.kiosk.queue.QueueStatistics;
import org.motcua.kiosk.queue.ServiceType;
import org.motcua.kiosk.queue.TicketSummary;
import org.motcua.kiosk.survey.ReportRepository.Column;
import org.motcua.kiosk.survey.ReportRepository.LevelCount;

/**
 * The reports an office gives on satisfaction (Decision 766's rate, the share of each level, the "không hài lòng"
 * with their reasons, the flagged presses) and on its queue (tickets, waiting and service time, no-shows), for a
 * period and a cut. See {@link SatisfactionRow} for what "rated" means and what the kiosk cannot know. On the hub the
 * same reports run over every office's records, of one office ({@link #ofOffice}) or compared office by office
 * ({@link ReportCut#OFFICE}, named by the hub's {@link OfficeNames}).
 */
@Service
public class SatisfactionReport {

    /** Flagged presses listed at most; their count is always complete. */
    public static final int FLAGGED_LISTED = 1_000;

    /** Office names sort as Vietnamese does (Đ after D, tones after the bare letter), as the catalogue's do. */
    private static final Collator VI = Collator.getInstance(java.util.Locale.forLanguageTag("vi"));

    private final ReportRepository repository;
    private final QueueService queue;
    private final SurveyProperties properties;
    /** The hub's offices; none on a kiosk, whose database is one office (no office column, no cut by office). */
    private final java.util.function.Supplier<OfficeNames> offices;
    /** Null: everything in the database (a kiosk's own office); else the hub's records of that office only. */
    private final String office;

    @org.springframework.beans.factory.annotation.Autowired
    SatisfactionReport(ReportRepository repository, QueueService queue, SurveyProperties properties,
                       ObjectProvider<OfficeNames> offices) {
        this(repository, queue, properties, offices::getIfAvailable, null);
    }

    /** A kiosk's reports: one office's records, no cut by office. */
    SatisfactionReport(ReportRepository repository, QueueService queue, SurveyProperties properties) {
        this(repository, queue, properties, () -> null, null);
    }

    private SatisfactionReport(ReportRepository repository, QueueService queue, SurveyProperties properties,
                               java.util.function.Supplier<OfficeNames> offices, String office) {
        this.repository = repository;
        this.queue = queue;
        this.properties = properties;
        this.offices = offices;
        this.office = office;
    }

    /**
     * The same reports over the records of one office only: on the hub, where every rating and ticket carries the
     * office its kiosk belongs to. Null for all offices. A kiosk's database has no office column: never on a kiosk.
     */
    public SatisfactionReport ofOffice(String officeCode) {
        return new SatisfactionReport(repository, queue, properties, offices, officeCode);
    }

    /** Whether the records are several offices' (the hub's), so that they can be compared office by office. */
    public boolean comparesOffices() {
        return offices.get() != null;
    }

    /**
     * The cuts these reports offer: all of them on the hub; on a kiosk all but {@link ReportCut#OFFICE} (asked for
     * anyway, a kiosk's cut by office is one row, key "", of all its records: its database is its own office's).
     */
    public List<ReportCut> cuts() {
        boolean hub = comparesOffices();
        return java.util.Arrays.stream(ReportCut.values()).filter(c -> hub || c != ReportCut.OFFICE).toList();
    }

    /**
     * Counted ratings cut one way, in the cut's order (time, counter number, name, level best first). On the hub the
     * cuts by counter and by officer are an office's counter or officer ({@link SatisfactionRow#office()}): counter 1
     * and a user name recur in every office, so they are never merged across offices; the rows go by office name,
     * then as on a kiosk.
     */
    public List<SatisfactionRow> satisfaction(ReportPeriod period, ReportCut cut) {
        Map<Slice, Tally> tallies = new HashMap<>();
        if (cut.byTime()) {
            repository.countedInTime(period.start(), period.end(), office, r -> tallies
                    .computeIfAbsent(new Slice(null, cut.timeKey(LocalDate.ofInstant(r.at(), TimeConfiguration.VIETNAM))),
                            k -> new Tally())
                    .add(levelKey(r.scaleSize(), r.level()), r.dissatisfied(), 1));
        } else {
            Column column = switch (cut) {
                // office_code is the hub's column only (V8_1): a kiosk's records are all of one office
                case OFFICE -> comparesOffices() ? Column.OFFICE : Column.NONE;
                case COUNTER -> Column.COUNTER;
                case OFFICER -> Column.OFFICER;
                // Services (and so their fields) are the province's one list, with the same ids in every office
                // (the hub publishes one catalogue to all kiosks): merged across offices on purpose, one row each.
                case SERVICE -> Column.SERVICE;
                case FIELD -> Column.FIELD;
                default -> Column.NONE;
            };
            if (perOffice(cut)) {
                for (ReportRepository.OfficeLevelCount c : repository.countedByOfficeAndLevel(period.start(),
                        period.end(), office, column)) {
                    add(tallies, cut, c.office(), c.count());
                }
            } else {
                for (LevelCount c : repository.countedByLevel(period.start(), period.end(), office, column)) {
                    add(tallies, cut, null, c);
                }
            }
        }
        Function<String, String> label = labels(cut);
        Function<String, String> officeName = officeNames();
        return tallies.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(slices(cut, label, officeName)))
                .map(e -> e.getValue().row(e.getKey().key(), label.apply(e.getKey().key()),
                        e.getKey().office() == null ? null : officeName.apply(e.getKey().office())))
                .toList();
    }

    private void add(Map<Slice, Tally> tallies, ReportCut cut, String officeCode, LevelCount c) {
        String level = levelKey(c.scaleSize(), c.level());
        String key = cut == ReportCut.LEVEL ? level : strip(c.value());
        tallies.computeIfAbsent(new Slice(officeCode == null ? null : strip(officeCode), key), k -> new Tally())
                .add(level, c.dissatisfied(), c.count());
    }

    /** All counted ratings of the period: the office's rate. */
    public SatisfactionRow total(ReportPeriod period) {
        Tally t = new Tally();
        for (LevelCount c : repository.countedByLevel(period.start(), period.end(), office, Column.NONE)) {
            t.add(levelKey(c.scaleSize(), c.level()), c.dissatisfied(), c.count());
        }
        return t.row("", null, null);
    }

    /** The counted "không hài lòng" (or worse) ratings, oldest first, with reasons, comment, ticket and dossier. */
    public List<RatedLine> dissatisfied(ReportPeriod period) {
        return repository.dissatisfied(period.start(), period.end(), office).stream().map(this::line).toList();
    }

    public int flaggedCount(ReportPeriod period) {
        return repository.flaggedCount(period.start(), period.end(), office);
    }

    /** The newest {@link #FLAGGED_LISTED} flagged presses (outside a window, or a second rating), newest first. */
    public List<RatedLine> flagged(ReportPeriod period) {
        return repository.flagged(period.start(), period.end(), office, FLAGGED_LISTED).stream().map(this::line).toList();
    }

    /**
     * The queue's figures cut one way. A ticket belongs to the day (week, month) it was issued, to its service when
     * issued, and to the counter and officer that served it last (a ticket never called has none, key ""). Waiting
     * is from issue to first call, service from "start" (or the last call) to "finish", as {@link QueueStatistics}
     * measures them. Read from the tickets' summaries ({@link TicketSummary}, kept with the events): a ticket counts
     * whole in the period it was issued in (a ticket lives one day, so this differs from cutting its events only
     * for one still open at midnight).
     */
    public List<QueueFigureRow> queue(ReportPeriod period, ReportCut cut) {
        if (!cut.appliesToQueue()) {
            throw new IllegalArgumentException("the queue has no " + cut + " cut");
        }
        // One summary per ticket (kept with its events, see TicketSummary), read from an index alone; days are few,
        // so a time cut keys each day once.
        Map<Slice, TicketSummary.Tally> slices = new HashMap<>();
        Map<LocalDate, String> dayKeys = new HashMap<>();
        Function<TicketSummary.Line, String> keyOf = t -> switch (cut) {
            case DAY, WEEK, MONTH -> dayKeys.computeIfAbsent(t.day(), cut::timeKey);
            case COUNTER -> t.counter() == null ? "" : t.counter().toString();
            case OFFICER -> t.officer() == null ? "" : t.officer();
            // One province-wide list of services (same ids in every office): merged across offices on purpose.
            case SERVICE -> t.serviceId();
            case OFFICE -> "";
            default -> throw new IllegalArgumentException(cut.name());
        };
        if (cut == ReportCut.OFFICE && comparesOffices()) {
            // The hub's summaries carry their office (V8_1), read with it from the index V8_2 adds.
            queue.summariesWithOffice(period.start(), period.end(), office, (code, t) -> slices
                    .computeIfAbsent(new Slice(null, strip(code)), k -> new TicketSummary.Tally()).add(t));
        } else if (perOffice(cut)) {
            // An office's counter or officer: the same index serves it (last_counter and last_officer are in it).
            queue.summariesWithOffice(period.start(), period.end(), office, (code, t) -> slices
                    .computeIfAbsent(new Slice(strip(code), keyOf.apply(t)), k -> new TicketSummary.Tally()).add(t));
        } else {
            java.util.function.Consumer<TicketSummary.Line> each = t -> slices
                    .computeIfAbsent(new Slice(null, keyOf.apply(t)), k -> new TicketSummary.Tally()).add(t);
            if (office == null) {
                queue.summaries(period.start(), period.end(), each);
            } else {
                queue.summaries(period.start(), period.end(), office, each);
            }
        }
        Function<String, String> label = labels(cut);
        Function<String, String> officeName = officeNames();
        return slices.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(slices(cut, label, officeName)))
                .map(e -> figures(e.getKey().key(), label.apply(e.getKey().key()),
                        e.getKey().office() == null ? null : officeName.apply(e.getKey().office()), e.getValue()))
                .toList();
    }

    // ------------------------------------------------------------------ helpers

    private String levelKey(int scaleSize, int level) {
        List<String> keys = new RatingScale(scaleSize, properties.scale().chuaWording()).levelKeys();
        return level >= 1 && level <= keys.size() ? keys.get(level - 1) : "L" + level;
    }

    private RatedLine line(ReportRepository.Line l) {
        return new RatedLine(l.at(), l.channel(), levelKey(l.scaleSize(), l.level()), l.reasons(), l.comment(),
                l.ticketDisplay(), l.ticketId(), l.dossierCode(), l.serviceId(), l.counter(), l.officer(), l.flag());
    }

    /**
     * Whether a cut's slices are an office's: on the hub, by counter and by officer (counter 1 and a user name recur
     * in every office, and mean a different desk and person in each). Never on a kiosk, whose records have no office.
     */
    private boolean perOffice(ReportCut cut) {
        return (cut == ReportCut.COUNTER || cut == ReportCut.OFFICER) && comparesOffices();
    }

    /** An office's name by code, as shown: its code where the hub has no name for it, "" for records of no office. */
    private Function<String, String> officeNames() {
        OfficeNames known = offices.get();
        Map<String, String> names = known == null ? Map.of() : known.names();
        return code -> code.isEmpty() ? "" : names.getOrDefault(code, code);
    }

    private Function<String, String> labels(ReportCut cut) {
        return switch (cut) {
            // On the hub the counters are the kiosks' (the hub's own counter list, if any, names none of them).
            case COUNTER -> perOffice(cut) ? key -> null : counterNames();
            case SERVICE -> {
                Map<String, String> names = new HashMap<>();
                for (ServiceType s : queue.services()) {
                    names.put(s.id(), s.prefix() + " · " + s.name());
                }
                yield key -> names.get(key);
            }
            case OFFICE -> {
                OfficeNames known = offices.get();
                Map<String, String> names = known == null ? Map.of() : known.names();
                yield key -> names.get(key);
            }
            default -> key -> null;
        };
    }

    private Function<String, String> counterNames() {
        Map<String, String> names = new HashMap<>();
        for (Counter c : queue.counters()) {
            names.put(Integer.toString(c.number()), c.number() + " · " + c.name());
        }
        return names::get;
    }

    /**
     * The order of a cut's slices: an office's (the hub's counters and officers) by the office's name in Vietnamese
     * order, its code, the records of no office last; then the cut's own order.
     */
    private static Comparator<Slice> slices(ReportCut cut, Function<String, String> label,
                                            Function<String, String> officeName) {
        Comparator<Slice> own = order(cut, Slice::key, s -> label.apply(s.key()));
        return Comparator.<Slice, Boolean>comparing(s -> s.office() != null && s.office().isEmpty())
                .thenComparing(s -> s.office() == null ? "" : officeName.apply(s.office()), VI)
                .thenComparing(s -> s.office() == null ? "" : s.office())
                .thenComparing(own);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static <T> Comparator<T> order(ReportCut cut, Function<T, String> key, Function<T, String> label) {
        return switch (cut) {
            // By name (the code where an office has none), Vietnamese order; the records of no office last.
            case OFFICE -> Comparator.<T, Boolean>comparing(r -> key.apply(r).isEmpty())
                    .thenComparing(r -> label.apply(r) == null ? key.apply(r) : label.apply(r), VI)
                    .thenComparing(key);
            case COUNTER -> Comparator.comparing(key, Comparator.comparingInt(SatisfactionReport::number));
            case LEVEL -> Comparator.comparing(key, Comparator.comparingInt(SatisfactionRow.LEVEL_ORDER::indexOf));
            default -> Comparator.comparing(key);
        };
    }

    private static int number(String key) {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static QueueFigureRow figures(String key, String label, String office, TicketSummary.Tally f) {
        long[] waits = f.sortedWaits();
        Double p90 = waits.length == 0 ? null
                : waits[(int) Math.ceil(0.9 * waits.length) - 1] / 60_000.0;
        return new QueueFigureRow(key, label, f.issued(), f.finished(), f.noShows(), waits.length,
                f.averageWaitMinutes().isPresent() ? f.averageWaitMinutes().getAsDouble() : null, p90,
                f.averageServiceMinutes().isPresent() ? f.averageServiceMinutes().getAsDouble() : null, office);
    }

    /** Counted ratings of one slice, added up. */
    private static final class Tally {
        private final Map<String, Integer> levels = new TreeMap<>();
        private int rated;
        private int dissatisfied;

        void add(String level, boolean isDissatisfied, int count) {
            levels.merge(level, count, Integer::sum);
            rated += count;
            if (isDissatisfied) {
                dissatisfied += count;
            }
        }

        SatisfactionRow row(String key, String label, String office) {
            return new SatisfactionRow(key, label, rated, dissatisfied, levels, office);
        }
    }

    /**
     * One slice of a cut: its key, and on the hub's cuts by counter and by officer the code of the office it is of
     * ("" for records of no office); null elsewhere.
     */
    private record Slice(String office, String key) {
    }
}
