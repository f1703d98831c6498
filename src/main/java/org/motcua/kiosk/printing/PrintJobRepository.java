package org.motcua.kiosk.printing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The print_job table; each call is its own statement (autocommit). */
@Repository
class PrintJobRepository {

    private static final String SUMMARY = """
            SELECT id, kind, reference, job_state, attempts, last_error, created_at, printed_at, LENGTH(escpos)
            FROM print_job""";

    private final JdbcClient jdbc;

    PrintJobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(PrintJob job, Instant at) {
        jdbc.sql("""
                INSERT INTO print_job (id, kind, reference, job_state, attempts, created_at, escpos)
                VALUES (?, ?, ?, ?, 0, ?, ?)""")
                .params(job.id().toString(), job.kind(), job.reference(), PrintJobState.QUEUED.name(),
                        Timestamp.from(at), job.escpos())
                .update();
    }

    Optional<PrintJobSummary> find(UUID id) {
        return jdbc.sql(SUMMARY + " WHERE id = ?").param(id.toString()).query((rs, i) -> summary(rs)).optional();
    }

    Optional<byte[]> bytes(UUID id) {
        return jdbc.sql("SELECT escpos FROM print_job WHERE id = ?").param(id.toString())
                .query((rs, i) -> rs.getBytes(1)).optional();
    }

    /** Jobs that did not print (waiting, failed, queued), newest first. */
    List<PrintJobSummary> notPrinted() {
        return jdbc.sql(SUMMARY + " WHERE job_state <> ? ORDER BY created_at DESC")
                .param(PrintJobState.PRINTED.name()).query((rs, i) -> summary(rs)).list();
    }

    void queued(UUID id) {
        jdbc.sql("UPDATE print_job SET job_state = ? WHERE id = ?")
                .params(PrintJobState.QUEUED.name(), id.toString()).update();
    }

    /** A try begins: counted before the bytes go, so a crash mid-write still shows it was tried. */
    void attempt(UUID id) {
        jdbc.sql("UPDATE print_job SET attempts = attempts + 1 WHERE id = ?").param(id.toString()).update();
    }

    void printed(UUID id, Instant at) {
        jdbc.sql("UPDATE print_job SET job_state = ?, printed_at = ?, last_error = NULL WHERE id = ?")
                .params(PrintJobState.PRINTED.name(), Timestamp.from(at), id.toString()).update();
    }

    void notPrinted(UUID id, PrintJobState state, String reason) {
        jdbc.sql("UPDATE print_job SET job_state = ?, last_error = ? WHERE id = ?")
                .params(state.name(), shorten(reason), id.toString()).update();
    }

    /** Jobs left QUEUED by a previous run that stopped before printing them. */
    int failLeftOver(String reason) {
        return jdbc.sql("UPDATE print_job SET job_state = ?, last_error = ? WHERE job_state = ?")
                .params(PrintJobState.FAILED.name(), reason, PrintJobState.QUEUED.name()).update();
    }

    private static String shorten(String reason) {
        return reason == null || reason.length() <= 500 ? reason : reason.substring(0, 497) + "...";
    }

    private static PrintJobSummary summary(ResultSet rs) throws SQLException {
        Timestamp printed = rs.getTimestamp(8);
        return new PrintJobSummary(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3),
                PrintJobState.valueOf(rs.getString(4)), rs.getInt(5), rs.getString(6),
                rs.getTimestamp(7).toInstant(), printed == null ? null : printed.toInstant(), rs.getInt(9));
    }
}
