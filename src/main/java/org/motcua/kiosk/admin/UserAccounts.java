package org.motcua.kiosk.admin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Accounts in the database, passwords hashed; and the one-time creation of the first administrator. */
@Service
public class UserAccounts implements UserDetailsService {

    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,40}");
    private static final Logger log = LoggerFactory.getLogger(UserAccounts.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final AdminProperties properties;

    UserAccounts(JdbcClient jdbc, PasswordEncoder encoder, Clock clock, AdminProperties properties) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
        this.properties = properties;
    }

    /** Why a first administrator could not be created. */
    public enum SetupProblem { ADMIN_EXISTS, BAD_USERNAME, PASSWORD_TOO_SHORT, USERNAME_TAKEN, LAST_ADMINISTRATOR }

    /** An account as the back office lists it; never its password hash. */
    public record Account(String username, Role role, boolean enabled, Instant createdAt) {
    }

    public static class SetupException extends RuntimeException {
        private final SetupProblem problem;

        SetupException(SetupProblem problem) {
            super(problem.name());
            this.problem = problem;
        }

        public SetupProblem problem() {
            return problem;
        }
    }

    public boolean hasAdministrator() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE role = 'ADMIN' AND enabled = TRUE")
                .query(Integer.class).single() > 0;
    }

    /**
     * Creates the first administrator; refused once any administrator exists, so the setup screen cannot be used
     * to take over a configured kiosk.
     */
    public synchronized void createFirstAdministrator(String username, String password) {
        if (hasAdministrator()) {
            throw new SetupException(SetupProblem.ADMIN_EXISTS);
        }
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new SetupException(SetupProblem.BAD_USERNAME);
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new SetupException(SetupProblem.PASSWORD_TOO_SHORT);
        }
        insert(username, encoder.encode(password), Role.ADMIN);
        log.info("First administrator '{}' created", username);
    }

    public List<Account> accounts() {
        return jdbc.sql("SELECT username, role, enabled, created_at FROM app_user ORDER BY role, username")
                .query((rs, i) -> new Account(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getBoolean(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** A counter officer's account, created by an administrator; the password is stored hashed. */
    public synchronized void createOfficer(String username, String password) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new SetupException(SetupProblem.BAD_USERNAME);
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new SetupException(SetupProblem.PASSWORD_TOO_SHORT);
        }
        if (find(username).isPresent()) {
            throw new SetupException(SetupProblem.USERNAME_TAKEN);
        }
        insert(username, encoder.encode(password), Role.OFFICER);
        log.info("Officer '{}' created", username);
    }

    /** Locks or unlocks an account; the last enabled administrator cannot be locked, or nobody could get in. */
    public synchronized void setEnabled(String username, boolean enabled) {
        Account account = accounts().stream().filter(a -> a.username().equals(username)).findFirst()
                .orElseThrow(() -> new UsernameNotFoundException(username));
        if (!enabled && account.role() == Role.ADMIN && account.enabled()
                && accounts().stream().filter(a -> a.role() == Role.ADMIN && a.enabled()).count() == 1) {
            throw new SetupException(SetupProblem.LAST_ADMINISTRATOR);
        }
        jdbc.sql("UPDATE app_user SET enabled = ? WHERE username = ?").params(enabled, username).update();
        log.info("Account '{}' {}", username, enabled ? "enabled" : "disabled");
    }

    @EventListener(ApplicationReadyEvent.class)
    void createFromConfiguration() {
        String password = properties.initialPassword();
        if (password == null || password.isBlank() || hasAdministrator()) {
            return;
        }
        if (password.startsWith("{")) {
            insert(properties.initialUsername(), password, Role.ADMIN);
            log.info("First administrator '{}' created from configuration", properties.initialUsername());
        } else {
            createFirstAdministrator(properties.initialUsername(), password);
        }
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException(username));
    }

    private Optional<UserDetails> find(String username) {
        return jdbc.sql("SELECT username, password_hash, role, enabled FROM app_user WHERE username = ?")
                .param(username)
                .query((rs, i) -> User.withUsername(rs.getString(1))
                        .password(rs.getString(2))
                        .roles(rs.getString(3))
                        .disabled(!rs.getBoolean(4))
                        .build())
                .optional();
    }

    private void insert(String username, String hash, Role role) {
        jdbc.sql("INSERT INTO app_user (username, password_hash, role, enabled, created_at) VALUES (?, ?, ?, TRUE, ?)")
                .params(username, hash, role.name(), Timestamp.from(clock.instant()))
                .update();
    }
}
