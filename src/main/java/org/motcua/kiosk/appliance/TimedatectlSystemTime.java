package org.motcua.kiosk.appliance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/**
 * Sets the clock through systemd's timedated ({@code timedatectl}), which the appliance's polkit rule lets the kiosk's
 * user do, and nothing else. timedated refuses a manual time while network time is on, so that is turned off for the
 * change and on again after it (a later sync from the network still wins). A real-time clock module, where there is
 * one, is written by timedated too.
 */
@Component
class TimedatectlSystemTime implements SystemTime {

    private static final DateTimeFormatter TIMEDATECTL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Override
    public void set(Instant time) {
        String local = TIMEDATECTL.format(LocalDateTime.ofInstant(time, ZoneId.systemDefault()));
        run(List.of("timedatectl", "set-ntp", "false"), false);
        try {
            run(List.of("timedatectl", "set-time", local), true);
        } finally {
            run(List.of("timedatectl", "set-ntp", "true"), false);
        }
    }

    private static void run(List<String> command, boolean mustWork) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not answer within 20 s");
            }
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.exitValue() != 0 && mustWork) {
                throw new IllegalStateException(String.join(" ", command) + ": "
                        + (output.isEmpty() ? "exit " + p.exitValue() : output));
            }
        } catch (IOException e) {
            if (mustWork) {
                throw new IllegalStateException("timedatectl is not available on this machine (" + e.getMessage() + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }
}
