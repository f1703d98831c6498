package org.motcua.kiosk.printing;

/**
 * How dark the printer burns, for printers that take a command for it; none is sent by default, and a printer
 * that does not know the command may print it as garbage, so set it only for a model known to accept it.
 * Two dialects exist:
 * <ul>
 * <li>{@link #density(int)}: Epson's "select print density", {@code GS ( K 2 0 49 m} (1D 28 4B 02 00 31 m), level
 * −6 (lightest) to +6 (darkest), 0 the printer's standard; Epson TM series and printers that copy them.</li>
 * <li>{@link #heating(int, int, int)}: {@code ESC 7 n1 n2 n3} (1B 37 n1 n2 n3), the heating parameters of many small
 * panel printers (and the Adafruit/CSN-A2 kind): n1 heating dots in units of 8 (default 7 = 64 dots), n2 heating
 * time in 10 µs (default 80; longer is darker and slower), n3 interval in 10 µs (default 2).</li>
 * </ul>
 */
public sealed interface Darkness {

    /** The bytes sent right after the printer's initialisation. */
    byte[] command();

    /** Epson's print density, −6 to +6. */
    static Darkness density(int level) {
        return new Density(level);
    }

    /** ESC 7 heating parameters, each 0–255. */
    static Darkness heating(int dots, int time, int interval) {
        return new Heating(dots, time, interval);
    }

    record Density(int level) implements Darkness {
        public Density {
            if (level < -6 || level > 6) {
                throw new IllegalArgumentException("Print density runs from -6 to +6: " + level);
            }
        }

        @Override
        public byte[] command() {
            return new byte[] {0x1D, 0x28, 0x4B, 0x02, 0x00, 0x31, (byte) level};
        }
    }

    record Heating(int dots, int time, int interval) implements Darkness {
        public Heating {
            for (int v : new int[] {dots, time, interval}) {
                if (v < 0 || v > 255) {
                    throw new IllegalArgumentException("Heating parameters are 0-255: " + dots + ", " + time + ", " + interval);
                }
            }
        }

        @Override
        public byte[] command() {
            return new byte[] {0x1B, 0x37, (byte) dots, (byte) time, (byte) interval};
        }
    }
}
