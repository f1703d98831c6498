package org.motcua.kiosk.pairing;

/**
 * An administrator approved the pairing request with this code: the waiting screen goes to {@code claimPath}, whose
 * answer gives its browser the secret, once.
 */
public record ScreenPaired(String requestCode, String claimPath) {
}
