package org.motcua.kiosk.catalog;

/**
 * One document of the dossier (thành phần hồ sơ).
 *
 * @param name the document as published
 * @param originals number of originals (bản chính); null when not stated
 * @param copies number of copies (bản sao); null when not stated
 * @param note e.g. "xuất trình" (show, not hand in); may be null
 */
public record RequiredDocument(String name, Integer originals, Integer copies, String note) {

    public RequiredDocument {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("thành phần hồ sơ trống / a required document has no name");
        }
        if ((originals != null && originals < 0) || (copies != null && copies < 0)) {
            throw new IllegalArgumentException("số bản không hợp lệ / a number of copies is negative");
        }
        name = name.strip();
        note = Fee.blankToNull(note);
    }
}
