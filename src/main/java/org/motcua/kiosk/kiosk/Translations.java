package org.motcua.kiosk.kiosk;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * The interface's words: i18n/messages.properties (Vietnamese, the default) and messages_en.properties.
 * Every user-facing string lives there; a missing key shows as !key! so it is seen, not hidden.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(VIETNAMESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale l = locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : Locale.ROOT;
        try {
            String pattern = ResourceBundle.getBundle("i18n/messages", l, NO_FALLBACK).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }
}
