package org.motcua.kiosk.appliance;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * What systemd does with {@code NOTIFY_SOCKET}, for tests: a real {@code AF_UNIX} datagram socket bound to a path,
 * read with a timeout. (The JDK has no datagram channel for Unix sockets, so this uses the foreign-function API too.)
 */
final class NotifySocket implements AutoCloseable {

    private static final Linker LINKER = Linker.nativeLinker();
    private static final MethodHandle SOCKET = handle("socket", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    private static final MethodHandle BIND = handle("bind", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle SETSOCKOPT = handle("setsockopt",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle RECV = handle("recv", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
    private static final MethodHandle CLOSE = handle("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));

    private final Path path;
    private final int fd;

    NotifySocket(Path path) throws Throwable {
        this.path = path;
        Files.deleteIfExists(path);
        fd = (int) SOCKET.invokeExact(1, 2, 0);
        if (fd < 0) {
            throw new IllegalStateException("socket() failed");
        }
        try (Arena arena = Arena.ofConfined()) {
            byte[] name = path.toString().getBytes(StandardCharsets.UTF_8);
            MemorySegment address = arena.allocate(110);
            address.set(ValueLayout.JAVA_SHORT, 0, (short) 1);
            MemorySegment.copy(name, 0, address, ValueLayout.JAVA_BYTE, 2, name.length);
            if ((int) BIND.invokeExact(fd, address, 2 + name.length + 1) != 0) {
                throw new IllegalStateException("bind(" + path + ") failed");
            }
        }
    }

    String path() {
        return path.toString();
    }

    /** The next message, or empty when none came within {@code timeout}. */
    Optional<String> receive(Duration timeout) throws Throwable {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment tv = arena.allocate(16);
            tv.set(JAVA_LONG, 0, timeout.toSeconds());
            tv.set(JAVA_LONG, 8, timeout.toMillisPart() * 1000L);
            int ok = (int) SETSOCKOPT.invokeExact(fd, 1, 20, tv, 16); // SOL_SOCKET, SO_RCVTIMEO
            if (ok != 0) {
                throw new IllegalStateException("setsockopt failed");
            }
            MemorySegment buffer = arena.allocate(4096);
            long n = (long) RECV.invokeExact(fd, buffer, 4096L, 0);
            if (n < 0) {
                return Optional.empty(); // EAGAIN: the timeout
            }
            return Optional.of(new String(buffer.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE), StandardCharsets.UTF_8));
        }
    }

    /** Messages until one contains {@code wanted}; empty when none did within {@code timeout}. */
    Optional<String> receiveUntil(String wanted, Duration timeout) throws Throwable {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            Optional<String> m = receive(Duration.ofNanos(Math.max(left, 1_000_000)));
            if (m.isPresent() && m.get().contains(wanted)) {
                return m;
            }
        }
    }

    @Override
    public void close() throws Exception {
        try {
            int ignored = (int) CLOSE.invokeExact(fd);
        } catch (Throwable e) {
            throw new Exception(e);
        }
        Files.deleteIfExists(path);
    }

    private static MethodHandle handle(String name, FunctionDescriptor d) {
        return LINKER.downcallHandle(LINKER.defaultLookup().find(name).orElseThrow(), d);
    }
}
