package org.motcua.kiosk.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.motcua.kiosk.admin.ui.LandingView;
import org.motcua.kiosk.admin.ui.LoginView;

/**
 * Kiosk and display screens are public and read-only (views marked {@code @AnonymousAllowed}); the back office
 * and counter screens need a login (views marked with roles). The public catalogue API is open to GET; the hub's
 * sync API checks the kiosks' tokens itself.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // The catalogue API holds no session state: no CSRF token, and a wrong method is the API's own 405,
        // not a redirect to the login page.
        // The hub's sync API (profile hub) is called by kiosks, each with its own token, which the API checks
        // itself: no login, no session, no CSRF token.
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/catalog/**", "/api/sync/**").permitAll()
                        .requestMatchers("/error", "/actuator/health", "/fonts/**", "/styles/**").permitAll()
                        // a screen just paired collects its cookie (PairingController): the token is the permission
                        .requestMatchers("/ghep-noi").permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/catalog/**", "/api/sync/**"));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                        .loginView(LoginView.class)
                        .defaultSuccessUrl("/" + LandingView.ROUTE))
                .build();
    }
}
