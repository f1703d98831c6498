package org.motcua.kiosk.queue.voice;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * The recorded clips, read once and kept in memory as raw samples (all of them take under a megabyte).
 * Every clip must be in {@link #FORMAT}, so that joining them is joining bytes; a missing or odd clip
 * fails at start-up, not in the middle of a call.
 */
final class VoiceClips {

    static final String FOLDER = "/sounds/vi/";
    /** Mono, 16 kHz, 16-bit signed little-endian PCM: what make-clips.sh writes. */
    static final AudioFormat FORMAT = new AudioFormat(16_000f, 16, 1, true, false);

    private final Map<String, byte[]> samples;

    private VoiceClips(Map<String, byte[]> samples) {
        this.samples = samples;
    }

    static VoiceClips fromClasspath() {
        return load(SpokenWords.allClips());
    }

    static VoiceClips load(Collection<String> clips) {
        var samples = new LinkedHashMap<String, byte[]>();
        for (String clip : clips) {
            samples.put(clip, read(clip));
        }
        return new VoiceClips(Map.copyOf(samples));
    }

    /** The samples of one clip, without the WAV header. */
    byte[] samples(String clip) {
        byte[] bytes = samples.get(clip);
        if (bytes == null) {
            throw new IllegalStateException("voice clip " + clip + " was not loaded");
        }
        return bytes;
    }

    static byte[] silence(Duration duration) {
        return new byte[Math.toIntExact(frames(duration) * FORMAT.getFrameSize())];
    }

    static long frames(Duration duration) {
        return Math.round(duration.toNanos() * (double) FORMAT.getFrameRate() / 1_000_000_000L);
    }

    static byte[] toWav(byte[] samples) {
        var out = new ByteArrayOutputStream(samples.length + 64);
        long frames = samples.length / FORMAT.getFrameSize();
        try (var audio = new AudioInputStream(new ByteArrayInputStream(samples), FORMAT, frames)) {
            AudioSystem.write(audio, AudioFileFormat.Type.WAVE, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the announcement as WAV", e);
        }
        return out.toByteArray();
    }

    private static byte[] read(String clip) {
        String path = FOLDER + clip + ".wav";
        InputStream resource = VoiceClips.class.getResourceAsStream(path);
        if (resource == null) {
            throw new IllegalStateException("voice clip " + path + " is missing from the classpath;"
                    + " regenerate the clips with src/main/resources/sounds/vi/make-clips.sh");
        }
        try (var audio = AudioSystem.getAudioInputStream(new BufferedInputStream(resource))) {
            if (!audio.getFormat().matches(FORMAT)) {
                throw new IllegalStateException("voice clip " + path + " is " + audio.getFormat()
                        + ", expected " + FORMAT + "; regenerate it with make-clips.sh");
            }
            byte[] bytes = audio.readAllBytes();
            if (bytes.length == 0) {
                throw new IllegalStateException("voice clip " + path + " is empty");
            }
            return bytes;
        } catch (UnsupportedAudioFileException | IOException e) {
            throw new IllegalStateException("voice clip " + path + " cannot be read as WAV", e);
        }
    }
}
