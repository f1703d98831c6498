package org.motcua.kiosk.survey;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV that Excel opens with Vietnamese intact: UTF-8 with a byte order mark (without it Excel reads the bytes as
 * the Windows code page and tone marks turn to mojibake), CRLF line ends and RFC 4180 quoting. A text cell that
 * starts like a formula (=, +, -, @) gets a leading apostrophe, so a comment typed at the kiosk cannot become a
 * formula in the officer's spreadsheet; numbers are written as they are.
 */
public final class ReportCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ReportCsv() {
    }

    public static byte[] write(List<String> header, List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        line(text, header);
        rows.forEach(r -> line(text, r));
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 2 + 3);
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void line(StringBuilder text, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = value;
        if ("=+-@".indexOf(v.charAt(0)) >= 0 && !isNumber(v)) {
            v = "'" + v;
        }
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0
                || !v.equals(v.strip());
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    private static boolean isNumber(String v) {
        return v.matches("[-+]?\\d+(\\.\\d+)?");
    }
}
