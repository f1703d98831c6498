package org.motcua.kiosk.kiosk;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * The interface's words: every bundle under {@code i18n/} on the class path, one per module
 * ({@code i18n/messages.properties} for the shell and the catalogue, {@code i18n/queue.properties}...): the file
 * without a language suffix is Vietnamese, the default, and {@code _en} is English. Every user-facing string lives
 * there; a missing key shows as !key! so it is seen, not hidden.
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

    private final List<String> bundles = bundleNames();

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale l = locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : Locale.ROOT;
        for (String bundle : bundles) {
            ResourceBundle b = ResourceBundle.getBundle(bundle, l, NO_FALLBACK);
            if (b.containsKey(key)) {
                String pattern = b.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
            }
        }
        return "!" + key + "!";
    }

    /** The base names of the bundles: i18n/NAME.properties files, without a language suffix. */
    static List<String> bundleNames() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            return java.util.Arrays.stream(found)
                    .map(Resource::getFilename)
                    .filter(name -> name != null && !name.contains("_"))
                    .map(name -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
                    .distinct().sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot list the i18n bundles", e);
        }
    }
}
