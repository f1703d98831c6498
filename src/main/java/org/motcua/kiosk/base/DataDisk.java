package org.motcua.kiosk.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The room left where the kiosk keeps its data (on the appliance, the data partition of the memory card): low when
 * less than {@value #LOW_MB} MB or {@value #LOW_PERCENT} % is left, well before Derby and the printer's folder fail
 * for want of it. Shown on every back-office page ({@link IncidentBanner}).
 */
@Component
public class DataDisk {

    static final long LOW_MB = 500;
    static final int LOW_PERCENT = 5;

    /** Room left and in all, in bytes; {@code unknown} when the file system could not be asked. */
    public record Room(long usable, long total, boolean unknown) {
        public boolean low() {
            return !unknown && (usable < LOW_MB * 1024 * 1024 || usable * 100 < total * LOW_PERCENT);
        }

        public long usableMb() {
            return usable / (1024 * 1024);
        }

        public int usablePercent() {
            return total == 0 ? 0 : (int) (usable * 100 / total);
        }
    }

    private final Path dataDir;

    DataDisk(@Value("${motcua.data-dir}") Path dataDir) {
        this.dataDir = dataDir;
    }

    public Room room() {
        try {
            Path existing = dataDir.toAbsolutePath();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            var store = Files.getFileStore(existing == null ? Path.of("/") : existing);
            return new Room(store.getUsableSpace(), store.getTotalSpace(), false);
        } catch (IOException | SecurityException e) {
            return new Room(0, 0, true);
        }
    }
}
