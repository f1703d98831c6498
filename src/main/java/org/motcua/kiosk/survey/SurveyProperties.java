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
 */
@ConfigurationProperties("motcua.survey")
public record SurveyProperties(
        @DefaultValue("3") int levels,
        @DefaultValue("false") boolean chuaWording,
        @DefaultValue("3m") Duration counterWindow,
        @DefaultValue("24h") Duration codeWindow) {

    public SurveyProperties {
        new RatingScale(levels, chuaWording);
        if (counterWindow.isNegative() || counterWindow.isZero() || codeWindow.isNegative() || codeWindow.isZero()) {
            throw new IllegalArgumentException("motcua.survey windows must be positive");
        }
    }

    public RatingScale scale() {
        return new RatingScale(levels, chuaWording);
    }
}
