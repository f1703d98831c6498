package org.motcua.kiosk.base;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The servlet container's error page ({@code /error}), in place of Spring Boot's: the API's JSON for an API path,
 * else a small page in Vietnamese and English with the way home ({@link ErrorAnswers}). Opened directly, with no
 * error behind it, it is no page at all: 404, not Spring Boot's 500.
 */
@Controller
class ErrorPage implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<?> error(HttpServletRequest request) {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code >= 400
                ? code : 404;
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (ErrorAnswers.isApi(path instanceof String p ? p : null)) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(ErrorAnswers.json(status));
        }
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(ErrorAnswers.html(status));
    }
}
