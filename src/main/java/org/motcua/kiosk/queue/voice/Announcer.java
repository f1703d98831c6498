package org.motcua.kiosk.queue.voice;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Composes the spoken call of a ticket from the recorded clips: opening, ticket number, "đến quầy số",
 * counter, with a short pause between words, said twice. Composing takes a few milliseconds and needs
 * no network; the clips are loaded once, when the announcer is created.
 */
@Component
public class Announcer {

    static final Duration WORD_PAUSE = Duration.ofMillis(150);
    static final Duration REPEAT_PAUSE = Duration.ofMillis(700);
    static final int REPETITIONS = 2;

    private final VoiceClips clips;

    public Announcer() {
        this(VoiceClips.fromClasspath());
    }

    Announcer(VoiceClips clips) {
        this.clips = clips;
    }

    /** "Xin mời công dân số A012 đến quầy số 3", twice. */
    public Announcement announce(String ticketNumber, int counter) {
        return announce(ticketNumber, counter, Opening.CITIZEN_NUMBER);
    }

    /**
     * @param ticketNumber as printed on the ticket: 1-2 letters A-Z and 3-4 digits, e.g. A012
     * @param counter from 1; up to 20 read as a number, above that digit by digit
     * @throws IllegalArgumentException if the ticket number or counter cannot be said
     */
    public Announcement announce(String ticketNumber, int counter, Opening opening) {
        List<Word> words = SpokenWords.call(opening, ticketNumber, counter);
        byte[] once = join(words);
        var samples = new ByteArrayOutputStream();
        for (int i = 0; i < REPETITIONS; i++) {
            if (i > 0) {
                samples.writeBytes(VoiceClips.silence(REPEAT_PAUSE));
            }
            samples.writeBytes(once);
        }
        byte[] all = samples.toByteArray();
        long frames = all.length / VoiceClips.FORMAT.getFrameSize();
        long millis = Math.round(frames * 1000.0 / VoiceClips.FORMAT.getFrameRate());
        String text = words.stream().map(Word::text).collect(Collectors.joining(" "));
        return new Announcement(text, VoiceClips.toWav(all), millis);
    }

    private byte[] join(List<Word> words) {
        var out = new ByteArrayOutputStream();
        byte[] pause = VoiceClips.silence(WORD_PAUSE);
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                out.writeBytes(pause);
            }
            out.writeBytes(clips.samples(words.get(i).clip()));
        }
        return out.toByteArray();
    }
}
