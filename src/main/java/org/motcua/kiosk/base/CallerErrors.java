package org.motcua.kiosk.base;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A request the caller got wrong in a way only the server notices when it reads it: a parameter Tomcat cannot decode
 * ({@code q=%zz}). A 400 in words ({@link ErrorAnswers}), the API's JSON on an API path; not an ERROR with a stack
 * trace in the log for every such request (anyone on the LAN could fill the data partition with them).
 */
@ControllerAdvice
class CallerErrors {

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<?> undecodableParameter(HttpServletRequest request) {
        int status = 400;
        if (ErrorAnswers.isApi(request.getRequestURI())) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(ErrorAnswers.json(status));
        }
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(ErrorAnswers.html(status));
    }
}
