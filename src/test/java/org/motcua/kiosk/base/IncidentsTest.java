package org.motcua.kiosk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** Faults told apart by their cause, as the back office names them; the list kept short, newest first. */
class IncidentsTest {

    @Test
    void aFaultIsNamedByItsCauseHoweverDeepItLies() {
        assertThat(Incidents.kindOf(new DataAccessResourceFailureException("x",
                new SQLException("No current connection.", "08003")))).isEqualTo(Incidents.Kind.DATABASE_DOWN);
        SQLException derbyFull = new SQLException("An exception was raised by the database", "XSDG1");
        derbyFull.setNextException(new SQLException("java.io.IOException: No space left on device", "XJ001"));
        assertThat(Incidents.kindOf(new RuntimeException(derbyFull))).isEqualTo(Incidents.Kind.DISK_FULL);
        assertThat(Incidents.kindOf(new UncheckedIOException(new IOException("No space left on device"))))
                .isEqualTo(Incidents.Kind.DISK_FULL);
        assertThat(Incidents.kindOf(new SQLException("Read from container failed", "XSDG0")))
                .isEqualTo(Incidents.Kind.DATABASE_DAMAGED);
        assertThat(Incidents.kindOf(new IllegalStateException("a bug"))).isEqualTo(Incidents.Kind.UNEXPECTED);
    }

    @Test
    void theLastTwentyAreKeptNewestFirstWithTheirPlaceAndCause() {
        Incidents incidents = new Incidents(Clock.fixed(Instant.parse("2026-12-03T02:00:00Z"), ZoneOffset.UTC));
        for (int i = 0; i < 25; i++) {
            incidents.record("/lay-so/" + i, new SQLException("No current connection.", "08003"));
        }
        assertThat(incidents.recent()).hasSize(Incidents.KEPT);
        assertThat(incidents.recent().getFirst().where()).isEqualTo("/lay-so/24");
        assertThat(incidents.recent().getFirst().summary())
                .isEqualTo("java.sql.SQLException: No current connection.");
    }
}
