package org.motcua.kiosk.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import com.vaadin.flow.spring.security.RequestUtil;
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

    /**
     * What a page may load and run. Vaadin's client needs inline scripts (the first page carries its state), eval
     * ({@code executeJs} runs through {@code new Function}) and inline styles (Lumo); everything else is this
     * server's own: no other site's scripts, images, fonts or frames, no plugins, no form posted elsewhere, and no
     * other site may frame a page (a back office under a fake one).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; media-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        // The catalogue API holds no session state: no CSRF token, and a wrong method is the API's own 405,
        // not a redirect to the login page.
        // The hub's sync API (profile hub) is called by kiosks, each with its own token, which the API checks
        // itself: no login, no session, no CSRF token.
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/catalog/**", "/api/sync/**").permitAll()
                        .requestMatchers("/error", "/actuator/health", "/fonts/**", "/styles/**").permitAll()
                        // a screen just paired collects its cookie (PairingController): the token is the permission
                        .requestMatchers("/ghep-noi").permitAll()
                        // an address that is no page needing a login (one that is no page at all) is Vaadin's to
                        // answer with its "no such page" (NotFoundView), not a redirect to the staff login
                        .requestMatchers(request -> !vaadinRequests.isSecuredFlowRoute(request)).permitAll())
                // Vaadin's own CSRF setting would also exempt the login form's POST (its form cannot carry a
                // token, the reasoning goes): a page on another site could then log a counter's browser into an
                // account of the attacker's. The form does carry it (vaadin-login-form sends the token of the
                // page's _csrf meta tags), so only Vaadin's internal requests, which have a token of their own,
                // and the two APIs are exempt.
                .csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                        .ignoringRequestMatchers("/api/catalog/**", "/api/sync/**"))
                .headers(headers -> {
                    // Vaadin's pages are written by its servlet after a forward, past the point where Spring
                    // Security adds its headers as the response is committed: they are written first instead
                    headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                        @Override
                        public <F extends HeaderWriterFilter> F postProcess(F filter) {
                            filter.setShouldWriteHeadersEagerly(true);
                            return filter;
                        }
                    });
                    // nosniff, no framing and no caching of pages are Spring Security's defaults; HSTS is sent on HTTPS
                    headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                            // a ticket's page carries its id in the address: never handed to another site
                            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER));
                });
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                        .loginView(LoginView.class)
                        .defaultSuccessUrl("/" + LandingView.ROUTE)
                        .enableCsrfConfiguration(false))
                .build();
    }

    /** The accounts' passwords, asked only while the caller's address is not held back by the throttle. */
    @Bean
    AuthenticationProvider accountsProvider(UserAccounts accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication attempt) {
                throttle.check(attempt);
                return passwords.authenticate(attempt);
            }

            @Override
            public boolean supports(Class<?> type) {
                return passwords.supports(type);
            }
        };
    }
}
