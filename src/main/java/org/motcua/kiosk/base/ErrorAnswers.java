package org.motcua.kiosk.base;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * What a caller is told when a request fails before or outside the application's own pages and APIs (a bad address,
 * an over-long request, an unknown API path): the status in words, Vietnamese first and English second, as a small
 * page with the way home or, for the API, as its JSON ({@code status}, {@code messageVi}, {@code messageEn}). Never a
 * stack trace, a server name or a version.
 */
public final class ErrorAnswers {

    private ErrorAnswers() {
    }

    /** The words for {@code status}: Vietnamese, then English. */
    public static String[] words(int status) {
        if (status == 404 || status == 410) {
            return new String[] {"Không có trang hoặc địa chỉ này.", "There is no such page or address."};
        }
        if (status == 403 || status == 401) {
            return new String[] {"Không được phép mở địa chỉ này.", "This address may not be opened."};
        }
        if (status == 405) {
            return new String[] {"Địa chỉ này không nhận cách gửi yêu cầu đó.", "This address does not take that method."};
        }
        if (status == 413 || status == 414 || status == 431) {
            return new String[] {"Yêu cầu quá dài.", "The request is too long."};
        }
        if (status >= 400 && status < 500) {
            return new String[] {"Yêu cầu không hợp lệ.", "The request is not valid."};
        }
        return new String[] {"Ki-ốt tạm thời gặp sự cố. Vui lòng thử lại hoặc đến quầy để được hướng dẫn.",
                "The kiosk has a problem for the moment. Please try again, or ask at a counter."};
    }

    /** Whether a request for {@code path} is the API's, answered in JSON. */
    public static boolean isApi(String path) {
        return path != null && path.startsWith("/api/");
    }

    /** The API's error body for {@code status}. */
    public static Map<String, Object> json(int status) {
        String[] words = words(status);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("messageVi", words[0]);
        body.put("messageEn", words[1]);
        return body;
    }

    /** The same as JSON text, for a place with no message converters (Tomcat's own error report). */
    public static String jsonText(int status) {
        String[] words = words(status);
        return "{\"status\":" + status + ",\"messageVi\":\"" + words[0] + "\",\"messageEn\":\"" + words[1] + "\"}";
    }

    /** A small page for {@code status}, with the way home; no scripts, its styles inline. */
    public static String html(int status) {
        String[] words = words(status);
        String reason = HttpStatus.resolve(status) == null ? "" : " " + HttpStatus.resolve(status).getReasonPhrase();
        return """
                <!DOCTYPE html>
                <html lang="vi"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s / %2$s</title>
                <style>
                body { font-family: "Noto Sans", "DejaVu Sans", sans-serif; margin: 0; padding: 10vh 8vw; color: #1a1a1a;
                       font-size: clamp(20px, 2.4vh, 36px); line-height: 1.5; }
                h1 { color: #0d47a1; font-size: 1.6em; } p.en { color: #555; }
                a { display: inline-block; margin-top: 1.5em; padding: 0.6em 1.4em; background: #0d47a1; color: #fff;
                    border-radius: 0.4em; text-decoration: none; }
                small { color: #888; }
                </style></head>
                <body><h1>%1$s</h1><p class="en">%2$s</p>
                <a href="/">Về trang chủ / Home</a>
                <p><small>%3$d%4$s</small></p></body></html>
                """.formatted(words[0], words[1], status, reason);
    }
}
