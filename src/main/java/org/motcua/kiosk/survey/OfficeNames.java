package org.motcua.kiosk.survey;

import java.util.Map;

/**
 * The offices whose records the database holds, code to name: what the reports cut by {@link ReportCut#OFFICE} show.
 * Only a hub has one (its module implements this, so the survey never depends on the hub); a kiosk's database is its
 * own office's, and without an implementation the reports offer no cut by office.
 */
public interface OfficeNames {

    /** Every office known, by code; a code with records but no name here is shown as its code. */
    Map<String, String> names();
}
