package org.motcua.kiosk.survey;

import java.time.Instant;
import java.util.List;

/**
 * One rating as the reports list it: a "không hài lòng" with its reasons and comment, or a flagged press.
 *
 * @param levelKey the level's i18n key ({@code rating.level.<levelKey>})
 * @param reasons {@link Reason} names
 * @param flag {@link Rating.Flag} name, null for a counted rating
 */
public record RatedLine(Instant recordedAt, String channel, String levelKey, List<String> reasons, String comment,
                        String ticketDisplay, String ticketId, String dossierCode, String serviceId, Integer counter,
                        String officer, String flag) {
}
