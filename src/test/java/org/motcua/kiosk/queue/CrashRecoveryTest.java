package org.motcua.kiosk.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.motcua.kiosk.Application;

/**
 * A power cut, as near as a test gets: the kiosk is killed (SIGKILL, no shutdown at all) while it issues and calls
 * numbers. After a restart on the same Derby files every ticket it had confirmed is there, no number was issued
 * twice, and numbering goes on where it stopped.
 */
class CrashRecoveryTest {

    @Test
    void killedWhileIssuingThenRestartedLosesNothingAndRepeatsNoNumber(@TempDir Path data) throws Exception {
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        Process kiosk = new ProcessBuilder(javaCommand, "-Xmx256m",
                "-Dderby.stream.error.field=org.motcua.kiosk.base.DerbyLog.DISCARD",
                "-cp", System.getProperty("java.class.path"), IssueUntilKilled.class.getName(), data.toString())
                .redirectErrorStream(true)
                .start();
        List<String> issued = new ArrayList<>();
        List<String> called = new ArrayList<>();
        // However it ends, the child process does not outlive the test.
        Thread watchdog = Thread.ofVirtual().start(() -> {
            try {
                if (!kiosk.waitFor(3, TimeUnit.MINUTES)) {
                    kiosk.destroyForcibly();
                }
            } catch (InterruptedException e) {
                kiosk.destroyForcibly();
            }
        });
        try (BufferedReader out = new BufferedReader(new InputStreamReader(kiosk.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && issued.size() < 120) {
                if (line.startsWith("ISSUED ")) {
                    issued.add(line.substring(7));
                } else if (line.startsWith("CALLED ")) {
                    called.add(line.substring(7));
                } else if (line.startsWith("FAILED ")) {
                    throw new AssertionError("the kiosk process failed before it was killed: " + line);
                }
            }
            kiosk.destroyForcibly();   // SIGKILL: mid-transaction, whatever it was doing
            assertThat(kiosk.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            kiosk.destroyForcibly();
            watchdog.interrupt();
        }
        assertThat(issued).as("tickets confirmed before the kill").hasSizeGreaterThanOrEqualTo(120);

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(Application.class)
                .run("--motcua.data-dir=" + data, "--server.port=0")) {
            QueueService queue = restarted.getBean(QueueService.class);
            JdbcClient jdbc = restarted.getBean(JdbcClient.class);
            for (String entry : issued) {
                String[] parts = entry.split(" ");
                Ticket t = queue.ticket(UUID.fromString(parts[1])).orElseThrow(() -> new AssertionError("lost: " + entry));
                assertThat(t.display()).isEqualTo(parts[0]);
            }
            for (String entry : called) {
                assertThat(queue.ticket(UUID.fromString(entry.split(" ")[1])).orElseThrow().state())
                        .isIn(TicketState.CALLED, TicketState.FINISHED);
            }
            LocalDate today = LocalDate.now(restarted.getBean(java.time.Clock.class));
            assertThat(jdbc.sql("""
                    SELECT display FROM ticket WHERE ticket_day = ? GROUP BY display HAVING COUNT(*) > 1""")
                    .param(java.sql.Date.valueOf(today)).query(String.class).list()).as("numbers issued twice").isEmpty();
            // Numbering goes on after the last number that was stored, confirmed or not.
            int lastStored = jdbc.sql("SELECT MAX(last_value) FROM ticket_sequence WHERE service_id = 'ho-tich'")
                    .query(Integer.class).single();
            String next = queue.issueTicket("ho-tich", null).ticket().display();
            assertThat(Integer.parseInt(next.substring(1))).isEqualTo(lastStored + 1);
            // The queue is as it was: what was waiting still waits, in order.
            assertThat(queue.counterScreen(1).waiting()).isNotEmpty();
        }
    }
}
