package org.motcua.kiosk.admin;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import org.motcua.kiosk.base.DigitGroups;

/**
 * Accounts in the database, passwords hashed; and the one-time creation of the first administrator, which needs the
 * setup code only the installer has ({@link SetupCode}), or a password from the configuration.
 */
@Service
public class UserAccounts implements UserDetailsService {

    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,40}");
    private static final Logger log = LoggerFactory.getLogger(UserAccounts.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final AdminProperties properties;
    private final SetupCode setupCode;
    private final ApplicationEventPublisher events;

    UserAccounts(JdbcClient jdbc, PasswordEncoder encoder, Clock clock, AdminProperties properties,
                 @Value("${motcua.data-dir}") Path dataDir, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
        this.properties = properties;
        this.setupCode = new SetupCode(dataDir, clock);
        this.events = events;
    }

    /** Why a first administrator could not be created. */
    public enum SetupProblem {
        ADMIN_EXISTS, WRONG_SETUP_CODE, TOO_MANY_TRIES, BAD_USERNAME, PASSWORD_TOO_SHORT, USERNAME_TAKEN,
        LAST_ADMINISTRATOR
    }

    /**
     * Announced at start while there is no administrator: the code to print for the installer.
     *
     * @param code nine digits
     * @param file where it is kept until used
     */
    public record SetupCodeIssued(String code, Path file) {
    }

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
     * The one-time setup code while there is no administrator (made, and kept in the data directory, when first
     * asked for); empty once one exists.
     */
    public synchronized Optional<String> setupCode() {
        if (hasAdministrator()) {
            setupCode.used();
            return Optional.empty();
        }
        return Optional.of(setupCode.current());
    }

    /** Where the setup code is kept until it is used (the installer may read it there). */
    public Path setupCodeFile() {
        return setupCode.file();
    }

    /**
     * Creates the first administrator, given the one-time setup code; refused once any administrator exists, so the
     * setup screen cannot be used to take over a configured kiosk, and refused without the code, so it cannot be
     * used to take over a new one. Wrong codes are counted ({@link SetupCode}).
     */
    public synchronized void createFirstAdministrator(String code, String username, String password) {
        if (hasAdministrator()) {
            throw new SetupException(SetupProblem.ADMIN_EXISTS);
        }
        switch (setupCode.check(code)) {
            case RIGHT -> { }
            case WRONG -> {
                log.warn("First administrator refused: wrong setup code");
                throw new SetupException(SetupProblem.WRONG_SETUP_CODE);
            }
            case TOO_MANY_TRIES -> throw new SetupException(SetupProblem.TOO_MANY_TRIES);
        }
        createAdministrator(username, password);
    }

    private void createAdministrator(String username, String password) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new SetupException(SetupProblem.BAD_USERNAME);
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new SetupException(SetupProblem.PASSWORD_TOO_SHORT);
        }
        insert(username, encoder.encode(password), Role.ADMIN);
        setupCode.used();
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

    /**
     * At start: the first administrator from the configuration when it gives a password; else, while there is none,
     * the setup code, written to the log (and printed for the installer by {@link SetupCodeSlip}).
     */
    @EventListener(ApplicationReadyEvent.class)
    synchronized void atStart() {
        String password = properties.initialPassword();
        if (password != null && !password.isBlank() && !hasAdministrator()) {
            if (password.startsWith("{")) {
                insert(properties.initialUsername(), password, Role.ADMIN);
                setupCode.used();
                log.info("First administrator '{}' created from configuration", properties.initialUsername());
            } else {
                createAdministrator(properties.initialUsername(), password);
            }
        }
        setupCode().ifPresent(code -> {
            log.warn("Chưa có quản trị viên. Mã cài đặt một lần: {} (cũng trong {}); mở /setup để tạo quản trị viên."
                    + " / No administrator yet. One-time setup code: {} (also in {}); open /setup to create one.",
                    DigitGroups.inThrees(code), setupCode.file(), DigitGroups.inThrees(code), setupCode.file());
            events.publishEvent(new SetupCodeIssued(code, setupCode.file()));
        });
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
