/**
 * The queue (NĐ 61/2018 Điều 13's automatic queue-ticket machine): services with a letter each, counters, numbers
 * per service and day, priority for the groups the law names, calling, transfer, and every state change as an event
 * with a timestamp. The kiosk's "Lấy số" screens, the counter screen and the hall display board live in {@code ui}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Queue")
package org.motcua.kiosk.queue;
