package org.motcua.kiosk.printing;

/** Where a print job stands; kept in Derby with the job. */
public enum PrintJobState {
    /** Accepted, waiting for the print thread. */
    QUEUED,
    /** Sent whole and the printer raised no objection. */
    PRINTED,
    /** Sent, or tried, and something went wrong: timeout, lost connection, paper ran out on the way. */
    FAILED,
    /** Never sent: the printer said beforehand it could not print (paper out, cover open, offline). */
    WAITING_FOR_PRINTER
}
