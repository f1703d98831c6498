package org.motcua.kiosk.queue;

/**
 * What was asked cannot be done, and nothing changed. The screens show {@link Problem#messageKey()} from the i18n
 * bundles with {@link #arguments()}.
 */
public class QueueException extends RuntimeException {

    public enum Problem {
        UNKNOWN_SERVICE, SERVICE_INACTIVE, CLOSED_TODAY, OUTSIDE_HOURS, DAILY_LIMIT, NUMBERS_EXHAUSTED,
        UNKNOWN_COUNTER, COUNTER_INACTIVE, COUNTER_BUSY, EMPTY_QUEUE, NO_CURRENT_TICKET, UNKNOWN_TICKET,
        OTHER_DAY, NOT_SERVED_HERE, NOT_WAITING, NOT_CALLED, ALREADY_SERVING, SAME_PLACE, CLOCK_BEHIND;

        public String messageKey() {
            return "queue.problem." + name();
        }
    }

    private final Problem problem;
    private final transient Object[] arguments;

    public QueueException(Problem problem, Object... arguments) {
        super(problem.name() + (arguments.length == 0 ? "" : " " + java.util.Arrays.toString(arguments)), null,
                false, false);
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
