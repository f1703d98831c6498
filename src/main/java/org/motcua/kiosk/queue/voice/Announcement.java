package org.motcua.kiosk.queue.voice;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * One spoken call, ready for the board to play: a WAV of the call said twice, the words of one saying
 * (for the caption) and how long the whole WAV lasts (so the board can queue the next call after it).
 */
public final class Announcement {

    public static final String MIME_TYPE = "audio/wav";

    private final String text;
    private final byte[] wav;
    private final long durationMillis;

    Announcement(String text, byte[] wav, long durationMillis) {
        this.text = text;
        this.wav = wav;
        this.durationMillis = durationMillis;
    }

    /** What is said, once, e.g. "Xin mời công dân số A không một hai đến quầy số ba". */
    public String text() {
        return text;
    }

    /** The whole WAV file: mono 16 kHz 16-bit PCM, the call twice with a pause between. */
    public byte[] wav() {
        return wav.clone();
    }

    public InputStream openWav() {
        return new ByteArrayInputStream(wav);
    }

    public int sizeInBytes() {
        return wav.length;
    }

    public long durationMillis() {
        return durationMillis;
    }

    @Override
    public String toString() {
        return "Announcement[" + text + ", " + durationMillis + " ms]";
    }
}
