package org.motcua.kiosk.queue;

/** Where a ticket is: waiting, called to a counter, being served, or done (finished or not there when called). */
public enum TicketState {
    WAITING, CALLED, SERVING, FINISHED, NO_SHOW;

    public boolean isAtCounter() {
        return this == CALLED || this == SERVING;
    }
}
