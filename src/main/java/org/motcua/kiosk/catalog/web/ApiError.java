package org.motcua.kiosk.catalog.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The body of every 4xx answer: what was wrong, in Vietnamese and in English. */
record ApiError(int status, String error, String messageVi, String messageEn) {

    static ResponseEntity<ApiError> of(HttpStatus status, String vi, String en) {
        return ResponseEntity.status(status).body(new ApiError(status.value(), status.getReasonPhrase(), vi, en));
    }

    static ResponseEntity<ApiError> badRequest(String vi, String en) {
        return of(HttpStatus.BAD_REQUEST, vi, en);
    }
}
