package org.motcua.kiosk.hub;

/** What was asked of the registry cannot be done, and nothing changed; texts {@code hub.problem.<NAME>}. */
public class HubException extends RuntimeException {

    public enum Problem {
        BAD_CODE, BAD_NAME, OFFICE_EXISTS, UNKNOWN_OFFICE, KIOSK_EXISTS, UNKNOWN_KIOSK;

        public String messageKey() {
            return "hub.problem." + name();
        }
    }

    private final Problem problem;

    public HubException(Problem problem, String detail) {
        super(problem.name() + ": " + detail, null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
