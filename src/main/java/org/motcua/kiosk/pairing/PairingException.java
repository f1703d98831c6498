package org.motcua.kiosk.pairing;

/** Why an administrator's pairing was refused; the back office says it in words. */
public class PairingException extends RuntimeException {

    public enum Problem { UNKNOWN_CODE, EXPIRED, NO_NAME }

    private final Problem problem;

    public PairingException(Problem problem) {
        super(problem.name(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
