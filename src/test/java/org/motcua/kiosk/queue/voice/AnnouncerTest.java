package org.motcua.kiosk.queue.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

class AnnouncerTest {

    private static final Path CLIPS = Path.of("src/main/resources/sounds/vi");
    private static final int RATE = 16_000;
    private static final int WORD_PAUSE_FRAMES = RATE * 150 / 1000;
    private static final int REPEAT_PAUSE_FRAMES = RATE * 700 / 1000;

    private static final Announcer announcer = new Announcer();

    @Test
    void callForA012AtCounter3IsAMono16kHz16BitWav() throws Exception {
        Announcement call = announcer.announce("A012", 3);

        AudioFileFormat file = AudioSystem.getAudioFileFormat(new ByteArrayInputStream(call.wav()));
        assertThat(file.getType()).isEqualTo(AudioFileFormat.Type.WAVE);
        var format = file.getFormat();
        assertThat(format.getChannels()).isEqualTo(1);
        assertThat(format.getSampleRate()).isEqualTo(16_000f);
        assertThat(format.getSampleSizeInBits()).isEqualTo(16);
        assertThat(format.getEncoding()).isEqualTo(javax.sound.sampled.AudioFormat.Encoding.PCM_SIGNED);
    }

    @Test
    void callLastsItsClipsAndPausesTwiceWithTheGapBetween() throws Exception {
        List<String> clips = List.of("phrase-citizen-number", "letter-a", "digit-0", "digit-1", "digit-2",
                "phrase-to-counter", "digit-3");
        long once = clips.stream().mapToLong(AnnouncerTest::framesOf).sum()
                + (long) (clips.size() - 1) * WORD_PAUSE_FRAMES;

        Announcement call = announcer.announce("A012", 3);

        try (AudioInputStream audio = AudioSystem.getAudioInputStream(call.openWav())) {
            assertThat(audio.getFrameLength()).isEqualTo(2 * once + REPEAT_PAUSE_FRAMES);
            byte[] samples = audio.readAllBytes();
            int onceBytes = Math.toIntExact(once * 2);
            byte[] first = Arrays.copyOfRange(samples, 0, onceBytes);
            byte[] gap = Arrays.copyOfRange(samples, onceBytes, onceBytes + REPEAT_PAUSE_FRAMES * 2);
            byte[] second = Arrays.copyOfRange(samples, onceBytes + REPEAT_PAUSE_FRAMES * 2, samples.length);
            assertThat(second).isEqualTo(first);
            assertThat(gap).containsOnly((byte) 0);
        }
        assertThat(call.durationMillis()).isEqualTo(Math.round((2 * once + REPEAT_PAUSE_FRAMES) * 1000.0 / RATE));
    }

    @Test
    void captionSaysTheCallOnceAsItIsSpoken() {
        assertThat(announcer.announce("A012", 3).text())
                .isEqualTo("Xin mời công dân số A không một hai đến quầy số ba");
        assertThat(announcer.announce("bc1205", 15).text())
                .isEqualTo("Xin mời công dân số B C một hai không năm đến quầy số mười lăm");
        assertThat(announcer.announce("Z999", 21).text()).endsWith("đến quầy số hai một");
        assertThat(announcer.announce("A012", 3, Opening.NUMBER).text())
                .isEqualTo("Xin mời số thứ tự A không một hai đến quầy số ba");
    }

    @Test
    void everyLetterAndEveryCounterComposes() {
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            assertThat(announcer.announce(letter + "001", 1).durationMillis()).isPositive();
        }
        for (int counter = 1; counter <= 20; counter++) {
            assertThat(announcer.announce("A001", counter).durationMillis()).isPositive();
        }
        assertThat(announcer.announce("A001", 20).text()).endsWith("hai mươi");
        assertThat(announcer.announce("A001", 10).text()).endsWith("mười");
    }

    @Test
    void longerCallsLastLonger() {
        assertThat(announcer.announce("AB0123", 21).durationMillis())
                .isGreaterThan(announcer.announce("A012", 3).durationMillis());
    }

    @Test
    void ticketNumbersThatCannotBeSaidAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> announcer.announce("Đ012", 1))
                .withMessageContaining("letter 'Đ'");
        assertThatIllegalArgumentException().isThrownBy(() -> announcer.announce("Ä012", 1))
                .withMessageContaining("letter 'Ä'");
        for (String bad : List.of("", "012", "A12", "A12345", "ABC012", "A-012", "A01B")) {
            assertThatIllegalArgumentException().as(bad).isThrownBy(() -> announcer.announce(bad, 1))
                    .withMessageContaining("expected 1-2 letters and 3-4 digits");
        }
        assertThatIllegalArgumentException().isThrownBy(() -> announcer.announce(null, 1));
    }

    @Test
    void counterMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> announcer.announce("A012", 0))
                .withMessageContaining("counters start at 1");
        assertThatIllegalArgumentException().isThrownBy(() -> announcer.announce("A012", -3));
    }

    private static long framesOf(String clip) {
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(CLIPS.resolve(clip + ".wav").toFile())) {
            return audio.getFrameLength();
        } catch (Exception e) {
            throw new AssertionError("cannot read clip " + clip, e);
        }
    }
}
