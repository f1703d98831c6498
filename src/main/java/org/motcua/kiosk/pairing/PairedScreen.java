package org.motcua.kiosk.pairing;

import java.time.Instant;
import java.util.UUID;

/**
 * A screen an administrator paired.
 *
 * @param id its identity (the first half of its cookie)
 * @param name what the administrator called it, e.g. "Quầy 3"
 * @param purpose what it may do
 * @param counter the counter of a {@link ScreenPurpose#RATING} screen, else null
 * @param pairedAt when it was paired
 * @param pairedBy the administrator who paired it
 * @param lastSeen when it last opened a page, or null
 * @param revoked whether it was unpaired (by an administrator, or by pairing another screen to its counter)
 */
public record PairedScreen(UUID id, String name, ScreenPurpose purpose, Integer counter, Instant pairedAt,
                           String pairedBy, Instant lastSeen, boolean revoked) {
}
