package org.motcua.kiosk.queue;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a service issues tickets: sessions of a day ("07:30-11:30,13:30-17:00") on some days of the week
 * ("MON,TUE,WED,THU,FRI"; Saturday and Sunday as the office decides).
 */
public record OpeningHours(List<Session> sessions, Set<DayOfWeek> days) {

    public record Session(LocalTime from, LocalTime to) {
        public Session {
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("giờ mở phải trước giờ đóng: " + from + "-" + to
                        + " / opening must be before closing: " + from + "-" + to);
            }
        }

        @Override
        public String toString() {
            return from + "-" + to;
        }
    }

    public OpeningHours {
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("chưa có giờ làm việc / no opening hours");
        }
        sessions = List.copyOf(sessions);
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }

    /** Parses "07:30-11:30,13:30-17:00" and "MON,TUE,WED,THU,FRI". */
    public static OpeningHours parse(String hours, String days) {
        List<Session> sessions = new ArrayList<>();
        try {
            for (String part : hours.split(",")) {
                String[] fromTo = part.strip().split("-");
                if (fromTo.length != 2) {
                    throw new IllegalArgumentException("giờ làm việc không hợp lệ: \"" + part.strip()
                            + "\" (dạng 07:30-11:30) / invalid hours: \"" + part.strip() + "\" (like 07:30-11:30)");
                }
                sessions.add(new Session(LocalTime.parse(fromTo[0].strip()), LocalTime.parse(fromTo[1].strip())));
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("giờ không hợp lệ: \"" + hours + "\" / invalid time: \"" + hours + "\"");
        }
        Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        for (String d : days.split(",")) {
            if (!d.isBlank()) {
                set.add(day(d.strip()));
            }
        }
        return new OpeningHours(sessions, set);
    }

    public boolean isOpen(LocalDateTime at) {
        if (!days.contains(at.getDayOfWeek())) {
            return false;
        }
        LocalTime t = at.toLocalTime();
        return sessions.stream().anyMatch(s -> !t.isBefore(s.from()) && t.isBefore(s.to()));
    }

    public boolean isOpenOn(DayOfWeek day) {
        return days.contains(day);
    }

    public String hoursText() {
        return sessions.stream().map(Session::toString).collect(Collectors.joining(", "));
    }

    public String daysText() {
        return days.stream().sorted().map(d -> d.name().substring(0, 3)).collect(Collectors.joining(","));
    }

    private static DayOfWeek day(String s) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(s.toUpperCase(Locale.ROOT)) && s.length() >= 2) {
                return d;
            }
        }
        throw new IllegalArgumentException("ngày không hợp lệ: \"" + s + "\" (MON..SUN) / invalid day: \"" + s + "\"");
    }
}
