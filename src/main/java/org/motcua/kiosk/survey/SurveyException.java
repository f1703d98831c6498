package org.motcua.kiosk.survey;

/** A rating that cannot be taken, with the reason to show; nothing was stored. */
public class SurveyException extends RuntimeException {

    public enum Problem {
        UNKNOWN_CODE, UNKNOWN_TICKET, NOT_FINISHED, TOO_LATE, BAD_LEVEL, DOSSIER_IN_FUTURE, DOSSIER_TOO_OLD;

        public String messageKey() {
            return "survey.problem." + name();
        }
    }

    private final Problem problem;
    private final transient Object[] arguments;

    public SurveyException(Problem problem, Object... arguments) {
        super(problem.name(), null, false, false);
        this.problem = problem;
        this.arguments = arguments;
    }

    public Problem problem() {
        return problem;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
