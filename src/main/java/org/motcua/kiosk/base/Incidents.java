package org.motcua.kiosk.base;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What failed beneath a screen, kept for the back office in words a person can act on (the last {@value #KEPT}),
 * and written to the log: with its stack trace the first time a kind of fault is seen in a while, in one line after
 * (a full disk fails every request; the log must not fill what is left of it).
 */
@Component
public class Incidents {

    static final int KEPT = 20;
    private static final Duration TRACE_EVERY = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(Incidents.class);

    /** Why something failed, as its cause is known. */
    public enum Kind {
        /** The disk (the data partition) is full. */
        DISK_FULL,
        /** The database does not answer: stopped, or could not go on. */
        DATABASE_DOWN,
        /** The database's files could not be read or written: damaged, or the card failing. */
        DATABASE_DAMAGED,
        /** Anything else: a fault of the software. */
        UNEXPECTED
    }

    /**
     * One fault.
     *
     * @param where the page's address, or what was running
     * @param summary the exception's class and message, one line, for whoever fixes it
     */
    public record Incident(Instant at, Kind kind, String where, String summary) {
    }

    private final Clock clock;
    private final Deque<Incident> last = new ArrayDeque<>();
    private final Map<Kind, Instant> traced = new HashMap<>();

    Incidents(Clock clock) {
        this.clock = clock;
    }

    /** Records what failed and says why it did. */
    public Kind record(String where, Throwable failure) {
        Kind kind = kindOf(failure);
        Instant now = clock.instant();
        String summary = summary(failure);
        boolean trace;
        synchronized (this) {
            last.addFirst(new Incident(now, kind, where, summary));
            while (last.size() > KEPT) {
                last.removeLast();
            }
            Instant before = traced.get(kind);
            trace = before == null || !now.isBefore(before.plus(TRACE_EVERY)) || now.isBefore(before);
            if (trace) {
                traced.put(kind, now);
            }
        }
        if (trace) {
            log.error("{} at {}: {}", kind, where, summary, failure);
        } else {
            log.error("{} at {}: {} (stack trace logged within the last {} min)", kind, where, summary,
                    TRACE_EVERY.toMinutes());
        }
        return kind;
    }

    /** The faults recorded, newest first. */
    public synchronized List<Incident> recent() {
        return List.copyOf(last);
    }

    /** Why {@code failure} happened, from the chain of its causes. */
    public static Kind kindOf(Throwable failure) {
        Kind found = Kind.UNEXPECTED;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("no space left on device") || message.contains("disk full")) {
                return Kind.DISK_FULL;
            }
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    String state = e.getSQLState() == null ? "" : e.getSQLState();
                    String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
                    if (text.contains("no space left on device")) {
                        return Kind.DISK_FULL;
                    }
                    // Derby: XSDB/XSDG data and log pages, XSLA/XSLB the transaction log, XSDF file errors
                    if (state.startsWith("XSDB") || state.startsWith("XSDG") || state.startsWith("XSLA")
                            || state.startsWith("XSLB") || state.startsWith("XSDF") || state.equals("XJ041")) {
                        found = Kind.DATABASE_DAMAGED;
                    } else if (found == Kind.UNEXPECTED && (state.startsWith("08") || state.equals("XJ040")
                            || state.equals("XJ004") || state.equals("XJ015"))) {
                        found = Kind.DATABASE_DOWN;
                    }
                }
            } else if (t instanceof IOException && found == Kind.UNEXPECTED
                    && message.contains("read-only file system")) {
                found = Kind.DATABASE_DAMAGED;
            }
        }
        return found;
    }

    private static String summary(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getName() + ": " + root.getMessage();
        if (root != failure) {
            text = failure.getClass().getSimpleName() + " ← " + text;
        }
        text = text.replaceAll("\\s+", " ");
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
