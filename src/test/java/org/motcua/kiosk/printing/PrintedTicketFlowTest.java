package org.motcua.kiosk.printing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;

import org.motcua.kiosk.admin.UserAccounts;
import org.motcua.kiosk.base.OfficeProperties;
import org.motcua.kiosk.queue.QueueService;
import org.motcua.kiosk.queue.Ticket;
import org.motcua.kiosk.support.KaribuHarness;

/**
 * A citizen takes a number on the kiosk and the ticket comes out of a (fake, network) ESC/POS printer: the bytes
 * decode to a ticket whose QR code opens the ticket's page. Then the paper runs out: the number is still issued and
 * shown, the kiosk says it printed nothing, the counters and the back office hear of it, the kiosk stops offering
 * printed tickets, and once paper is back the ticket is printed again, the same bytes.
 */
@DirtiesContext
class PrintedTicketFlowTest extends KaribuHarness {

    private static final FakePrinter printer = FakePrinter.plugIn();

    @DynamicPropertySource
    static void printerOnTcp(DynamicPropertyRegistry properties) {
        printer.asThePrinter(properties, "3s");
        properties.add("motcua.printer.paper-width", () -> "58");
    }

    @AfterAll
    static void unplug() throws Exception {
        printer.close();
    }

    @Autowired
    PrintService printing;
    @Autowired
    QueueService queue;
    @Autowired
    OfficeProperties office;
    @Autowired
    UserAccounts accounts;

    @Test
    void aTicketComesOutOnPaperThenThePaperRunsOutAndNothingIsLost() throws Exception {
        printer.normal();
        int printedBefore = printer.jobs().size();
        Ticket first = takeNumber("ho-tich");
        waitUntil(() -> printing.job(first.id()).map(j -> j.state() == PrintJobState.PRINTED).orElse(false));
        // The fake printer files a job when its connection ends, which can be just after the kiosk marked it printed.
        waitUntil(() -> printer.jobs().size() > printedBefore);
        // The job's state is stored before its event reaches the screen: wait for the screen too.
        waitForScreen("Mời quý khách nhận phiếu ở khe máy in.");
        assertThat(screenText()).contains(first.display(), "Mời quý khách nhận phiếu ở khe máy in.");

        byte[] paper = printer.jobs().getLast();
        var decoded = EscPosDecoder.decode(paper);
        assertThat(decoded.image().getWidth()).isEqualTo(PaperWidth.MM58.dots());
        assertThat(Printouts.readQr(decoded.image())).isEqualTo(office.ticketLink(first.id()));

        // The paper runs out.
        printer.paperOut();
        printing.refreshStatus().get();
        Ticket second = takeNumber("ho-tich");
        waitUntil(() -> printing.job(second.id()).map(j -> j.state() != PrintJobState.QUEUED).orElse(false));
        waitForScreen("Vui lòng ghi nhớ số của quý khách");
        assertThat(screenText()).contains(second.display(), "Vui lòng ghi nhớ số của quý khách");
        assertThat(queue.ticket(second.id()).orElseThrow().display()).isEqualTo(second.display());
        assertThat(printing.printerAvailable()).isFalse();

        // The kiosk stops offering printed tickets and says so; a counter is told.
        UI.getCurrent().navigate("lay-so");
        assertThat(screenText()).contains("Máy in số thứ tự đang có sự cố (Hết giấy)");
        loginAs("canbo", "OFFICER");
        UI.getCurrent().navigate("quay/1");
        assertThat(screenText()).contains("Máy in ở ki-ốt: Hết giấy");

        // Paper back: the officer's back office lists the ticket and prints it again, the same bytes.
        printer.normal();
        printing.refreshStatus().get();
        accounts.createFirstAdministrator(accounts.setupCode().orElseThrow(), "quantri", "mot-cua-2026!");
        loginAs("quantri", "ADMIN");
        UI.getCurrent().navigate("admin/printer");
        assertThat(screenText()).contains("Phiếu chưa in được");
        @SuppressWarnings("unchecked")
        Grid<PrintJobSummary> pending = _get(Grid.class);
        int row = -1;
        for (int i = 0; i < GridKt._size(pending); i++) {
            if (GridKt._get(pending, i).id().equals(second.id())) {
                row = i;
            }
        }
        assertThat(row).as("the unprinted ticket is listed").isNotNegative();
        assertThat(GridKt._get(pending, row).reference()).isEqualTo(second.display());
        int jobsBefore = printer.jobs().size();
        _click((Button) GridKt._getCellComponent(pending, row, "reprint"));
        waitUntil(() -> printing.job(second.id()).map(j -> j.state() == PrintJobState.PRINTED).orElse(false));
        // The connection of the attempt made while the paper was out may end (and be filed) only now, before the
        // reprint's: wait for a connection that carried a picture, and read that one.
        waitUntil(() -> printedAfter(jobsBefore) != null);
        byte[] reprinted = printedAfter(jobsBefore);
        assertThat(Printouts.readQr(EscPosDecoder.decode(reprinted).image())).isEqualTo(office.ticketLink(second.id()));
        assertThat(printing.printerAvailable()).isTrue();
    }

    /** The first connection filed after the first {@code skip} ones that carried a raster picture, or null. */
    private byte[] printedAfter(int skip) {
        return printer.jobs().stream().skip(skip).filter(job -> {
            try {
                return EscPosDecoder.decode(job).image().getHeight() > 0;
            } catch (RuntimeException notAPrintout) {
                return false;
            }
        }).findFirst().orElse(null);
    }

    private Ticket takeNumber(String service) {
        UI.getCurrent().navigate("lay-so/" + service);
        _click(_get(Button.class, spec -> spec.withAttribute("data-priority", "none")));
        String shown = _find(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("kiosk-ticket-number"))
                .getFirst().getText();
        return queue.counterScreen(1).waiting().stream().filter(t -> t.display().equals(shown)).findFirst()
                .orElseThrow();
    }

    /** Runs what was pushed to the screen until it shows the text. */
    private static void waitForScreen(String text) throws InterruptedException {
        waitUntil(() -> {
            MockVaadin.runUIQueue();
            return screenText().contains(text);
        });
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within 30 s");
            }
            Thread.sleep(20);
        }
    }
}
