package org.motcua.kiosk.survey;

/**
 * The four questions TT 01/2018 Điều 14.3.a collects per dossier from citizens, each scored 2/1/0 (Điều 13).
 * Question and answer texts: i18n keys {@code criterion.<NAME>} and {@code criterion.<NAME>.<points>}.
 */
public enum Criterion {
    /** Chỉ số 1: time to the result against the rule (earlier 2, on time 1, late 0). */
    C1_TIME,
    /** Chỉ số 3: times the citizen had to come to complete the dossier (none 2, once 1, more 0). */
    C3_CONTACTS,
    /** Chỉ số 4: agencies the citizen had to go to (one 2, two 1, more 0). */
    C4_AGENCIES,
    /** Chỉ số 7: the officers' conduct (better than expected 2, proper 1, complaint 0). */
    C7_ATTITUDE
}
