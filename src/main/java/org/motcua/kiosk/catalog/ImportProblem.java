package org.motcua.kiosk.catalog;

/**
 * One reason a catalogue file was rejected, pointing at the record and line where it was found.
 *
 * @param record 1-based position of the procedure in the file, or 0 for the file itself
 * @param line 1-based line in the file, or 0 when unknown
 * @param code the record's procedure code when it could be read, else null
 * @param messageVi the reason in Vietnamese
 * @param messageEn the reason in English
 */
public record ImportProblem(int record, int line, String code, String messageVi, String messageEn) {

    /** "Thủ tục thứ 3 (dòng 41, mã 1.000894): ... / Procedure 3 (line 41, code 1.000894): ...". */
    public String describe() {
        return where(true) + messageVi + " / " + where(false) + messageEn;
    }

    private String where(boolean vi) {
        StringBuilder s = new StringBuilder();
        if (record > 0) {
            s.append(vi ? "Thủ tục thứ " : "Procedure ").append(record);
        } else {
            s.append(vi ? "Tệp" : "File");
        }
        if (line > 0 || code != null) {
            s.append(" (");
            if (line > 0) {
                s.append(vi ? "dòng " : "line ").append(line);
            }
            if (code != null) {
                s.append(line > 0 ? ", " : "").append(vi ? "mã " : "code ").append(code);
            }
            s.append(')');
        }
        return s.append(": ").toString();
    }
}
