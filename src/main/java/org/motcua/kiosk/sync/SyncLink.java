package org.motcua.kiosk.sync;

/**
 * How this kiosk's link to the hub is protected, for the back office and the log.
 *
 * @param kind what the settings make of it
 * @param trustStore the trust store file, empty when the JDK's is used
 * @param problem why the trust store could not be used ({@link Kind#TRUST_STORE_PROBLEM}); null otherwise
 * @param detail the JDK's own words about that problem, for the administrator; empty otherwise
 */
public record SyncLink(Kind kind, String trustStore, TrustProblem problem, String detail) {

    /** The link's protection. */
    public enum Kind {
        /** No hub configured. */
        NONE,
        /** HTTPS: the hub's certificate is checked (against {@code trustStore}, or the JDK's CAs), its name too. */
        HTTPS,
        /** HTTP to this machine itself: nothing crosses a network. */
        HTTP_LOOPBACK,
        /** HTTP to another machine, allowed by {@code motcua.sync.allow-plain-http}: the token travels in clear. */
        PLAIN_HTTP,
        /** HTTP to another machine, not allowed: the kiosk does not sync. */
        PLAIN_HTTP_REFUSED,
        /** The trust store cannot be used: the kiosk does not sync. */
        TRUST_STORE_PROBLEM
    }

    /** What is wrong with a trust store. */
    public enum TrustProblem {
        /** No such file, or it cannot be read. */
        MISSING,
        /** The password is wrong (or missing). */
        PASSWORD,
        /** A readable file without a single certificate. */
        EMPTY,
        /** Not a PKCS12 / JKS / PEM file of that type. */
        INVALID
    }

    static SyncLink of(Kind kind, SyncProperties p) {
        return new SyncLink(kind, p.trustStore(), null, "");
    }

    /** Whether the kiosk refuses to sync with these settings. */
    public boolean held() {
        return kind == Kind.PLAIN_HTTP_REFUSED || kind == Kind.TRUST_STORE_PROBLEM;
    }

    /** Whether the back office should warn: the kiosk does not sync, or its token travels in clear. */
    public boolean warning() {
        return held() || kind == Kind.PLAIN_HTTP;
    }
}
