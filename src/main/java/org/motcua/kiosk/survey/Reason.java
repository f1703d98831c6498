package org.motcua.kiosk.survey;

/** Why a citizen is not satisfied: the chips shown after "Không hài lòng"; texts {@code reason.<NAME>}. */
public enum Reason {
    LONG_WAIT, LATE_RESULT, MANY_TRIPS, STAFF_ATTITUDE, UNCLEAR_GUIDANCE, EXTRA_COSTS, OTHER
}
