package org.motcua.kiosk.catalog;

import java.util.regex.Pattern;

/**
 * The national procedure code of the CSDL quốc gia về TTHC, such as {@code 1.001193}, optionally with the
 * unit suffix a province adds ({@code 1.001193.000.00.00.H29}).
 *
 * <p>A few real procedures have no national code in our sources yet. They carry a provisional local code
 * {@code DP.<letters-digits-dashes>} (địa phương) so that they can still be posted; {@link #isProvisional()}
 * lets the screens say that the national code is not known.
 */
public record ProcedureCode(String value) implements Comparable<ProcedureCode> {

    private static final Pattern NATIONAL = Pattern.compile("[1-9]\\.\\d{6}(\\.\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2})?");
    private static final Pattern PROVISIONAL = Pattern.compile("DP\\.[A-Z0-9][A-Z0-9-]{1,40}");

    public ProcedureCode {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("mã thủ tục trống / the procedure code is empty");
        }
        value = value.strip();
        if (!isValid(value)) {
            throw new IllegalArgumentException("mã thủ tục không hợp lệ: \"" + value
                    + "\" (dạng 1.001193) / invalid procedure code: \"" + value + "\" (expected like 1.001193)");
        }
    }

    public static boolean isValid(String value) {
        return value != null && (NATIONAL.matcher(value).matches() || PROVISIONAL.matcher(value).matches());
    }

    public static ProcedureCode of(String value) {
        return new ProcedureCode(value);
    }

    public boolean isProvisional() {
        return value.startsWith("DP.");
    }

    @Override
    public int compareTo(ProcedureCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
