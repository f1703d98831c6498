package org.motcua.kiosk.base;

import java.io.OutputStream;

/** Where Derby's own log goes: nowhere; Derby's errors reach us as SQLExceptions and are logged there. */
public final class DerbyLog {

    public static final OutputStream DISCARD = OutputStream.nullOutputStream();

    private DerbyLog() {
    }
}
