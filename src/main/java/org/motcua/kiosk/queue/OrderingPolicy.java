package org.motcua.kiosk.queue;

/**
 * The order in which waiting tickets are called, chosen by an administrator.
 *
 * @param mode STRICT: priority tickets always first; INTERLEAVED: one priority ticket after every
 *             {@code interleaveEvery} normal ones
 * @param interleaveEvery normal tickets called between two priority ones (INTERLEAVED)
 * @param maxWaitMinutes a normal ticket waiting longer than this is called before any priority ticket, so nobody
 *                       waits forever; 0 turns the guard off
 * @param defaultServiceMinutes the service time assumed for estimates until the day has finished tickets of its own
 */
public record OrderingPolicy(Mode mode, int interleaveEvery, int maxWaitMinutes, int defaultServiceMinutes) {

    public enum Mode { STRICT, INTERLEAVED }

    public OrderingPolicy {
        if (interleaveEvery < 1 || interleaveEvery > 50) {
            throw new IllegalArgumentException("số vé thường giữa hai vé ưu tiên phải từ 1 đến 50 / interleave must be 1..50");
        }
        if (maxWaitMinutes < 0 || maxWaitMinutes > 600) {
            throw new IllegalArgumentException("thời gian chờ tối đa phải từ 0 đến 600 phút / max wait must be 0..600 minutes");
        }
        if (defaultServiceMinutes < 1 || defaultServiceMinutes > 240) {
            throw new IllegalArgumentException("thời gian phục vụ mặc định phải từ 1 đến 240 phút / default service time 1..240");
        }
    }

    public static OrderingPolicy standard() {
        return new OrderingPolicy(Mode.INTERLEAVED, 3, 45, 6);
    }
}
