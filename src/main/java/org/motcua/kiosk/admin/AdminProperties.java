package org.motcua.kiosk.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code motcua.admin.*}. There is no default password: without {@code initial-password} the back office asks for
 * the first administrator's password on first use.
 *
 * @param initialUsername the first administrator's user name when created from configuration
 * @param initialPassword if set and no administrator exists, one is created at start with this password
 *                        (plain, or a Spring Security hash such as {@code {bcrypt}$2a$...})
 */
@ConfigurationProperties("motcua.admin")
public record AdminProperties(@DefaultValue("admin") String initialUsername, String initialPassword) {
}
