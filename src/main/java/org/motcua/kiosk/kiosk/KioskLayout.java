package org.motcua.kiosk.kiosk;

import java.time.Clock;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.motcua.kiosk.base.OfficeProperties;

/**
 * The frame of every kiosk screen: Home and Back, the office's name, language, text size and contrast, and the
 * idle countdown that returns to home and forgets what the last citizen typed and chose.
 */
@AnonymousAllowed
public class KioskLayout extends Div implements RouterLayout, AfterNavigationObserver, LocaleChangeObserver {

    private final KioskProperties properties;
    private final IdleScheduler scheduler;
    private final Clock clock;
    private final OfficeProperties office;

    private final Button home = new Button(VaadinIcon.HOME.create());
    private final Button back = new Button(VaadinIcon.ARROW_LEFT.create());
    private final Button smaller = new Button();
    private final Button larger = new Button();
    private final Button contrast = new Button(VaadinIcon.ADJUST.create());
    private final Button language = new Button(VaadinIcon.GLOBE.create());
    private final Span officeName = new Span();
    private final Div idleBanner = new Div();
    private final Span idleText = new Span();
    private final Button stay = new Button();
    private final Main content = new Main();
    private IdleTimer timer;
    private Runnable ticker;
    private boolean atHome;

    public KioskLayout(KioskProperties properties, IdleScheduler scheduler, Clock clock, OfficeProperties office) {
        this.properties = properties;
        this.scheduler = scheduler;
        this.clock = clock;
        this.office = office;
        addClassName("kiosk-shell");

        home.addClassName("kiosk-nav");
        home.addClickListener(e -> UI.getCurrent().navigate(HomeView.class));
        back.addClassName("kiosk-nav");
        back.addClickListener(e -> UI.getCurrent().getPage().getHistory().back());
        smaller.addClassName("kiosk-tool");
        smaller.addClickListener(e -> changeText(-1));
        larger.addClassName("kiosk-tool");
        larger.addClickListener(e -> changeText(+1));
        contrast.addClassName("kiosk-tool");
        contrast.addClickListener(e -> toggleContrast());
        language.addClassName("kiosk-tool");
        language.addClickListener(e -> toggleLanguage());
        officeName.addClassName("kiosk-office");

        Div top = new Div(officeName, language);
        top.addClassName("kiosk-bar-top");
        Div left = new Div(home, back);
        left.addClassName("kiosk-bar-group");
        Div right = new Div(smaller, larger, contrast);
        right.addClassName("kiosk-bar-group");
        Div nav = new Div(left, right);
        nav.addClassName("kiosk-bar-nav");
        Header bar = new Header(top, nav);
        bar.addClassName("kiosk-bar");

        idleBanner.addClassName("kiosk-idle");
        idleBanner.setVisible(false);
        stay.addClassName("kiosk-idle-stay");
        stay.addClickListener(e -> activity());
        idleBanner.add(idleText, stay);

        content.addClassName("kiosk-content");
        add(bar, idleBanner, content);

        // Any touch or key anywhere on the screen counts as activity.
        getElement().addEventListener("pointerdown", e -> activity());
        getElement().addEventListener("keydown", e -> activity());
        labels();
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        content.getElement().appendChild(view.getElement());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        KioskPreferences prefs = preferences();
        if (!ui.getLocale().equals(prefs.locale())) {
            ui.setLocale(prefs.locale());
        }
        applyPreferences();
        timer = new IdleTimer(properties.idleTimeout(), properties.idleWarning(), clock.instant());
        ticker = () -> ui.access(() -> tick(clock.instant()));
        scheduler.register(ticker);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        scheduler.unregister(ticker);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        atHome = event.getLocation().getPath().isEmpty();
        back.setEnabled(!atHome);
        activity();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        labels();
    }

    /** Called once a second (and by tests with a moved clock). */
    public void tick(java.time.Instant now) {
        switch (timer.tick(now)) {
            case IdleTimer.State.Active a -> idleBanner.setVisible(false);
            case IdleTimer.State.Warning w -> {
                if (atHome && preferences().isDefault()) {
                    return;
                }
                idleText.setText(getTranslation("shell.idle", w.secondsLeft()));
                idleBanner.setVisible(true);
            }
            case IdleTimer.State.Expired x -> reset();
        }
    }

    /** The next citizen starts fresh: home, Vietnamese, normal text and colours, nothing typed. */
    private void reset() {
        idleBanner.setVisible(false);
        KioskPreferences prefs = preferences();
        boolean languageChanged = prefs.isEnglish();
        prefs.reset();
        applyPreferences();
        if (languageChanged) {
            UI.getCurrent().setLocale(prefs.locale());
        }
        if (!atHome) {
            UI.getCurrent().navigate(HomeView.class);
        }
    }

    private void activity() {
        if (timer != null) {
            timer.touch(clock.instant());
        }
        idleBanner.setVisible(false);
    }

    private void changeText(int delta) {
        KioskPreferences prefs = preferences();
        prefs.textStep(prefs.textStep() + delta);
        applyPreferences();
    }

    private void toggleContrast() {
        KioskPreferences prefs = preferences();
        prefs.highContrast(!prefs.highContrast());
        applyPreferences();
    }

    private void toggleLanguage() {
        KioskPreferences prefs = preferences();
        prefs.locale(prefs.isEnglish() ? Translations.VIETNAMESE : Translations.ENGLISH);
        UI.getCurrent().setLocale(prefs.locale());
    }

    private void applyPreferences() {
        KioskPreferences prefs = preferences();
        getStyle().set("--kiosk-scale", String.valueOf(prefs.textScale()));
        setClassName("high-contrast", prefs.highContrast());
        smaller.setEnabled(prefs.textStep() > KioskPreferences.MIN_TEXT_STEP);
        larger.setEnabled(prefs.textStep() < KioskPreferences.MAX_TEXT_STEP);
        contrast.setText(getTranslation(prefs.highContrast() ? "shell.contrast.off" : "shell.contrast"));
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getElement().setAttribute("lang", prefs.isEnglish() ? "en" : "vi");
        }
    }

    private void labels() {
        home.setText(getTranslation("shell.home"));
        back.setText(getTranslation("shell.back"));
        smaller.setText(getTranslation("shell.textSmaller"));
        smaller.getElement().setAttribute("aria-label", getTranslation("shell.textSmaller.aria"));
        larger.setText(getTranslation("shell.textLarger"));
        larger.getElement().setAttribute("aria-label", getTranslation("shell.textLarger.aria"));
        language.setText(getTranslation("shell.language"));
        language.getElement().setAttribute("aria-label", getTranslation("shell.language.aria"));
        stay.setText(getTranslation("shell.idle.stay"));
        officeName.setText(office.name());
        if (UI.getCurrent() != null && UI.getCurrent().getSession() != null) {
            contrast.setText(getTranslation(preferences().highContrast() ? "shell.contrast.off" : "shell.contrast"));
        }
    }

    private static KioskPreferences preferences() {
        return KioskPreferences.of(UI.getCurrent().getSession());
    }

    /** For tests and views: the content area's current view. */
    Component currentContent() {
        return content.getChildren().findFirst().orElse(null);
    }
}
