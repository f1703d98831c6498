package org.motcua.kiosk.queue.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

/** The committed clips: all there, all in one format, all audible, all short, and made by the script. */
class VoiceClipsTest {

    private static final Path FOLDER = Path.of("src/main/resources/sounds/vi");

    @Test
    void folderHoldsEveryClipTheAnnouncerNeeds() {
        for (String clip : SpokenWords.allClips()) {
            assertThat(FOLDER.resolve(clip + ".wav")).as(clip).isRegularFile();
        }
        assertThat(SpokenWords.allClips()).hasSize(3 + 26 + 10 + 11);
    }

    @Test
    void folderHoldsNoClipTheAnnouncerDoesNotUse() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<String> clips = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".wav")).map(name -> name.substring(0, name.length() - 4)).toList();
            assertThat(clips).containsExactlyInAnyOrderElementsOf(SpokenWords.allClips());
        }
    }

    @Test
    void scriptMakesEveryClip() throws IOException {
        String script = Files.readString(FOLDER.resolve("make-clips.sh"));
        for (String clip : SpokenWords.allClips()) {
            assertThat(script).as(clip).containsPattern("(?m)^clip " + clip + " +\"");
        }
    }

    @Test
    void everyClipIsMono16kHz16BitAudibleAndShort() throws Exception {
        for (String clip : SpokenWords.allClips()) {
            try (AudioInputStream audio = AudioSystem.getAudioInputStream(FOLDER.resolve(clip + ".wav").toFile())) {
                assertThat(audio.getFormat().matches(VoiceClips.FORMAT)).as(clip + " " + audio.getFormat()).isTrue();
                double seconds = audio.getFrameLength() / (double) audio.getFormat().getFrameRate();
                assertThat(seconds).as(clip + " seconds").isBetween(0.1, 2.5);
                assertThat(rms(audio.readAllBytes())).as(clip + " RMS").isGreaterThan(0.02);
            }
        }
    }

    @Test
    void clipsStaySmall() throws IOException {
        long bytes = 0;
        for (String clip : SpokenWords.allClips()) {
            bytes += Files.size(FOLDER.resolve(clip + ".wav"));
        }
        assertThat(bytes).isLessThan(1_500_000);
    }

    @Test
    void missingClipIsNamedInTheError() {
        assertThatIllegalStateException().isThrownBy(() -> VoiceClips.load(List.of("letter-đ")))
                .withMessageContaining("/sounds/vi/letter-đ.wav is missing")
                .withMessageContaining("make-clips.sh");
    }

    /** Root mean square of 16-bit little-endian samples, 1.0 being full scale. */
    private static double rms(byte[] bytes) {
        ShortBuffer samples = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer();
        double sum = 0;
        int count = samples.remaining();
        while (samples.hasRemaining()) {
            double sample = samples.get() / 32768.0;
            sum += sample * sample;
        }
        return Math.sqrt(sum / count);
    }
}
