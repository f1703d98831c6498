package org.motcua.kiosk.catalog;

/** A form (mẫu đơn, tờ khai) with where to get it; {@code url} may be null. */
public record Form(String name, String url) {

    public Form {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("mẫu đơn, tờ khai thiếu tên / a form has no name");
        }
        name = name.strip();
        url = Fee.blankToNull(url);
        if (url != null && !(url.startsWith("https://") || url.startsWith("http://"))) {
            throw new IllegalArgumentException("đường dẫn mẫu đơn không hợp lệ: " + url + " / a form link must be http(s)");
        }
    }
}
