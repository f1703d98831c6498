package org.motcua.kiosk.base;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An address under {@code /api/} that no API has (a typo, a trailing slash, an old version): the API's JSON 404,
 * not the kiosk's page with 200 (which the unmatched path otherwise fell through to). Spring MVC tries every more
 * specific mapping first.
 */
@RestController
class UnknownApiPath {

    // GET only: another method on an API address (or on this catch-all) is Spring's 405, answered by ErrorPage
    @GetMapping(path = "/api/**", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> unknown() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ErrorAnswers.json(HttpStatus.NOT_FOUND.value()));
    }
}
