package org.motcua.kiosk.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.motcua.kiosk.base.QrCodes;

import com.google.zxing.ResultPoint;

/**
 * The ticket and the memo from layout to the bytes a printer receives and back: the decoded paper is the rendered
 * image dot for dot, a phone reads the QR code to the same link, and the paper looks like the golden image.
 */
class TicketOnPaperTest {

    private final EscPosEncoder encoder = new EscPosEncoder();

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void theTicketsQrCodeReadsBackToItsLinkFromThePrinterBytes(PaperWidth width) {
        BufferedImage rendered = new TicketRenderer(width).render(Printouts.ticket());
        EscPosDecoder.Job job = EscPosDecoder.decode(encoder.encode(rendered));

        assertThat(Printouts.readQr(job.image())).isEqualTo(Printouts.TICKET_LINK);
    }

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void thePrinterGetsTheRenderedTicketDotForDot(PaperWidth width) {
        BufferedImage rendered = new TicketRenderer(width).render(Printouts.ticket());
        EscPosDecoder.Job job = EscPosDecoder.decode(encoder.encode(rendered));

        assertThat(rendered.getWidth()).isEqualTo(width.dots());
        assertThat(job.image().getWidth()).isEqualTo(width.dots());
        assertThat(job.image().getHeight()).isEqualTo(rendered.getHeight());
        assertThat(Printouts.thresholded(job.image())).isDeepEqualTo(Printouts.thresholded(rendered));
        assertThat(job.cut()).isEqualTo(EscPosEncoder.Cut.PARTIAL);
        assertThat(job.darkness()).isNull();
    }

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void theTicketLooksLikeItsGoldenImage(PaperWidth width) {
        BufferedImage paper = EscPosDecoder.decode(encoder.encode(new TicketRenderer(width).render(Printouts.ticket()))).image();
        String name = "ticket-" + width.name().substring(2) + ".png";

        assertThat(Printouts.differenceFromGolden(name, paper)).isLessThanOrEqualTo(Printouts.GOLDEN_TOLERANCE);
    }

    @Test
    void theMemoLooksLikeItsGoldenImageAndItsQrCodeReadsBack() {
        BufferedImage rendered = new MemoRenderer(PaperWidth.MM80).render(Printouts.memo());
        BufferedImage paper = EscPosDecoder.decode(encoder.encode(rendered)).image();

        assertThat(Printouts.thresholded(paper)).isDeepEqualTo(Printouts.thresholded(rendered));
        assertThat(Printouts.readQr(paper)).isEqualTo(Printouts.PORTAL_LINK);
        assertThat(Printouts.differenceFromGolden("memo-80.png", paper)).isLessThanOrEqualTo(Printouts.GOLDEN_TOLERANCE);
    }

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void aTicketWithALogoStillScansAndKeepsItsWidth(PaperWidth width) {
        BufferedImage logo = new BufferedImage(120, 60, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = logo.createGraphics();
        g.setColor(new Color(200, 30, 30));
        g.fillOval(0, 0, 120, 60);
        g.dispose();
        TicketPrintout t = Printouts.ticket();
        TicketPrintout withLogo = new TicketPrintout(t.officeName(), t.number(), t.serviceName(), t.counters(),
                t.peopleAhead(), t.estimatedWaitMinutes(), t.issuedAt(), t.ticketId(), t.qrLink(), null, logo);

        BufferedImage rendered = new TicketRenderer(width).render(withLogo);
        BufferedImage paper = EscPosDecoder.decode(encoder.withHalftone(EscPosEncoder.Halftone.DITHER).encode(rendered)).image();

        assertThat(paper.getWidth()).isEqualTo(width.dots());
        assertThat(Printouts.readQr(paper)).isEqualTo(Printouts.TICKET_LINK);
    }

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void theQrCodeHasAtLeastFourDotsAModule(PaperWidth width) {
        BufferedImage rendered = new TicketRenderer(width).render(Printouts.ticket());
        ResultPoint[] finders = Printouts.decodeQr(rendered).getResultPoints();
        int modules = QrCodes.matrix(Printouts.TICKET_LINK, 0).getWidth() - 4; // without the quiet zone
        // the centres of the top finder patterns are (modules - 7) modules apart
        double dotsPerModule = ResultPoint.distance(finders[1], finders[2]) / (modules - 7);

        assertThat(dotsPerModule).isGreaterThanOrEqualTo(4.0);
    }
}
