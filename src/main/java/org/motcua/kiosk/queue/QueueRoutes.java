package org.motcua.kiosk.queue;

import com.vaadin.flow.router.QueryParameters;

/** Where other modules send a citizen to take a number: the kiosk route, so they need not know the queue's views. */
public final class QueueRoutes {

    public static final String TAKE_NUMBER = "lay-so";
    /** The officer's counter screen; "quay/3" opens counter 3. */
    public static final String COUNTER = "quay";

    private QueueRoutes() {
    }

    /** "Lấy số cho thủ tục này": straight to the service, remembering the procedure. */
    public static String takeNumber(ServiceType service) {
        return TAKE_NUMBER + "/" + service.id();
    }

    /** The query that carries the procedure's code along. */
    public static QueryParameters forProcedure(String procedureCode) {
        return QueryParameters.of(PROCEDURE_PARAMETER, procedureCode);
    }

    public static final String PROCEDURE_PARAMETER = "thu-tuc";

    /** The page that tells a phone or laptop on the LAN what only a kiosk screen does. */
    public static final String KIOSK_ONLY = "chi-tai-ki-ot";

    /** Where to send a browser that may not take a number ("lay-so") or rate by a code ("danh-gia"). */
    public static String kioskOnly(String what) {
        return KIOSK_ONLY + "/" + what;
    }
}
