package org.motcua.kiosk.pairing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pairing: a screen that is not the kiosk's own asks ({@link #request}) and shows a six-digit code; an administrator
 * types that code in the back office ({@link #approve}); the waiting screen is then sent, once, to a claim address
 * whose answer sets a cookie holding the screen's id and a random secret ({@link #claim}). The database keeps only
 * the secret's SHA-256, so a copy of the database pairs nothing. A screen is known again by that cookie
 * ({@link #identify}). A counter has one rating screen: pairing another to it unpairs the first.
 * <p>
 * Waiting requests and claims live in memory only, few and short-lived (a LAN full of phones can ask for codes: at
 * most {@value #MAX_WAITING} wait, the oldest gives way), so a restart just asks the screen to show a new code.
 */
@Service
public class PairedScreens {

    /** The cookie a paired screen's browser keeps: {@code <id>.<secret>}, HttpOnly. */
    public static final String COOKIE = "MOTCUA_SCREEN";
    /** Where a paired screen's browser collects its cookie. */
    public static final String CLAIM_PATH = "/ghep-noi";
    static final Duration REQUEST_LIFETIME = Duration.ofMinutes(15);
    static final Duration CLAIM_LIFETIME = Duration.ofMinutes(5);
    static final int MAX_WAITING = 50;
    private static final Duration SEEN_EVERY = Duration.ofMinutes(1);
    private static final Pattern COOKIE_VALUE = Pattern.compile("([0-9a-f-]{36})\\.([A-Za-z0-9_-]{43})");
    private static final Logger log = LoggerFactory.getLogger(PairedScreens.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();
    /** By code, oldest first; guarded by this. */
    private final Map<String, Waiting> waiting = new LinkedHashMap<>();
    /** By token; guarded by this. */
    private final Map<String, Claim> claims = new LinkedHashMap<>();

    private record Waiting(PairingRequest request, String returnPath) {
    }

    /**
     * What a paired screen's browser collects once: the cookie's value and the page to go back to.
     *
     * @param returnPath a path of this server, fixed by the screen that asked (never taken from the claim's address)
     */
    public record Claim(UUID screenId, String secret, String returnPath, Instant expires) {
        public String cookieValue() {
            return screenId + "." + secret;
        }
    }

    /**
     * A pairing done: the screen, and the address its waiting page is sent to (also announced as
     * {@link ScreenPaired}); never shown to the administrator.
     */
    public record Approval(PairedScreen screen, String claimPath) {
    }

    PairedScreens(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /**
     * A screen asks to be paired: the code it shows. {@code returnPath} is where its browser goes once paired (a path
     * of this server, starting with a single "/").
     */
    public synchronized PairingRequest request(ScreenPurpose purpose, Integer counter, String address, String returnPath) {
        if (returnPath == null || !returnPath.startsWith("/") || returnPath.startsWith("//")) {
            throw new IllegalArgumentException("A pairing's return path is a path of this server: " + returnPath);
        }
        if ((purpose == ScreenPurpose.RATING) != (counter != null)) {
            throw new IllegalArgumentException("A rating screen, and only one, is paired to a counter");
        }
        prune();
        // The same screen asking again (its browser started again, its page reloaded): the code it showed before is on
        // no screen any more, and an administrator who typed it would pair a page nobody sees
        waiting.values().removeIf(w -> w.request().purpose() == purpose
                && Objects.equals(w.request().counter(), counter)
                && Objects.equals(w.request().address(), address));
        while (waiting.size() >= MAX_WAITING) {
            Iterator<String> oldest = waiting.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        String code;
        do {
            code = String.format("%06d", random.nextInt(1_000_000));
        } while (waiting.containsKey(code));
        PairingRequest request = new PairingRequest(code, purpose, counter, clock.instant(), address);
        waiting.put(code, new Waiting(request, returnPath));
        return request;
    }

    /** The screen showing {@code code} shows it no more (its page was closed, or it shows a new code). */
    public synchronized void withdraw(String code) {
        if (code != null) {
            waiting.remove(code);
        }
    }

    /** Whether the request with this code still waits (a screen shows a new code when its own has expired). */
    public synchronized boolean isWaiting(String code) {
        prune();
        return waiting.containsKey(code);
    }

    /** The screens waiting now, oldest first, for the back office. */
    public synchronized List<PairingRequest> waiting() {
        prune();
        return waiting.values().stream().map(Waiting::request).toList();
    }

    /**
     * An administrator pairs the screen showing {@code code}, under a name of their choice.
     *
     * @throws PairingException UNKNOWN_CODE, EXPIRED, NO_NAME
     */
    @Transactional
    public Approval approve(String code, String name, String administrator) {
        String digits = code == null ? "" : code.replaceAll("[\\s-]", "");
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 60) {
            throw new PairingException(PairingException.Problem.NO_NAME);
        }
        Waiting w;
        synchronized (this) {
            w = waiting.remove(digits);
            if (w == null) {
                throw new PairingException(PairingException.Problem.UNKNOWN_CODE);
            }
            if (expired(w.request().requestedAt(), REQUEST_LIFETIME)) {
                throw new PairingException(PairingException.Problem.EXPIRED);
            }
        }
        PairingRequest r = w.request();
        Instant now = clock.instant();
        if (r.purpose() == ScreenPurpose.RATING) {
            int unpaired = jdbc.sql("UPDATE paired_screen SET revoked = TRUE WHERE purpose = 'RATING' AND counter_num = ?"
                    + " AND revoked = FALSE").param(r.counter()).update();
            if (unpaired > 0) {
                log.info("Counter {}'s earlier rating screen unpaired: another was paired to it", r.counter());
            }
        }
        UUID id = UUID.randomUUID();
        String secret = token();
        jdbc.sql("INSERT INTO paired_screen (id, name, purpose, counter_num, secret_sha256, paired_at, paired_by, revoked)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, FALSE)")
                .params(id.toString(), label, r.purpose().name(), r.counter(), sha256(secret), Timestamp.from(now),
                        administrator)
                .update();
        String token = token();
        synchronized (this) {
            claims.put(token, new Claim(id, secret, w.returnPath(), now.plus(CLAIM_LIFETIME)));
        }
        log.info("Screen '{}' ({}{}) paired by {} from {}", label, r.purpose(),
                r.counter() == null ? "" : " counter " + r.counter(), administrator, r.address());
        String claimPath = CLAIM_PATH + "?t=" + token;
        events.publishEvent(new ScreenPaired(r.code(), claimPath));
        return new Approval(new PairedScreen(id, label, r.purpose(), r.counter(), now, administrator, null, false),
                claimPath);
    }

    /** The claim with this token, once; empty when unknown, used or expired. */
    public synchronized Optional<Claim> claim(String token) {
        Claim c = token == null ? null : claims.remove(token);
        prune();
        return c == null || !clock.instant().isBefore(c.expires()) ? Optional.empty() : Optional.of(c);
    }

    /** The paired, not unpaired, screen whose cookie this is; empty for anything else. */
    public Optional<PairedScreen> identify(String cookieValue) {
        var m = cookieValue == null ? null : COOKIE_VALUE.matcher(cookieValue);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        record Row(PairedScreen screen, String hash) {
        }
        Optional<Row> row = jdbc.sql("SELECT id, name, purpose, counter_num, paired_at, paired_by, last_seen, revoked,"
                        + " secret_sha256 FROM paired_screen WHERE id = ?")
                .param(m.group(1))
                .query((rs, i) -> new Row(screen(rs), rs.getString(9)))
                .optional();
        if (row.isEmpty() || row.get().screen().revoked() || !MessageDigest.isEqual(
                row.get().hash().getBytes(StandardCharsets.US_ASCII), sha256(m.group(2)).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        PairedScreen s = row.get().screen();
        Instant now = clock.instant();
        if (s.lastSeen() == null || s.lastSeen().plus(SEEN_EVERY).isBefore(now) || s.lastSeen().isAfter(now)) {
            jdbc.sql("UPDATE paired_screen SET last_seen = ? WHERE id = ?").params(Timestamp.from(now), s.id().toString())
                    .update();
        }
        return Optional.of(s);
    }

    /** The screen with this id, if paired and not unpaired (for a screen known by its session). */
    public Optional<PairedScreen> active(UUID id) {
        return jdbc.sql("SELECT id, name, purpose, counter_num, paired_at, paired_by, last_seen, revoked, secret_sha256"
                        + " FROM paired_screen WHERE id = ? AND revoked = FALSE")
                .param(id.toString()).query((rs, i) -> screen(rs)).optional();
    }

    /** Every screen still paired, by purpose, counter and name. */
    public List<PairedScreen> screens() {
        return jdbc.sql("SELECT id, name, purpose, counter_num, paired_at, paired_by, last_seen, revoked, secret_sha256"
                        + " FROM paired_screen WHERE revoked = FALSE ORDER BY purpose, counter_num, name")
                .query((rs, i) -> screen(rs)).list();
    }

    /** Unpairs a screen: its cookie opens nothing from now on. */
    public void revoke(UUID id, String administrator) {
        if (jdbc.sql("UPDATE paired_screen SET revoked = TRUE WHERE id = ? AND revoked = FALSE").param(id.toString())
                .update() > 0) {
            log.info("Screen {} unpaired by {}", id, administrator);
        }
    }

    private PairedScreen screen(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp seen = rs.getTimestamp(7);
        int counter = rs.getInt(4);
        return new PairedScreen(UUID.fromString(rs.getString(1)), rs.getString(2), ScreenPurpose.valueOf(rs.getString(3)),
                rs.wasNull() ? null : counter, rs.getTimestamp(5).toInstant(), rs.getString(6),
                seen == null ? null : seen.toInstant(), rs.getBoolean(8));
    }

    private void prune() {
        waiting.values().removeIf(w -> expired(w.request().requestedAt(), REQUEST_LIFETIME));
        Instant now = clock.instant();
        claims.values().removeIf(c -> !now.isBefore(c.expires()));
        List<String> extra = new ArrayList<>(claims.keySet());
        for (int i = 0; i < extra.size() - MAX_WAITING; i++) {
            claims.remove(extra.get(i));
        }
    }

    private boolean expired(Instant since, Duration lifetime) {
        Instant now = clock.instant();
        return !now.isBefore(since.plus(lifetime)) || now.isBefore(since.minus(Duration.ofMinutes(1)));
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
