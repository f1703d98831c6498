package org.motcua.kiosk.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A kiosk registered straight in a hub's PostgreSQL, with a token the test chooses: for a hub running in another JVM
 * (fault tests), where {@code HubRegistry} is out of reach. The hub must have started once (its migrations made the
 * tables). The same rows as {@code HubRegistry.addOffice}, {@code addKiosk} and {@code issueToken}: the token is kept
 * as the hex SHA-256 of its UTF-8 bytes.
 */
public final class HubSeed {

    private HubSeed() {
    }

    /** Adds the office if new, and the kiosk with this token (replacing its token and lifting a revocation if known). */
    public static void kiosk(String jdbcUrl, String officeCode, String kioskId, String token) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, PostgresCluster.USER, "")) {
            try (PreparedStatement office = c.prepareStatement("""
                    INSERT INTO hub_office (code, name, created_at) VALUES (?, ?, now()) ON CONFLICT (code) DO NOTHING""")) {
                office.setString(1, officeCode);
                office.setString(2, officeCode);
                office.executeUpdate();
            }
            try (PreparedStatement kiosk = c.prepareStatement("""
                    INSERT INTO hub_kiosk (id, office_code, name, created_at, token_hash, token_issued_at)
                    VALUES (?, ?, ?, now(), encode(sha256(convert_to(?, 'UTF8')), 'hex'), now())
                    ON CONFLICT (id) DO UPDATE SET token_hash = EXCLUDED.token_hash,
                        token_issued_at = EXCLUDED.token_issued_at, token_revoked_at = NULL""")) {
                kiosk.setString(1, kioskId);
                kiosk.setString(2, officeCode);
                kiosk.setString(3, kioskId);
                kiosk.setString(4, token);
                kiosk.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not register kiosk " + kioskId + " in " + jdbcUrl, e);
        }
    }
}
