package org.motcua.kiosk.device.gpio;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the board: the simulated one when asked for, the real one when asked for and it opens, otherwise the
 * simulated one again, so that a kiosk whose GPIO is missing still starts and says why.
 */
public final class Boards {

    private static final Logger log = LoggerFactory.getLogger(Boards.class);

    /** The board in use and whether it is the one that was asked for. */
    public record Opened(GpioBoard board, boolean ok, String detail) {
    }

    private Boards() {
    }

    /**
     * @param real opens the real board; may throw, or take too long
     * @param timeout how long opening the real board may take
     */
    public static Opened open(boolean wantReal, Callable<? extends GpioBoard> real, Duration timeout) {
        if (!wantReal) {
            return new Opened(new FakeBoard(), true, "simulated board (motcua.device.mode=SIMULATED)");
        }
        var opening = Executors.newVirtualThreadPerTaskExecutor();
        try {
            GpioBoard board = opening.submit(real).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Opened(board, true, board.describe());
        } catch (ExecutionException e) {
            return fallBack(e.getCause() == null ? e : e.getCause());
        } catch (TimeoutException e) {
            return fallBack(new IllegalStateException("opening GPIO took longer than " + timeout));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallBack(e);
        } finally {
            opening.shutdownNow();
        }
    }

    private static Opened fallBack(Throwable why) {
        String detail = "GPIO unavailable, using the simulated board: " + why.getMessage();
        log.error("motcua.device.mode=PI4J but the GPIO could not be opened ({}). The button boxes run on the SIMULATED "
                + "board (try them at /admin/devices). On the Raspberry Pi: install the Pi4J GPIO plugin, run as a user "
                + "in the 'gpio' group, and do not set PrivateDevices=yes in the systemd unit. See hardware/button-box.md.",
                why.toString());
        return new Opened(new FakeBoard(), false, detail);
    }
}
