package org.motcua.kiosk.catalog.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.motcua.kiosk.catalog.CatalogFormat;
import org.motcua.kiosk.catalog.CatalogService;
import org.motcua.kiosk.catalog.ProcedureCode;

/**
 * The public, read-only catalogue API: search, and one procedure in the catalogue file format. What the caller got
 * wrong is answered with 400 or 404 and a reason in Vietnamese and English, never with 500.
 */
@RestController
@RequestMapping(path = "/api/catalog", produces = "application/json;charset=UTF-8")
class CatalogApiController {

    static final int MAX_LIMIT = 50;
    static final int MAX_QUERY_LENGTH = 200;

    private final CatalogService catalog;

    CatalogApiController(CatalogService catalog) {
        this.catalog = catalog;
    }

    record Hit(String code, String name, String field, double score) {
    }

    @GetMapping("/search")
    ResponseEntity<?> search(@RequestParam(name = "q", required = false) String q,
                             @RequestParam(name = "limit", required = false) String limit) {
        if (q == null || q.isBlank()) {
            return ApiError.badRequest("thiếu từ khóa tìm kiếm: tham số q", "missing search text: parameter q");
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            return ApiError.badRequest("từ khóa quá dài (tối đa " + MAX_QUERY_LENGTH + " ký tự)",
                    "search text too long (at most " + MAX_QUERY_LENGTH + " characters)");
        }
        int n = 10;
        if (limit != null) {
            try {
                n = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1 || n > MAX_LIMIT) {
                return ApiError.badRequest("limit phải là số nguyên từ 1 đến " + MAX_LIMIT,
                        "limit must be a whole number from 1 to " + MAX_LIMIT);
            }
        }
        List<Hit> hits = catalog.search(q, n).stream()
                .map(h -> new Hit(h.code().value(), h.name(), h.field(), Math.round(h.score() * 1000) / 1000.0))
                .toList();
        return ResponseEntity.ok(hits);
    }

    @GetMapping("/procedures/{code}")
    ResponseEntity<?> procedure(@PathVariable("code") String code) {
        if (!ProcedureCode.isValid(code)) {
            return ApiError.badRequest("mã thủ tục không hợp lệ: \"" + code + "\" (dạng 1.001193)",
                    "invalid procedure code: \"" + code + "\" (expected like 1.001193)");
        }
        return catalog.find(ProcedureCode.of(code))
                .<ResponseEntity<?>>map(p -> ResponseEntity.ok(CatalogFormat.toJson(p)))
                .orElseGet(() -> ApiError.of(HttpStatus.NOT_FOUND, "không có thủ tục mã " + code,
                        "no procedure with code " + code));
    }
}
