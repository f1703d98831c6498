package org.motcua.kiosk.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * The one-time code that the first administrator's creation needs, so that whoever reaches the server before the
 * staff (a phone on the office Wi-Fi, a client of a hub) cannot take it over: only the installer has the code, from
 * the ticket printer, the log or the file {@code setup-code.txt} in the data directory (readable by the service's
 * user only). The code is kept in that file until it is used, so a restart, or a power cut, does not make a printed
 * code wrong.
 * <p>
 * Nine digits, typed on any keyboard; wrong codes are counted for the whole server, not per caller (a LAN full of
 * phones has as many addresses as it likes): at most {@value #MAX_WRONG} in {@link #WINDOW}, so guessing takes on
 * average millions of days. Someone who keeps trying only delays the installer, who is told to wait a few minutes.
 */
final class SetupCode {

    static final String FILE_NAME = "setup-code.txt";
    static final int MAX_WRONG = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");

    enum Check { RIGHT, WRONG, TOO_MANY_TRIES }

    private final Path file;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Deque<Instant> wrong = new ArrayDeque<>();
    private String code;

    SetupCode(Path dataDir, Clock clock) {
        this.file = dataDir.resolve(FILE_NAME);
        this.clock = clock;
    }

    Path file() {
        return file;
    }

    /** The code, read from its file or made (and written there) when there is none. */
    synchronized String current() {
        if (code == null) {
            code = read();
        }
        if (code == null) {
            code = String.format("%09d", random.nextInt(1_000_000_000));
            write(code);
        }
        return code;
    }

    /** Compares in constant time; spaces and dashes, as printed, do not matter. */
    synchronized Check check(String attempt) {
        Instant now = clock.instant();
        while (!wrong.isEmpty() && (wrong.peekFirst().isBefore(now.minus(WINDOW)) || wrong.peekFirst().isAfter(now))) {
            wrong.removeFirst();
        }
        if (wrong.size() >= MAX_WRONG) {
            return Check.TOO_MANY_TRIES;
        }
        String given = attempt == null ? "" : attempt.replaceAll("[\\s\\-.]", "");
        if (MessageDigest.isEqual(given.getBytes(StandardCharsets.US_ASCII), current().getBytes(StandardCharsets.US_ASCII))) {
            return Check.RIGHT;
        }
        wrong.addLast(now);
        return Check.WRONG;
    }

    /** Once the administrator exists: the code is gone, from memory and from the disk. */
    synchronized void used() {
        code = null;
        wrong.clear();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove the used setup code " + file, e);
        }
    }

    private String read() {
        try {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            String stored = Files.readString(file, StandardCharsets.US_ASCII).replaceAll("\\s", "");
            return NINE_DIGITS.matcher(stored).matches() ? stored : null;
        } catch (IOException | RuntimeException e) {
            return null; // unreadable or not a code: a new one is made and written over it
        }
    }

    private void write(String value) {
        try {
            Files.createDirectories(file.getParent());
            Path part = file.resolveSibling(FILE_NAME + ".part");
            Files.deleteIfExists(part);
            try {
                Files.createFile(part, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(part);
            } catch (FileAlreadyExistsException raced) {
                throw new IOException("another process writes " + part, raced);
            }
            Files.writeString(part, value + "\n", StandardCharsets.US_ASCII);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the setup code to " + file, e);
        }
    }
}
