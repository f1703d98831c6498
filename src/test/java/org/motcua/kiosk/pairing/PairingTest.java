package org.motcua.kiosk.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import org.motcua.kiosk.support.ManualClock;

/**
 * Pairing as a hostile LAN would try it: a code that was never shown, an old one, a claim used twice, a cookie with
 * a guessed or old secret, a flood of requests; and the claim address answered over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ManualClock.Config.class)
class PairingTest {

    @Autowired
    PairedScreens screens;
    @Autowired
    ManualClock clock;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aCodeThatWasNotShownOrHasExpiredPairsNothing() {
        clock.set(LocalDateTime.of(2026, 12, 3, 8, 0));
        PairingRequest request = screens.request(ScreenPurpose.RATING, 4, "192.168.1.30", "/danh-gia/quay/4");
        String wrong = request.code().equals("000000") ? "000001" : "000000";
        assertThatThrownBy(() -> screens.approve(wrong, "Quầy 4", "quantri")).isInstanceOfSatisfying(
                PairingException.class, e -> assertThat(e.problem()).isEqualTo(PairingException.Problem.UNKNOWN_CODE));
        assertThatThrownBy(() -> screens.approve(request.code(), "  ", "quantri")).isInstanceOfSatisfying(
                PairingException.class, e -> assertThat(e.problem()).isEqualTo(PairingException.Problem.NO_NAME));
        clock.advance(PairedScreens.REQUEST_LIFETIME);
        assertThat(screens.isWaiting(request.code())).isFalse();
        assertThatThrownBy(() -> screens.approve(request.code(), "Quầy 4", "quantri"))
                .isInstanceOf(PairingException.class);
    }

    @Test
    void theSecretIsCollectedOnceAndOnlyItOpensTheScreen() throws Exception {
        clock.set(LocalDateTime.of(2026, 12, 3, 9, 0));
        PairingRequest request = screens.request(ScreenPurpose.KIOSK, null, "192.168.1.41", "/");
        PairedScreens.Approval approval = screens.approve(request.groupedCode(), "Ki-ốt cửa sau", "quantri");

        HttpResponse<String> first = get(approval.claimPath());
        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(first.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        String setCookie = first.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith(PairedScreens.COOKIE + "=").contains("HttpOnly", "SameSite=Strict", "Path=/");
        String value = setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
        assertThat(screens.identify(value)).map(PairedScreen::name).contains("Ki-ốt cửa sau");

        HttpResponse<String> again = get(approval.claimPath());
        assertThat(again.statusCode()).as("a claim works once").isEqualTo(410);
        assertThat(again.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(again.body()).contains("Mã ghép nối đã hết hạn hoặc đã được dùng", "This pairing link has expired");
        assertThat(get(PairedScreens.CLAIM_PATH).statusCode()).isEqualTo(410);

        String id = value.substring(0, value.indexOf('.'));
        assertThat(screens.identify(id + "." + "A".repeat(43))).as("a guessed secret").isEmpty();
        assertThat(screens.identify(value + "x")).isEmpty();
        assertThat(screens.identify("'; DROP TABLE paired_screen; --")).isEmpty();

        screens.revoke(approval.screen().id(), "quantri");
        assertThat(screens.identify(value)).as("unpaired").isEmpty();
    }

    @Test
    void anUncollectedClaimExpires() throws Exception {
        clock.set(LocalDateTime.of(2026, 12, 3, 10, 0));
        PairingRequest request = screens.request(ScreenPurpose.KIOSK, null, "192.168.1.42", "/");
        PairedScreens.Approval approval = screens.approve(request.code(), "Ki-ốt tầng 2", "quantri");
        clock.advance(PairedScreens.CLAIM_LIFETIME);
        assertThat(get(approval.claimPath()).statusCode()).isEqualTo(410);
    }

    @Test
    void aScreenAskingAgainReplacesTheCodeItShowedBeforeAndAWithdrawnCodePairsNothing() {
        clock.set(LocalDateTime.of(2026, 12, 3, 10, 30));
        PairingRequest before = screens.request(ScreenPurpose.RATING, 2, "192.168.1.50", "/danh-gia/quay/2");
        PairingRequest otherCounter = screens.request(ScreenPurpose.RATING, 3, "192.168.1.50", "/danh-gia/quay/3");
        PairingRequest otherScreen = screens.request(ScreenPurpose.RATING, 2, "192.168.1.51", "/danh-gia/quay/2");
        // its browser started again: the page asks again and shows a new code
        PairingRequest again = screens.request(ScreenPurpose.RATING, 2, "192.168.1.50", "/danh-gia/quay/2");
        assertThat(screens.waiting()).extracting(PairingRequest::code)
                .containsExactlyInAnyOrder(otherCounter.code(), otherScreen.code(), again.code());
        assertThatThrownBy(() -> screens.approve(before.code(), "Quầy 2", "quantri")).isInstanceOfSatisfying(
                PairingException.class, e -> assertThat(e.problem()).isEqualTo(PairingException.Problem.UNKNOWN_CODE));

        screens.withdraw(otherScreen.code());
        assertThat(screens.isWaiting(otherScreen.code())).isFalse();
        assertThatThrownBy(() -> screens.approve(otherScreen.code(), "Quầy 2", "quantri"))
                .isInstanceOf(PairingException.class);
        assertThat(screens.approve(again.code(), "Quầy 2", "quantri").screen().counter()).isEqualTo(2);
    }

    @Test
    void aFloodOfRequestsKeepsAtMostFiftyWaiting() {
        clock.set(LocalDateTime.of(2026, 12, 3, 11, 0));
        for (int i = 0; i < 500; i++) {
            screens.request(ScreenPurpose.KIOSK, null, "192.168.1." + (i % 250), "/");
        }
        assertThat(screens.waiting()).hasSize(PairedScreens.MAX_WAITING);
        assertThat(screens.waiting().stream().map(PairingRequest::code).distinct()).hasSize(PairedScreens.MAX_WAITING);
        assertThatThrownBy(() -> screens.request(ScreenPurpose.KIOSK, null, "x", "//evil.example/"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> screens.request(ScreenPurpose.KIOSK, null, "x", "https://evil.example/"))
                .isInstanceOf(IllegalArgumentException.class);
        clock.advance(Duration.ofMinutes(16));
        assertThat(screens.waiting()).isEmpty();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
