package org.motcua.kiosk.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import org.motcua.kiosk.base.RollingLimit;

/**
 * Wrong passwords, counted and logged from Spring Security's authentication events: {@value #PER_ACCOUNT} for one
 * account from one address, or {@value #PER_ADDRESS} for any accounts from one address, within {@link #WINDOW}, and
 * that address may not try again (not even the right password) until the oldest of them is {@link #WINDOW} old. A
 * phone on the office Wi-Fi guessing the administrator's password gets a handful of guesses an hour, not thousands;
 * the office's own counters, at other addresses, are not locked out by it.
 */
@Component
public class LoginThrottle {

    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final RollingLimit byAccount;
    private final RollingLimit byAddress;
    /** One "held back" line a minute per address: a script that keeps posting must not fill the log instead. */
    private final RollingLimit heldBackLines;

    LoginThrottle(Clock clock) {
        this.byAccount = new RollingLimit(PER_ACCOUNT, WINDOW, clock);
        this.byAddress = new RollingLimit(PER_ADDRESS, WINDOW, clock);
        this.heldBackLines = new RollingLimit(1, Duration.ofMinutes(1), clock);
    }

    /** Thrown before the password is even looked at, while the caller's address is held back. */
    public static final class TooManyAttempts extends LockedException {

        private final transient Instant until;

        TooManyAttempts(Instant until) {
            super("Too many wrong passwords from this address; try again after " + until);
            this.until = until;
        }

        /** When the address may try again. */
        public Instant until() {
            return until;
        }
    }

    /** Refuses {@code attempt} while its address is held back for this account or for all. */
    void check(Authentication attempt) {
        String address = address(attempt);
        Optional<Instant> until = byAddress.blockedUntil(address)
                .or(() -> byAccount.blockedUntil(accountKey(attempt, address)));
        if (until.isPresent()) {
            if (heldBackLines.tryAcquire(address)) {
                log.warn("Đăng nhập bị tạm chặn: tài khoản '{}' từ {} (sai mật khẩu quá nhiều lần) / Login held "
                        + "back: account '{}' from {} (too many wrong passwords) until {}",
                        printable(attempt.getName()), address, printable(attempt.getName()), address, until.get());
            }
            throw new TooManyAttempts(until.get());
        }
    }

    @EventListener
    void wrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        Authentication attempt = event.getAuthentication();
        String address = address(attempt);
        byAccount.record(accountKey(attempt, address));
        byAddress.record(address);
        log.warn("Đăng nhập sai: tài khoản '{}' từ {} / Failed login: account '{}' from {}",
                printable(attempt.getName()), address, printable(attempt.getName()), address);
    }

    @EventListener
    void loggedIn(AuthenticationSuccessEvent event) {
        Authentication user = event.getAuthentication();
        String address = address(user);
        byAccount.forget(accountKey(user, address));
        log.info("Đăng nhập: tài khoản '{}' từ {} / Logged in: account '{}' from {}",
                user.getName(), address, user.getName(), address);
    }

    private static String accountKey(Authentication attempt, String address) {
        return attempt.getName().toLowerCase(Locale.ROOT) + "|" + address;
    }

    /** The TCP peer, as Tomcat saw it: no forwarded header is believed. */
    private static String address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "?";
    }

    /** A user name as typed, made safe for one log line (no line breaks, bounded). */
    private static String printable(String typed) {
        String name = typed == null ? "" : typed.replaceAll("\\p{Cntrl}", "?");
        return name.length() > 64 ? name.substring(0, 64) + "…" : name;
    }
}
