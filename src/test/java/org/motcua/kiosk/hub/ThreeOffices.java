package org.motcua.kiosk.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.kiosk.hub.SyncBatches.batch;
import static org.motcua.kiosk.hub.SyncBatches.event;
import static org.motcua.kiosk.hub.SyncBatches.rating;
import static org.motcua.kiosk.hub.SyncBatches.servedTicket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Three offices' kiosks send a day's ratings and tickets to the hub, for the reports that compare offices. Codes sort
 * a, b, c; names sort, the Vietnamese way, b "Đồng Xoài", c "Phường Dĩ An", a "Xã Tân Lập" (code order and the
 * characters' order, which puts Đ after X, both differ). Hand-computed figures, counted ratings on a scale of 3:
 * <pre>
 *   office             rated  không hài lòng  766 rate  levels (rất / hài lòng / không)  tickets  finished  no-show  waits (min)  avg  P90  service avg
 *   a Xã Tân Lập         5          1          80.0         60 / 20 / 20                   2        2         0       10, 20      15   20       6  (5, 7)
 *   b Đồng Xoài          4          0         100.0         25 / 75 /  0                   2        1         1       40, 30      35   40      10
 *   c Phường Dĩ An       3          2          33.3         33.3 / 0 / 66.7                3        3         0       5, 15, 25   15   25       4
 *   all                 12          3          75.0                                        7
 * </pre>
 * Office a also sends a flagged press (not counted).
 * <p>
 * Every office has a counter 1 and an officer "canbo" (all ratings are counter 1's, by "canbo"), and tickets served
 * at counter 1 by "canbo1"; a ticket is served at counter n by "canbon". By counter (the same by officer "canbon"):
 * <pre>
 *   office, counter    tickets  finished  no-show  waits (min)  avg  P90  service avg
 *   b Đồng Xoài, 1        2        1         1       40, 30      35   40      10
 *   c Phường Dĩ An, 1     1        1         0       5            5    5       4
 *   c Phường Dĩ An, 2     1        1         0       15          15   15       4
 *   c Phường Dĩ An, 3     1        1         0       25          25   25       4
 *   a Xã Tân Lập, 1       1        1         0       10          10   10       5
 *   a Xã Tân Lập, 2       1        1         0       20          20   20       7
 * </pre>
 * Merged across offices, counter 1 would be 4 tickets waiting 10, 40, 30, 5 minutes and 12 ratings at 75%.
 */
public record ThreeOffices(String a, String b, String c) {

    public static ThreeOffices send(HubRegistry registry, int port, Instant nine) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ThreeOffices o = new ThreeOffices("a-" + suffix, "b-" + suffix, "c-" + suffix);
        registry.addOffice(o.a, "Xã Tân Lập");
        registry.addOffice(o.b, "Đồng Xoài");
        registry.addOffice(o.c, "Phường Dĩ An");

        List<Map<String, Object>> fromA = new ArrayList<>();
        int[] levelsA = {1, 1, 1, 2, 3};
        for (int i = 0; i < levelsA.length; i++) {
            fromA.add(rating(nine.plusSeconds(60L * i), levelsA[i], true));
        }
        fromA.add(rating(nine.plusSeconds(900), 1, false));
        fromA.addAll(servedTicket(UUID.randomUUID(), nine, 10, 5, "ho-tich", 1, "A001"));
        fromA.addAll(servedTicket(UUID.randomUUID(), nine.plusSeconds(60), 20, 7, "ho-tich", 2, "A002"));

        List<Map<String, Object>> fromB = new ArrayList<>();
        for (int level : new int[] {1, 2, 2, 2}) {
            fromB.add(rating(nine.plusSeconds(30), level, true));
        }
        fromB.addAll(servedTicket(UUID.randomUUID(), nine, 40, 10, "dat-dai", 1, "B001"));
        UUID away = UUID.randomUUID();
        fromB.add(event(away, "ISSUED", nine.plusSeconds(120), "dat-dai", null, "B002"));
        fromB.add(event(away, "CALLED", nine.plusSeconds(120 + 30 * 60), "dat-dai", 1, "B002"));
        fromB.add(event(away, "NO_SHOW", nine.plusSeconds(120 + 35 * 60), "dat-dai", 1, "B002"));

        List<Map<String, Object>> fromC = new ArrayList<>();
        for (int level : new int[] {3, 3, 1}) {
            fromC.add(rating(nine.plusSeconds(45), level, true));
        }
        for (int t = 1; t <= 3; t++) {
            fromC.addAll(servedTicket(UUID.randomUUID(), nine.plusSeconds(300L * t), 10 * t - 5, 4, "ho-tich", t,
                    "A00" + t));
        }

        SyncBatches hub = new SyncBatches(port);
        for (var sent : List.of(Map.entry(o.a, fromA), Map.entry(o.b, fromB), Map.entry(o.c, fromC))) {
            String kiosk = "k" + sent.getKey();
            registry.addKiosk(kiosk, sent.getKey(), "Ki-ốt");
            assertThat(hub.postJson(registry.issueToken(kiosk), batch(kiosk, sent.getValue())).statusCode())
                    .isEqualTo(200);
        }
        return o;
    }
}
