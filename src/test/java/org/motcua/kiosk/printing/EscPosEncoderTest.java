package org.motcua.kiosk.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bytes themselves: bands within the limit, exactly the documented size, and the commands around them. */
class EscPosEncoderTest {

    private static final int INIT = 2;
    private static final int BAND_HEADER = 8;
    private static final int FEED = 3;
    private static final int CUT = 4;

    @ParameterizedTest
    @ValueSource(ints = {1, 24, 100, 128, 255, 256, 2303})
    void bandsNeverExceedTheLimitAndTheBytesAddUp(int bandRows) {
        BufferedImage ticket = new TicketRenderer(PaperWidth.MM80).render(Printouts.ticket());
        byte[] bytes = new EscPosEncoder().withBandRows(bandRows).encode(ticket);
        EscPosDecoder.Job job = EscPosDecoder.decode(bytes);

        int rowBytes = PaperWidth.MM80.bytesPerRow();
        assertThat(job.bands()).allSatisfy(b -> {
            assertThat(b.rows()).isBetween(1, bandRows);
            assertThat(b.rowBytes()).isEqualTo(rowBytes);
        });
        assertThat(job.bands().stream().mapToInt(EscPosDecoder.Band::rows).sum()).isEqualTo(ticket.getHeight());
        assertThat(job.bands()).hasSize((ticket.getHeight() + bandRows - 1) / bandRows);
        int raster = job.bands().stream().mapToInt(b -> BAND_HEADER + rowBytes * b.rows()).sum();
        assertThat(bytes).hasSize(INIT + raster + FEED + CUT);
        assertThat(job.feedLines()).isEqualTo(EscPosEncoder.DEFAULT_FEED_LINES);
    }

    @Test
    void theDefaultBandIs128RowsAndA58mmRowIs48Bytes() {
        BufferedImage ticket = new TicketRenderer(PaperWidth.MM58).render(Printouts.ticket());
        EscPosDecoder.Job job = EscPosDecoder.decode(new EscPosEncoder().encode(ticket));

        assertThat(job.bands()).allSatisfy(b -> assertThat(b.rowBytes()).isEqualTo(48));
        assertThat(job.bands().getFirst().rows()).isEqualTo(128);
        assertThat(job.bands().getFirst().offset()).isEqualTo(INIT);
    }

    @Test
    void theJobStartsWithInitialisationAndEndsWithFeedAndPartialCut() {
        byte[] bytes = new EscPosEncoder().encode(new BufferedImage(16, 3, BufferedImage.TYPE_BYTE_GRAY));

        assertThat(Arrays.copyOfRange(bytes, 0, 2)).containsExactly(0x1B, 0x40);
        assertThat(Arrays.copyOfRange(bytes, 2, 10)).containsExactly(0x1D, 0x76, 0x30, 0x00, 2, 0, 3, 0);
        assertThat(Arrays.copyOfRange(bytes, bytes.length - 7, bytes.length))
                .containsExactly(0x1B, 0x64, 3, 0x1D, 0x56, 66, 0);
    }

    @Test
    void noCutNoFeedAndAFullCutAreWhatTheySay() {
        BufferedImage image = new BufferedImage(8, 1, BufferedImage.TYPE_BYTE_GRAY);

        byte[] plain = new EscPosEncoder().withCut(EscPosEncoder.Cut.NONE).withFeedLines(0).encode(image);
        assertThat(plain).hasSize(INIT + BAND_HEADER + 1);
        EscPosDecoder.Job full = EscPosDecoder.decode(new EscPosEncoder().withCut(EscPosEncoder.Cut.FULL).encode(image));
        assertThat(full.cut()).isEqualTo(EscPosEncoder.Cut.FULL);
    }

    @Test
    void darknessIsSentOnlyWhenAskedAndRightAfterInitialisation() {
        BufferedImage image = new BufferedImage(8, 1, BufferedImage.TYPE_BYTE_GRAY);

        byte[] epson = new EscPosEncoder().withDarkness(Darkness.density(-2)).encode(image);
        assertThat(Arrays.copyOfRange(epson, 2, 9)).containsExactly(0x1D, 0x28, 0x4B, 0x02, 0x00, 0x31, 0xFE);
        assertThat(EscPosDecoder.decode(epson).darkness()).isEqualTo(Darkness.density(-2));

        byte[] heating = new EscPosEncoder().withDarkness(Darkness.heating(7, 120, 2)).encode(image);
        assertThat(Arrays.copyOfRange(heating, 2, 7)).containsExactly(0x1B, 0x37, 7, 120, 2);
        assertThat(EscPosDecoder.decode(heating).darkness()).isEqualTo(Darkness.heating(7, 120, 2));

        assertThatThrownBy(() -> Darkness.density(7)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blackIsLuminanceBelow128AndTheLeftmostDotIsTheHighestBit() {
        BufferedImage image = new BufferedImage(10, 1, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x000000);
        image.setRGB(1, 0, 0x7F7F7F);   // 127: black
        image.setRGB(2, 0, 0x808080);   // 128: white
        image.setRGB(3, 0, 0xFFFFFF);
        image.setRGB(4, 0, 0x0000FF);   // pure blue is dark: luminance 29
        image.setRGB(5, 0, 0xFFFF00);   // yellow is light: 226
        for (int x = 6; x < 10; x++) {
            image.setRGB(x, 0, 0xFFFFFF);
        }
        image.setRGB(9, 0, 0);          // the second byte's first dot

        byte[] bytes = new EscPosEncoder().withFeedLines(0).withCut(EscPosEncoder.Cut.NONE).encode(image);

        assertThat(Arrays.copyOfRange(bytes, INIT + BAND_HEADER, bytes.length))
                .containsExactly(0b1100_1000, 0b0100_0000);
    }

    @Test
    void ditheringTurnsAGreyRampIntoAMixOfDots() {
        BufferedImage ramp = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = ramp.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.BLACK, 64, 0, Color.WHITE));
        g.fillRect(0, 0, 64, 64);
        g.dispose();

        BufferedImage dithered = EscPosDecoder.decode(
                new EscPosEncoder().withHalftone(EscPosEncoder.Halftone.DITHER).encode(ramp)).image();
        BufferedImage thresholded = EscPosDecoder.decode(new EscPosEncoder().encode(ramp)).image();

        // the middle column is about half black when dithered, and all one colour when thresholded
        assertThat(blackIn(dithered, 32)).isBetween(20, 44);
        assertThat(blackIn(thresholded, 32)).isIn(0, 64);
    }

    @Test
    void anImageNotAMultipleOf8WideIsPaddedWithWhite() {
        BufferedImage image = new BufferedImage(13, 2, BufferedImage.TYPE_BYTE_GRAY);
        EscPosDecoder.Job job = EscPosDecoder.decode(new EscPosEncoder().encode(image));

        assertThat(job.bands().getFirst().rowBytes()).isEqualTo(2);
        assertThat(blackIn(job.image(), 14)).isZero();
        assertThat(blackIn(job.image(), 0)).isEqualTo(2);
    }

    @Test
    void theDecoderRejectsWhatItDoesNotKnow() {
        byte[] good = new EscPosEncoder().encode(new BufferedImage(8, 1, BufferedImage.TYPE_BYTE_GRAY));
        byte[] withText = Arrays.copyOf(good, good.length + 1);
        withText[good.length - 4] = 'A';
        System.arraycopy(good, good.length - 4, withText, good.length - 3, 4);

        assertThatThrownBy(() -> EscPosDecoder.decode(withText)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EscPosDecoder.decode(Arrays.copyOf(good, good.length - 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EscPosEncoder().withBandRows(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static int blackIn(BufferedImage image, int column) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            n += image.getRaster().getSample(column, y, 0) < 128 ? 1 : 0;
        }
        return n;
    }
}
