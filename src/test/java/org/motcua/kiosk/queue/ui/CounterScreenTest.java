package org.motcua.kiosk.queue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import org.motcua.kiosk.admin.UserAccounts;
import org.motcua.kiosk.admin.ui.LoginView;
import org.motcua.kiosk.queue.Counter;
import org.motcua.kiosk.queue.OpeningHours;
import org.motcua.kiosk.queue.QueueService;
import org.motcua.kiosk.queue.ServiceType;
import org.motcua.kiosk.queue.Ticket;
import org.motcua.kiosk.queue.TicketState;
import org.motcua.kiosk.support.KaribuHarness;
import org.motcua.kiosk.support.ManualClock;

/**
 * The officer's counter screen against the real queue: choose a counter, call, serve, finish, transfer with return,
 * the queue's refusals in Vietnamese, and a waiting list that follows tickets issued elsewhere by push. Every test
 * has services and counters of its own, so they share one application context.
 */
@Import(ManualClock.Config.class)
@TestPropertySource(properties = "motcua.queue.demo=false")
class CounterScreenTest extends KaribuHarness {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    QueueService queue;
    @Autowired
    ManualClock clock;
    @Autowired
    UserAccounts accounts;

    private String letters;
    private int counter;

    @BeforeEach
    void ownServiceAndCounter() {
        int n = NEXT.getAndIncrement();
        letters = "Q" + (char) ('A' + n);
        counter = 10 + n * 3;
        clock.advance(Duration.ofMinutes(1));
    }

    private ServiceType service(String prefix) {
        ServiceType s = new ServiceType("dv-" + prefix.toLowerCase(), prefix, "Dịch vụ " + prefix, null, List.of(),
                OpeningHours.parse("00:00-23:59", "MON,TUE,WED,THU,FRI,SAT,SUN"), null, 1, 999, 1, true);
        queue.saveService(s);
        return s;
    }

    private void counter(int number, ServiceType... serves) {
        queue.saveCounter(new Counter(number, "Bàn thử " + number, true,
                java.util.Arrays.stream(serves).map(ServiceType::id).collect(java.util.stream.Collectors.toSet())));
    }

    private CounterView atCounter(int number) {
        loginAs("canbo" + number, "OFFICER");
        UI.getCurrent().navigate("quay/" + number);
        return (CounterView) currentView();
    }

    @Test
    void anOfficerChoosesACounterCallsTheNextNumberServesAndFinishes() {
        ServiceType s = service(letters);
        counter(counter, s);
        Ticket first = queue.issueTicket(s.id(), null).ticket();
        queue.issueTicket(s.id(), org.motcua.kiosk.queue.PriorityGroup.ELDERLY);
        clock.advance(Duration.ofMinutes(7));

        loginAs("canbo", "OFFICER");
        UI.getCurrent().navigate("quay");
        assertThat(screenText()).contains("Chọn quầy làm việc");
        _click(_get(Button.class, spec -> spec.withText("Quầy " + counter + ": Bàn thử " + counter)));
        CounterView view = (CounterView) currentView();
        assertThat(screenText()).contains("Quầy " + counter, "Cán bộ: canbo", "Đang chờ ở quầy này: 2");
        assertThat(GridKt._size(view.waiting)).isEqualTo(2);
        // The default policy calls one priority ticket after three normal ones: the normal one is first.
        assertThat(GridKt._getFormattedRow(view.waiting, 0)).containsExactly(letters + "001", letters + " – Dịch vụ "
                + letters, "", "7 phút");
        assertThat(GridKt._getFormattedRow(view.waiting, 1)).contains(letters + "002", "Người cao tuổi (từ 60 tuổi)");
        assertThat(view.finish.isEnabled()).isFalse();

        _click(view.callNext);
        assertThat(text(view.card)).contains(letters + "001", "Đã gọi, chờ công dân đến", "Dịch vụ " + letters);
        assertThat(GridKt._size(view.waiting)).isEqualTo(1);
        assertThat(queue.ticket(first.id()).orElseThrow().officer()).isEqualTo("canbo");
        assertThat(view.callNext.isEnabled()).isFalse();
        assertThat(view.callNumber.isEnabled()).isFalse();
        assertThat(view.recall.isEnabled()).isTrue();

        _click(view.recall);
        assertThat(text(view.card)).contains("Đã gọi 2 lần");
        _click(view.start);
        assertThat(text(view.card)).contains(letters + "001", "Đang phục vụ");
        assertThat(view.recall.isEnabled()).isFalse();
        assertThat(view.noShow.isEnabled()).isFalse();
        _click(view.finish);
        assertThat(screenText()).contains("Đã hoàn thành số " + letters + "001.", "Chưa có số nào ở quầy");
        assertThat(queue.ticket(first.id()).orElseThrow().state()).isEqualTo(TicketState.FINISHED);

        _click(view.callNext);
        assertThat(text(view.card)).contains(letters + "002", "Ưu tiên: Người cao tuổi (từ 60 tuổi)");
        _click(view.noShow);
        assertThat(screenText()).contains("Đã ghi số " + letters + "002 vắng mặt.");

        // The counter is remembered for the session.
        UI.getCurrent().navigate("quay");
        assertThat(screenText()).contains("Quầy " + counter).doesNotContain("Chọn quầy làm việc");
    }

    @Test
    void refusalsOfTheQueueAreShownInVietnameseAndChangeNothing() {
        ServiceType here = service(letters);
        ServiceType elsewhere = service(letters.charAt(0) + String.valueOf((char) (letters.charAt(1) + 13)));
        counter(counter, here);
        counter(counter + 1, elsewhere);
        CounterView view = atCounter(counter);

        _click(view.callNext);
        assertThat(text(view.message)).isEqualTo("Không còn ai chờ ở quầy " + counter + ".");

        String other = queue.issueTicket(elsewhere.id(), null).ticket().display();
        _click(view.callNumber);
        CallNumberDialog dialog = _get(CallNumberDialog.class);
        _setValue(dialog.number, other.toLowerCase());
        _click(_get(Button.class, spec -> spec.withText("Gọi số này")));
        assertThat(dialog.message.getText())
                .isEqualTo("Số " + other + " không thuộc các dịch vụ của quầy " + counter + ".");
        assertThat(dialog.isOpened()).isTrue();
        _setValue(dialog.number, "ZZ999");
        _click(_get(Button.class, spec -> spec.withText("Gọi số này")));
        assertThat(dialog.message.getText()).isEqualTo("Không có số ZZ999 trong hôm nay.");
        _click(_get(Button.class, spec -> spec.withText("Hủy")));
        assertThat(queue.counterScreen(counter).current()).isNull();

        // A second officer at the same counter called a moment ago; this screen has not heard yet.
        String mine = queue.issueTicket(here.id(), null).ticket().display();
        queue.callNext(counter, "canbo-khac");
        _click(view.callNext);
        assertThat(text(view.message)).startsWith("Quầy " + counter + " đang có số " + mine + ":");
        assertThat(text(view.card)).contains(mine);
        assertThat(queue.ticket(queue.counterScreen(counter).current().id()).orElseThrow().officer())
                .isEqualTo("canbo-khac");
    }

    @Test
    void twoCountersCannotCallTheSameNumber() {
        ServiceType s = service(letters);
        counter(counter, s);
        counter(counter + 1, s);
        String display = queue.issueTicket(s.id(), null).ticket().display();
        CounterView view = atCounter(counter);
        assertThat(GridKt._size(view.waiting)).isEqualTo(1);

        // Counter +1 takes it first; this officer taps it in a list that was still showing it.
        queue.call(counter + 1, "canbo-ben-canh", display);
        GridKt._clickItem(view.waiting, 0, 0, false, false, false, false);
        CallNumberDialog dialog = _get(CallNumberDialog.class);
        assertThat(dialog.number.getValue()).isEqualTo(display);
        _click(_get(Button.class, spec -> spec.withText("Gọi số này")));
        assertThat(dialog.message.getText())
                .isEqualTo("Số " + display + " không còn chờ (đã được gọi hoặc đã xong).");
        assertThat(queue.counterScreen(counter).current()).isNull();
        assertThat(queue.counterScreen(counter + 1).current().display()).isEqualTo(display);
    }

    @Test
    void aCitizenSentToAnotherCounterWithReturnComesBackFirst() {
        ServiceType s = service(letters);
        ServiceType legal = service(letters.charAt(0) + String.valueOf((char) (letters.charAt(1) + 13)));
        counter(counter, s);
        counter(counter + 1, legal);
        String display = queue.issueTicket(s.id(), null).ticket().display();
        queue.issueTicket(s.id(), null);
        CounterView view = atCounter(counter);
        _click(view.callNext);
        assertThat(text(view.card)).contains(display);

        _click(view.transfer);
        TransferDialog dialog = _get(TransferDialog.class);
        _click(_get(Button.class, spec -> spec.withText("Chuyển")));
        assertThat(dialog.message.getText()).isEqualTo("Hãy chọn nơi chuyển đến.");
        _setValue(dialog.kind, TransferDialog.Kind.COUNTER);
        Counter target = queue.counters().stream().filter(c -> c.number() == counter + 1).findFirst().orElseThrow();
        _setValue(dialog.counter, target);
        _setValue(dialog.returnAfter, true);
        _click(_get(Button.class, spec -> spec.withText("Chuyển")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(screenText()).contains("Đã chuyển số " + display + ".", "Chưa có số nào ở quầy");

        // At the other counter: it is first in line there, served, and sent back.
        _click(_get(Button.class, spec -> spec.withText("Đổi quầy")));
        _click(_get(Button.class, spec -> spec.withText("Quầy " + (counter + 1) + ": Bàn thử " + (counter + 1))));
        CounterView other = (CounterView) currentView();
        assertThat(GridKt._getFormattedRow(other.waiting, 0).getFirst()).isEqualTo(display);
        _click(other.callNext);
        assertThat(text(other.card)).contains(display, "quay lại quầy " + counter);
        _click(other.finish);
        assertThat(screenText()).contains("Số " + display + " đã được chuyển về quầy " + counter + ".");

        UI.getCurrent().navigate("quay/" + counter);
        view = (CounterView) currentView();
        assertThat(GridKt._size(view.waiting)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(view.waiting, 0).getFirst()).isEqualTo(display);
        _click(view.callNext);
        assertThat(text(view.card)).contains(display);
        _click(view.finish);
        assertThat(screenText()).contains("Đã hoàn thành số " + display + ".");
    }

    @Test
    void theWaitingListFollowsTicketsIssuedElsewhereByPush() {
        ServiceType s = service(letters);
        counter(counter, s);
        counter(counter + 1, s);
        CounterView view = atCounter(counter);
        assertThat(GridKt._size(view.waiting)).isZero();

        String a = queue.issueTicket(s.id(), null).ticket().display();
        String b = queue.issueTicket(s.id(), null).ticket().display();
        MockVaadin.runUIQueue();
        assertThat(GridKt._size(view.waiting)).isEqualTo(2);
        assertThat(text(view.waitingTitle)).isEqualTo("Đang chờ ở quầy này: 2");

        queue.callNext(counter + 1, "canbo-ben-canh");
        MockVaadin.runUIQueue();
        assertThat(GridKt._size(view.waiting)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.waiting, 0).getFirst()).isEqualTo(b);
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void anUnknownCounterInTheAddressLeadsToTheChoice() {
        ServiceType s = service(letters);
        counter(counter, s);
        atCounter(counter);
        UI.getCurrent().navigate("quay/998");
        assertThat(screenText()).contains("Không có quầy số 998.", "Chọn quầy làm việc",
                "Quầy " + counter + ": Bàn thử " + counter);
    }

    @Test
    void anonymousVisitorsAreSentToTheLogin() {
        if (!accounts.hasAdministrator()) {
            accounts.createFirstAdministrator(accounts.setupCode().orElseThrow(), "admin", "mot-cua-2026!");
        }
        UI.getCurrent().navigate("quay");
        assertThat(currentView()).isInstanceOf(LoginView.class);
    }
}
