package org.motcua.kiosk.queue.ui;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;

import org.motcua.kiosk.queue.voice.Announcement;
import org.motcua.kiosk.queue.voice.Announcer;

/**
 * The board's loudspeaker. Each call becomes an {@link Announcement} played by a plain {@code <audio autoplay>}
 * element made on the server, its WAV served by a download handler; the element's own "ended" (or "error") event
 * tells the server to start the next call, so calls queue up and never talk over each other. No JavaScript of ours
 * runs in the browser.
 *
 * <p>Chromium plays sound only after a tap on the page unless it was started with
 * {@code --autoplay-policy=no-user-gesture-required}, as the appliance's kiosk session does for the hall board.
 * Elsewhere the board shows "Bật âm thanh" until either a tap or the first call actually heard. An announcement that
 * never ends (sound blocked, browser asleep) is given up after its length plus {@link #GRACE}, so the line moves on.
 */
final class BoardVoice {

    private static final Logger log = LoggerFactory.getLogger(BoardVoice.class);

    /** At most this many calls wait to be said; older ones are dropped from the voice (the board still shows them). */
    static final int MAX_PENDING = 10;
    static final Duration GRACE = Duration.ofSeconds(5);

    /** Runs a task later inside the board's UI lock; the registration cancels it. */
    interface Later {
        Registration after(Duration delay, Runnable task);
    }

    record Call(String display, int counter) {
    }

    private final Announcer announcer;
    private final Element host;
    private final Later later;
    private final Runnable changed;
    private final Deque<Call> pending = new ArrayDeque<>();
    private Playing playing;
    private boolean muted;
    private boolean heard;
    private int dropped;

    /** The call being said: its audio element and the watchdog that gives up on it. */
    private final class Playing {
        final Call call;
        final Announcement announcement;
        Element audio;
        Registration watchdog;
        boolean started;

        Playing(Call call, Announcement announcement) {
            this.call = call;
            this.announcement = announcement;
        }
    }

    /**
     * @param host the element the audio elements go into
     * @param changed told when muting or the sound's state changed, so the board updates its buttons
     */
    BoardVoice(Announcer announcer, Element host, Later later, Runnable changed) {
        this.announcer = announcer;
        this.host = host;
        this.later = later;
        this.changed = changed;
    }

    void announce(String display, int counter) {
        if (muted) {
            return;
        }
        pending.addLast(new Call(display, counter));
        while (pending.size() > MAX_PENDING) {
            pending.removeFirst();
            dropped++;
        }
        if (playing == null) {
            playNext();
        }
    }

    private void playNext() {
        while (playing == null && !pending.isEmpty()) {
            Call next = pending.removeFirst();
            try {
                playing = new Playing(next, announcer.announce(next.display(), next.counter()));
            } catch (IllegalArgumentException unsayable) {
                log.warn("Cannot announce {} at counter {}: {}", next.display(), next.counter(), unsayable.getMessage());
                continue;
            }
            start(playing);
        }
    }

    private void start(Playing p) {
        Announcement a = p.announcement;
        Element audio = new Element("audio");
        audio.setAttribute("autoplay", true);
        audio.setAttribute("preload", "auto");
        audio.setAttribute("data-call", p.call.display() + "@" + p.call.counter());
        audio.setAttribute("src", DownloadHandler.fromInputStream(event -> new DownloadResponse(a.openWav(),
                "goi-" + p.call.display() + ".wav", Announcement.MIME_TYPE, a.sizeInBytes())).inline());
        audio.addEventListener("playing", e -> started(p));
        audio.addEventListener("ended", e -> done(p));
        audio.addEventListener("error", e -> {
            log.warn("The board's browser could not play {} (audio error)", p.call.display());
            done(p);
        });
        host.appendChild(audio);
        p.audio = audio;
        p.watchdog = later.after(Duration.ofMillis(a.durationMillis()).plus(GRACE), () -> {
            if (playing == p) {
                log.info("Announcement of {} not finished in time (sound blocked?); moving on", p.call.display());
                done(p);
            }
        });
    }

    private void started(Playing p) {
        p.started = true;
        if (!heard) {
            heard = true;
            changed.run();
        }
    }

    /** The browser finished (or failed, or the watchdog gave up): the next call may speak. */
    private void done(Playing p) {
        if (playing != p) {
            return;
        }
        stop(p);
        playing = null;
        playNext();
    }

    private void stop(Playing p) {
        if (p.watchdog != null) {
            p.watchdog.remove();
        }
        // An audio element taken out of the page is paused by the browser.
        if (p.audio != null && p.audio.getParent() != null) {
            p.audio.removeFromParent();
        }
    }

    /** A tap on "Bật âm thanh": the page may now play sound; a call that could not start is said again. */
    void enableSound() {
        heard = true;
        if (playing != null && !playing.started) {
            stop(playing);
            start(playing);
        }
        changed.run();
    }

    void setMuted(boolean muted) {
        this.muted = muted;
        if (muted) {
            pending.clear();
            if (playing != null) {
                stop(playing);
                playing = null;
            }
        }
        changed.run();
    }

    /** The board closes: silence and no task left behind. */
    void close() {
        pending.clear();
        if (playing != null) {
            stop(playing);
            playing = null;
        }
    }

    boolean isMuted() {
        return muted;
    }

    /** Whether the board knows the browser may play sound: a call was heard, or someone tapped "Bật âm thanh". */
    boolean isSoundEnabled() {
        return heard;
    }

    // ------------------------------------------------------------------ for tests

    Call current() {
        return playing == null ? null : playing.call;
    }

    Element currentAudio() {
        return playing == null ? null : playing.audio;
    }

    List<Call> waiting() {
        return List.copyOf(pending);
    }

    int dropped() {
        return dropped;
    }
}
