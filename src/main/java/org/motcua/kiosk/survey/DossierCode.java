package org.motcua.kiosk.survey;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dossier code printed on the receipt (NĐ 61/2018 Điều 26, TT 01/2018 Điều 19):
 * {@code V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX}, e.g. {@code 000.00.53.H48-220921-0099}: the agency's code, the date the
 * dossier was received, and the day's sequence number.
 */
public record DossierCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2})-(\\d{6})-(\\d{4})");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("uuMMdd").withResolverStyle(ResolverStyle.STRICT);

    public DossierCode {
        String normalised = value == null ? "" : value.strip().replace(" ", "").toUpperCase(Locale.ROOT);
        Matcher m = FORMAT.matcher(normalised);
        if (!m.matches()) {
            throw new IllegalArgumentException("mã hồ sơ không đúng dạng 000.00.00.H00-YYMMDD-0000: \"" + value
                    + "\" / a dossier code looks like 000.00.00.H00-YYMMDD-0000: \"" + value + "\"");
        }
        try {
            LocalDate.parse(m.group(2), YYMMDD);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("ngày tiếp nhận trong mã hồ sơ không có thật: " + m.group(2)
                    + " / the date in the dossier code does not exist: " + m.group(2));
        }
        value = normalised;
    }

    public static boolean isValid(String value) {
        try {
            new DossierCode(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The day the dossier was received. */
    public LocalDate receivedOn() {
        Matcher m = FORMAT.matcher(value);
        m.matches();
        return LocalDate.parse(m.group(2), YYMMDD);
    }

    /** The agency part, e.g. 000.00.53.H48. */
    public String agency() {
        return value.substring(0, value.indexOf('-'));
    }
}
