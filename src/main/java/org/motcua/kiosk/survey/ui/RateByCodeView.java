package org.motcua.kiosk.survey.ui;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;

import org.motcua.kiosk.base.ScreenTimer;
import org.motcua.kiosk.kiosk.HomeView;
import org.motcua.kiosk.kiosk.KioskLayout;
import org.motcua.kiosk.survey.Rating;
import org.motcua.kiosk.survey.RatingInput;
import org.motcua.kiosk.survey.RatingTarget;
import org.motcua.kiosk.queue.QueueRoutes;
import org.motcua.kiosk.survey.SurveyException;
import org.motcua.kiosk.survey.SurveyService;

/**
 * "Đánh giá hài lòng" at the kiosk: the citizen scans the QR code of the ticket or the receipt (a USB barcode scanner
 * types it into the focused field and presses Enter) or types the dossier code on the keypad, then rates with the
 * same faces as at the counter. A ticket must be finished; a ticket or dossier rated before is still recorded,
 * flagged, and the citizen is told kindly that only the first rating counts. Only on the kiosk's own screen and
 * paired kiosk screens, a few ratings per visit ({@link CodeRatingGate}); a dossier code dated after today or too
 * long ago is refused with its date in words (and would be stored flagged, never counted).
 */
@Route(value = "danh-gia", layout = KioskLayout.class)
@PageTitle("Đánh giá hài lòng")
@AnonymousAllowed
public class RateByCodeView extends Div implements LocaleChangeObserver, BeforeEnterObserver {

    static final int MAX_CODE = 120;

    private final SurveyService survey;
    private final ScreenTimer timer;
    private final Duration thankYou;
    private final CodeRatingGate gate;

    final TextField code = new TextField();
    final Paragraph problem = new Paragraph();
    private RatingTarget target;
    private Rating rated;
    private Registration goHome;

    public RateByCodeView(SurveyService survey, ScreenTimer timer, CodeRatingGate gate,
                          @Value("${motcua.survey.thank-you:6s}") Duration thankYou) {
        this.survey = survey;
        this.gate = gate;
        this.timer = timer;
        this.thankYou = thankYou;
        addClassName("kiosk-page");
        addClassName("rate-kiosk");
        code.addClassName("rate-code");
        code.setMaxLength(MAX_CODE);
        code.setAutofocus(true);
        code.setWidthFull();
        code.addKeyDownListener(Key.ENTER, e -> next());
        problem.addClassName("kiosk-problem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!gate.allowed()) {
            event.forwardTo(QueueRoutes.kioskOnly("danh-gia"));
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (goHome != null) {
            goHome.remove();
        }
    }

    private void render() {
        removeAll();
        if (rated != null) {
            thanks();
        } else if (target != null) {
            rate();
        } else {
            askForCode();
        }
    }

    private void askForCode() {
        code.setLabel(getTranslation("rate.kiosk.code"));
        Paragraph hint = new Paragraph(getTranslation("rate.kiosk.hint"));
        hint.addClassName("kiosk-hint");
        Button next = new Button(getTranslation("rate.kiosk.next"), e -> next());
        next.addClassName("rate-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div keypad = new Div(new CodeKeypad(code, MAX_CODE));
        keypad.addClassName("rate-keypad-slot");
        add(new H1(getTranslation("rate.kiosk.title")), hint, code, problem, next, keypad);
        code.focus();
    }

    /** What was scanned or typed: a finished ticket or a dossier code, else the reason in the citizen's words. */
    private void next() {
        try {
            RatingTarget t = survey.resolve(code.getValue());
            if (t instanceof RatingTarget.OfTicket ticket) {
                survey.checkTicketRateable(ticket.ticketId());
            }
            target = t;
            problem.setText("");
            render();
        } catch (SurveyException e) {
            problem.setText(problemText(e));
            code.focus();
        }
    }

    private void rate() {
        String heading = switch (target) {
            case RatingTarget.OfTicket t -> getTranslation("rate.kiosk.ticket", t.display());
            case RatingTarget.OfDossier d -> getTranslation("rate.kiosk.dossier", d.code().value());
        };
        H1 title = new H1(heading);
        title.addClassName("rate-target");
        Paragraph question = new Paragraph(getTranslation("rate.choose"));
        question.addClassName("rate-question-main");
        add(title, question, problem, new RatingPanel(survey.scale(), this::send));
    }

    private void send(RatingInput input) {
        if (!gate.allowed()) {
            UI.getCurrent().navigate(QueueRoutes.kioskOnly("danh-gia"));
            return;
        }
        if (!gate.withinLimit()) {
            problem.setText(getTranslation("survey.problem.TOO_MANY"));
            return;
        }
        try {
            rated = switch (target) {
                case RatingTarget.OfTicket t -> survey.rateTicket(t.ticketId(), input);
                case RatingTarget.OfDossier d -> survey.rateDossier(d.code(), input);
            };
        } catch (SurveyException e) {
            // The window closed meanwhile, say: nothing was stored, the citizen reads why.
            target = null;
            render();
            problem.setText(problemText(e));
            return;
        }
        render();
        goHome = timer.schedule(UI.getCurrent(), thankYou, () -> UI.getCurrent().navigate(HomeView.class));
    }

    private void thanks() {
        Div card = new Div();
        card.addClassName("rate-thanks");
        card.add(new H1(getTranslation("rate.thanks")));
        if (rated.flag() == Rating.Flag.ALREADY_RATED) {
            Paragraph already = new Paragraph(getTranslation(rated.ticketId() != null ? "rate.kiosk.rated.ticket"
                    : "rate.kiosk.rated.dossier", rated.ticketId() != null ? rated.ticketDisplay() : rated.dossierCode()));
            already.addClassName("rate-already");
            card.add(already);
        } else {
            card.add(new Paragraph(getTranslation("rate.thanks.text")));
        }
        Button home = new Button(getTranslation("rate.kiosk.home"), e -> UI.getCurrent().navigate(HomeView.class));
        home.addClassName("kiosk-ticket-done");
        add(card, home);
    }

    private String problemText(SurveyException e) {
        return getTranslation(e.problem().messageKey(), e.arguments());
    }
}
