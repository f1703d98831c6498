package org.motcua.kiosk.pairing;

import java.net.URI;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a screen that was just paired collects its secret: the one-time token in the address (which only that
 * screen's page was sent) gives a cookie the page's scripts cannot read ({@code HttpOnly}, {@code SameSite=Strict}),
 * then the screen goes back to its page. A token that is unknown, used or expired gets a page that says so.
 */
@RestController
class PairingController {

    /** Long: a screen at a counter is paired once, for years; an administrator unpairs it in the back office. */
    private static final Duration COOKIE_LIFETIME = Duration.ofDays(3650);

    private final PairedScreens screens;

    PairingController(PairedScreens screens) {
        this.screens = screens;
    }

    @GetMapping(PairedScreens.CLAIM_PATH)
    ResponseEntity<String> claim(@RequestParam(name = "t", required = false) String token, HttpServletRequest request) {
        return screens.claim(token)
                .map(c -> ResponseEntity.status(HttpStatus.SEE_OTHER)
                        .header(HttpHeaders.SET_COOKIE, ResponseCookie.from(PairedScreens.COOKIE, c.cookieValue())
                                .httpOnly(true).sameSite("Strict").path("/").secure(request.isSecure())
                                .maxAge(COOKIE_LIFETIME).build().toString())
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .location(URI.create(c.returnPath()))
                        .<String>build())
                .orElseGet(() -> ResponseEntity.status(HttpStatus.GONE)
                        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .body("""
                                <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
                                <meta name="viewport" content="width=device-width, initial-scale=1">
                                <title>Ghép nối / Pairing</title></head>
                                <body style="font-family: sans-serif; font-size: 1.4rem; margin: 2rem">
                                <h1>Mã ghép nối đã hết hạn hoặc đã được dùng</h1>
                                <p>Hãy mở lại trang của màn hình này để nhận mã mới.</p>
                                <p lang="en">This pairing link has expired or was used already. Open this screen's page
                                again to get a new code.</p>
                                <p><a href="/">Trang chủ / Home</a></p>
                                </body></html>
                                """));
    }
}
