package org.motcua.kiosk.admin;

/** What an account may do. Counter officers come with the queue. */
public enum Role {
    ADMIN, OFFICER
}
