package org.motcua.kiosk.hub;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The offices and kiosks the hub knows, and the kiosks' tokens. A token is 32 random bytes in base64url, shown once
 * when issued and stored only as its SHA-256 (hex); issuing again replaces it, revoking refuses it from then on.
 */
@Service
@Profile("hub")
public class HubRegistry {

    /** An office code or kiosk id: letters, digits, '.', '_' and '-', as it appears in URLs and logs. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final int CODE_MAX = 40;
    private static final int KIOSK_ID_MAX = 60;
    private static final SecureRandom RANDOM = new SecureRandom();

    public record Office(String code, String name) {
    }

    public enum TokenState {
        /** Never issued: the kiosk cannot send yet. */
        NONE,
        ACTIVE,
        REVOKED
    }

    /**
     * A kiosk as the hub sees it: its office, its token's state, when it last called and sent a batch, how many
     * records it sent (and how many were new), and the catalogue ETag it was last served.
     */
    public record Kiosk(String id, String officeCode, String name, TokenState tokenState, Instant tokenIssuedAt,
                        Instant tokenRevokedAt, Instant lastSeenAt, Instant lastBatchAt, long recordsReceived,
                        long recordsStored, String catalogEtag) {
    }

    private static final String KIOSK_COLUMNS = """
            id, office_code, name, token_hash, token_issued_at, token_revoked_at, last_seen_at, last_batch_at,
            records_received, records_stored, catalog_etag""";

    private final JdbcClient jdbc;
    private final Clock clock;

    HubRegistry(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Office addOffice(String code, String name) {
        String c = code(code, CODE_MAX);
        String n = name(name, 300);
        try {
            jdbc.sql("INSERT INTO hub_office (code, name, created_at) VALUES (?, ?, ?)")
                    .params(c, n, Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException e) {
            throw new HubException(HubException.Problem.OFFICE_EXISTS, c);
        }
        return new Office(c, n);
    }

    public Kiosk addKiosk(String id, String officeCode, String name) {
        String k = code(id, KIOSK_ID_MAX);
        String n = name(name, 200);
        if (officeCode == null || offices().stream().noneMatch(o -> o.code().equals(officeCode))) {
            throw new HubException(HubException.Problem.UNKNOWN_OFFICE, String.valueOf(officeCode));
        }
        try {
            jdbc.sql("INSERT INTO hub_kiosk (id, office_code, name, created_at) VALUES (?, ?, ?, ?)")
                    .params(k, officeCode, n, Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException e) {
            throw new HubException(HubException.Problem.KIOSK_EXISTS, k);
        }
        return kiosk(k).orElseThrow();
    }

    /** A new token for the kiosk, to be shown once: the hub keeps only its hash. Replaces (and so ends) the last one. */
    public String issueToken(String kioskId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        int updated = jdbc.sql("""
                UPDATE hub_kiosk SET token_hash = ?, token_issued_at = ?, token_revoked_at = NULL WHERE id = ?""")
                .params(hash(token), Timestamp.from(clock.instant()), kioskId).update();
        if (updated == 0) {
            throw new HubException(HubException.Problem.UNKNOWN_KIOSK, String.valueOf(kioskId));
        }
        return token;
    }

    /** The kiosk's token is refused from now on (401), until a new one is issued. */
    public void revoke(String kioskId) {
        int updated = jdbc.sql("""
                UPDATE hub_kiosk SET token_revoked_at = COALESCE(token_revoked_at, ?) WHERE id = ?""")
                .params(Timestamp.from(clock.instant()), kioskId).update();
        if (updated == 0) {
            throw new HubException(HubException.Problem.UNKNOWN_KIOSK, String.valueOf(kioskId));
        }
    }

    public List<Office> offices() {
        return jdbc.sql("SELECT code, name FROM hub_office ORDER BY code")
                .query((rs, i) -> new Office(rs.getString(1), rs.getString(2))).list();
    }

    public List<Kiosk> kiosks() {
        return jdbc.sql("SELECT " + KIOSK_COLUMNS + " FROM hub_kiosk ORDER BY office_code, id")
                .query(HubRegistry::kiosk).list();
    }

    public Optional<Kiosk> kiosk(String id) {
        return jdbc.sql("SELECT " + KIOSK_COLUMNS + " FROM hub_kiosk WHERE id = ?").param(id)
                .query(HubRegistry::kiosk).optional();
    }

    /** The kiosk whose current, unrevoked token this is; empty for anything else (no token, unknown, revoked). */
    public Optional<Kiosk> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + KIOSK_COLUMNS + " FROM hub_kiosk WHERE token_hash = ? AND token_revoked_at IS NULL")
                .param(hash(token.strip())).query(HubRegistry::kiosk).optional();
    }

    /** The kiosk called (any authenticated request). */
    void seen(String kioskId) {
        jdbc.sql("UPDATE hub_kiosk SET last_seen_at = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant()), kioskId).update();
    }

    /** The kiosk was answered with this catalogue version (200 with it, or 304: it has it). */
    void catalogServed(String kioskId, String etag) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("UPDATE hub_kiosk SET catalog_etag = ?, catalog_served_at = ?, last_seen_at = ? WHERE id = ?")
                .params(etag, now, now, kioskId).update();
    }

    /** A batch was accepted, in the batch's transaction. */
    void batchAccepted(String kioskId, int received, int stored) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                UPDATE hub_kiosk SET last_seen_at = ?, last_batch_at = ?, records_received = records_received + ?,
                       records_stored = records_stored + ? WHERE id = ?""")
                .params(now, now, received, stored, kioskId).update();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String code(String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max || !CODE.matcher(v).matches()) {
            throw new HubException(HubException.Problem.BAD_CODE, v);
        }
        return v;
    }

    private static String name(String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max || v.indexOf('\0') >= 0) {
            throw new HubException(HubException.Problem.BAD_NAME, v);
        }
        return v;
    }

    private static Kiosk kiosk(ResultSet rs, int row) throws SQLException {
        Instant issued = instant(rs.getTimestamp(5));
        Instant revoked = instant(rs.getTimestamp(6));
        TokenState state = rs.getString(4) == null ? TokenState.NONE
                : revoked != null ? TokenState.REVOKED : TokenState.ACTIVE;
        return new Kiosk(rs.getString(1), rs.getString(2), rs.getString(3), state, issued, revoked,
                instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)), rs.getLong(9), rs.getLong(10),
                rs.getString(11));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
