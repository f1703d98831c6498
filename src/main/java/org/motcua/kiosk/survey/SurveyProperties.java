package org.motcua.kiosk.survey;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code motcua.survey.*}.
 *
 * @param levels 3, 4 or 5 levels
 * @param chuaWording say "Chưa hài lòng" instead of "Không hài lòng"
 * @param counterWindow how long after "Hoàn thành" the counter's screen and buttons accept the rating
 * @param codeWindow how long after "Hoàn thành" a ticket can still be rated at the kiosk by its code
 * @param dossierMaxAge how long after the day in a dossier code (the day it was received) the dossier can be rated:
 *                      a dossier is rated when its result is collected, which for some procedures takes months;
 *                      a code dated later than today, or earlier than this, is not one the office gave out
 */
@ConfigurationProperties("motcua.survey")
public record SurveyProperties(
        @DefaultValue("3") int levels,
        @DefaultValue("false") boolean chuaWording,
        @DefaultValue("3m") Duration counterWindow,
        @DefaultValue("24h") Duration codeWindow,
        @DefaultValue("365d") Duration dossierMaxAge) {

    public SurveyProperties {
        new RatingScale(levels, chuaWording);
        if (counterWindow.isNegative() || counterWindow.isZero() || codeWindow.isNegative() || codeWindow.isZero()
                || dossierMaxAge.isNegative() || dossierMaxAge.isZero()) {
            throw new IllegalArgumentException("motcua.survey windows must be positive");
        }
    }

    public RatingScale scale() {
        return new RatingScale(levels, chuaWording);
    }
}
