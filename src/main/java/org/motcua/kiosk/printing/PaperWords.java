package org.motcua.kiosk.printing;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The printed words, from {@code i18n/paper.properties} (Vietnamese, the default) or {@code paper_en}, and the time
 * as an office in Vietnam writes it. Arguments are passed as text, so that MessageFormat adds no grouping of its own.
 */
final class PaperWords {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(VIETNAM);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;

    PaperWords(Locale locale) {
        Locale l = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        this.bundle = ResourceBundle.getBundle("i18n/paper", l, NO_FALLBACK);
    }

    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, Locale.ROOT).format(texts);
    }

    /** "08:05 21/11/2026", in Vietnam's time whatever the machine's zone. */
    static String time(Instant at) {
        return TIME.format(at);
    }
}
