package org.motcua.kiosk.survey;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One rating as stored. {@code counted} is false for a flagged one (a press outside any rating window, a second
 * rating of the same ticket or dossier): kept, shown in the reports as flagged, never in the satisfaction rate.
 */
public record Rating(UUID id, Instant recordedAt, Channel channel, int scaleSize, int level, boolean dissatisfied,
                     UUID ticketId, String ticketDisplay, String dossierCode, String serviceId, String field,
                     Integer counter, String officer, Map<Criterion, Integer> answers, Set<Reason> reasons,
                     String comment, boolean counted, Flag flag) {

    /** Why a rating is not counted. */
    public enum Flag {
        /** A press at a counter when no finished ticket was waiting for its rating. */
        OUTSIDE_WINDOW,
        /** The ticket or dossier was rated already. */
        ALREADY_RATED,
        /** A dossier code the office cannot have given out: dated after the day it was rated, or too long before. */
        IMPLAUSIBLE_CODE
    }
}
