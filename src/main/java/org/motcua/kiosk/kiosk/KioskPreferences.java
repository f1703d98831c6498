package org.motcua.kiosk.kiosk;

import java.util.Locale;

import com.vaadin.flow.server.VaadinSession;

/**
 * What one citizen chose on this kiosk: language, text size and contrast. Kept in the Vaadin session so
 * it follows them from screen to screen, and reset to the defaults when the kiosk goes idle.
 */
public final class KioskPreferences {

    public static final int MIN_TEXT_STEP = -1;
    public static final int MAX_TEXT_STEP = 3;
    private static final double[] SCALES = {0.85, 1.0, 1.2, 1.4, 1.65};

    private Locale locale = Translations.VIETNAMESE;
    private int textStep;
    private boolean highContrast;

    public static KioskPreferences of(VaadinSession session) {
        KioskPreferences p = session.getAttribute(KioskPreferences.class);
        if (p == null) {
            p = new KioskPreferences();
            session.setAttribute(KioskPreferences.class, p);
        }
        return p;
    }

    public Locale locale() {
        return locale;
    }

    public void locale(Locale locale) {
        this.locale = locale;
    }

    public boolean isEnglish() {
        return "en".equals(locale.getLanguage());
    }

    public int textStep() {
        return textStep;
    }

    /** @return whether the step changed (false at either end) */
    public boolean textStep(int step) {
        int clamped = Math.max(MIN_TEXT_STEP, Math.min(MAX_TEXT_STEP, step));
        boolean changed = clamped != textStep;
        textStep = clamped;
        return changed;
    }

    public double textScale() {
        return SCALES[textStep - MIN_TEXT_STEP];
    }

    public boolean highContrast() {
        return highContrast;
    }

    public void highContrast(boolean on) {
        highContrast = on;
    }

    public boolean isDefault() {
        return textStep == 0 && !highContrast && !isEnglish();
    }

    public void reset() {
        locale = Translations.VIETNAMESE;
        textStep = 0;
        highContrast = false;
    }
}
