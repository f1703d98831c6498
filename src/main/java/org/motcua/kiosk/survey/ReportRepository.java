package org.motcua.kiosk.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The report's SQL, plain enough for Derby and PostgreSQL alike (the hub's reports across offices run it on PostgreSQL,
 * optionally of one office): no date functions (a TIMESTAMP column's calendar
 * day depends on the zone the driver stored it in, so days, weeks and months are bucketed in Java), GROUP BY on
 * plain columns.
 */
@Repository
class ReportRepository {

    /** One group of counted ratings: a cut's value (null where the rating has none), scale, level, how many. */
    record LevelCount(String value, int scaleSize, int level, boolean dissatisfied, int count) {
    }

    /** One counted rating, for the cuts by time. */
    record TimedLevel(Instant at, int scaleSize, int level, boolean dissatisfied) {
    }

    /** Columns a report may be cut by; never user input. OFFICE is the hub's column only (V8_1). */
    enum Column {
        OFFICE("office_code"), COUNTER("counter_num"), OFFICER("officer"), SERVICE("service_id"), FIELD("field"), NONE(null);

        final String sql;

        Column(String sql) {
            this.sql = sql;
        }
    }

    private static final String LINE_COLUMNS = """
            recorded_at, channel, scale_size, level, reasons, comment_text, ticket_display, ticket_id, dossier_code,
            service_id, counter_num, officer, flag""";

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LevelCount> countedByLevel(Instant from, Instant to, String office, Column column) {
        return countedByLevel(from, to, office, column, false).stream().map(OfficeLevelCount::count).toList();
    }

    /**
     * The same with the office each group's ratings came from, for the hub's cuts by an office's counter or officer
     * (office_code is the hub's column only, V8_1); of all offices or of one. Read from the indexes V8_3 adds alone.
     */
    List<OfficeLevelCount> countedByOfficeAndLevel(Instant from, Instant to, String office, Column column) {
        return countedByLevel(from, to, office, column, true);
    }

    /** One group of counted ratings of one office: its code (null where the rating has none) and the group. */
    record OfficeLevelCount(String office, LevelCount count) {
    }

    private List<OfficeLevelCount> countedByLevel(Instant from, Instant to, String office, Column column,
                                                  boolean withOffice) {
        String value = (withOffice ? "office_code, " : "") + (column.sql == null ? "" : column.sql + ", ");
        int first = (withOffice ? 1 : 0) + (column.sql == null ? 0 : 1);
        return jdbc.sql("SELECT " + value + "scale_size, level, dissatisfied, COUNT(*) FROM rating"
                        + " WHERE recorded_at >= ? AND recorded_at < ? AND counted = ?" + ofOffice(office)
                        + " GROUP BY " + value + "scale_size, level, dissatisfied")
                .params(params(office, ts(from), ts(to), true))
                .query((rs, i) -> new OfficeLevelCount(withOffice ? rs.getString(1) : null,
                        new LevelCount(column.sql == null ? null : rs.getString(first), rs.getInt(first + 1),
                                rs.getInt(first + 2), rs.getBoolean(first + 3), rs.getInt(first + 4))))
                .list();
    }

    /** Streams the counted ratings of a period, for bucketing by day, week or month. */
    void countedInTime(Instant from, Instant to, String office, Consumer<TimedLevel> each) {
        jdbc.sql("SELECT recorded_at, scale_size, level, dissatisfied FROM rating"
                        + " WHERE recorded_at >= ? AND recorded_at < ? AND counted = ?" + ofOffice(office))
                .params(params(office, ts(from), ts(to), true))
                .query((RowCallbackHandler) rs -> each.accept(new TimedLevel(rs.getTimestamp(1).toInstant(),
                        rs.getInt(2), rs.getInt(3), rs.getBoolean(4))));
    }

    /** The counted ratings that were "không hài lòng" (or worse), oldest first. */
    List<Line> dissatisfied(Instant from, Instant to, String office) {
        return jdbc.sql("SELECT " + LINE_COLUMNS + " FROM rating WHERE recorded_at >= ? AND recorded_at < ?"
                        + " AND counted = ? AND dissatisfied = ?" + ofOffice(office) + " ORDER BY recorded_at")
                .params(params(office, ts(from), ts(to), true, true))
                .query(ReportRepository::line).list();
    }

    int flaggedCount(Instant from, Instant to, String office) {
        return jdbc.sql("SELECT COUNT(*) FROM rating WHERE recorded_at >= ? AND recorded_at < ? AND counted = ?"
                        + ofOffice(office))
                .params(params(office, ts(from), ts(to), false)).query(Integer.class).single();
    }

    /** The newest flagged presses first, at most {@code limit}. */
    List<Line> flagged(Instant from, Instant to, String office, int limit) {
        return jdbc.sql("SELECT " + LINE_COLUMNS + " FROM rating WHERE recorded_at >= ? AND recorded_at < ?"
                        + " AND counted = ?" + ofOffice(office) + " ORDER BY recorded_at DESC FETCH FIRST " + limit
                        + " ROWS ONLY")
                .params(params(office, ts(from), ts(to), false))
                .query(ReportRepository::line).list();
    }

    /** A rating row as read; the level's key is resolved by the caller, who knows the wording. */
    record Line(Instant at, String channel, int scaleSize, int level, List<String> reasons, String comment,
                String ticketDisplay, String ticketId, String dossierCode, String serviceId, Integer counter,
                String officer, String flag) {
    }

    private static Line line(ResultSet rs, int row) throws SQLException {
        String reasons = rs.getString(5);
        return new Line(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getInt(3), rs.getInt(4),
                reasons == null || reasons.isBlank() ? List.of() : Arrays.asList(reasons.split(",")),
                rs.getString(6), rs.getString(7), trim(rs.getString(8)), rs.getString(9), rs.getString(10),
                (Integer) rs.getObject(11), rs.getString(12), rs.getString(13));
    }

    /**
     * The condition on the office a rating came from, when one is asked for: {@code office_code} is a column of the
     * hub's database only (its migration V8_1), so a kiosk (office null) never names it.
     */
    private static String ofOffice(String office) {
        return office == null ? "" : " AND office_code = ?";
    }

    private static List<Object> params(String office, Object... values) {
        List<Object> all = new java.util.ArrayList<>(Arrays.asList(values));
        if (office != null) {
            all.add(office);
        }
        return all;
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }
}
