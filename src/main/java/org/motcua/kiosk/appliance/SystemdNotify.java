package org.motcua.kiosk.appliance;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Messages to systemd's notification socket ({@code sd_notify(3)}): {@code READY=1}, {@code WATCHDOG=1},
 * {@code STATUS=…}, {@code STOPPING=1}.
 *
 * <p>Written by hand on the JDK's foreign-function API because the protocol is one datagram on an {@code AF_UNIX}
 * socket, which the JDK's own channels cannot send ({@code UnixDomainSocketAddress} is for stream sockets only),
 * and the libraries that wrap libsystemd bring JNA or JNI for four system calls.
 *
 * <p>{@link #send} never throws: an appliance that cannot tell systemd it is alive is restarted by the watchdog,
 * which is the right outcome, and the reason is returned for the log.
 */
final class SystemdNotify {

    private static final int AF_UNIX = 1;
    private static final int SOCK_DGRAM = 2;
    private static final int SOCK_CLOEXEC = 0x80000;
    private static final int MSG_NOSIGNAL = 0x4000;
    private static final int SUN_PATH = 108;

    private static final StructLayout SOCKADDR_UN = java.lang.foreign.MemoryLayout.structLayout(
            ValueLayout.JAVA_SHORT.withName("sun_family"),
            java.lang.foreign.MemoryLayout.sequenceLayout(SUN_PATH, ValueLayout.JAVA_BYTE).withName("sun_path"));

    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CALL_STATE.varHandle(
            java.lang.foreign.MemoryLayout.PathElement.groupElement("errno"));
    private static final MethodHandle SOCKET = downcall("socket",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    private static final MethodHandle SENDTO = downcall("sendto",
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle CLOSE = LINKER.downcallHandle(
            LINKER.defaultLookup().find("close").orElseThrow(), FunctionDescriptor.of(JAVA_INT, JAVA_INT));

    private final String socketPath;

    /** @param socketPath the value of {@code $NOTIFY_SOCKET}: a path, or {@code @name} in the abstract namespace */
    SystemdNotify(String socketPath) {
        this.socketPath = socketPath;
    }

    /** The notifier systemd asked for, or empty when the process was not started by systemd with a notify socket. */
    static Optional<SystemdNotify> fromEnvironment(java.util.Map<String, String> env) {
        String path = env.get("NOTIFY_SOCKET");
        return path == null || path.isBlank() ? Optional.empty() : Optional.of(new SystemdNotify(path));
    }

    String socketPath() {
        return socketPath;
    }

    /** Sends one message (lines {@code KEY=value}); empty when it was delivered, else why not. */
    Optional<String> send(String message) {
        byte[] name = socketPath.getBytes(StandardCharsets.UTF_8);
        boolean abstractName = name.length > 0 && name[0] == '@';
        if (name.length == 0 || name.length >= SUN_PATH || !(abstractName || name[0] == '/')) {
            return Optional.of("NOTIFY_SOCKET is not a socket path: " + socketPath);
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment address = arena.allocate(SOCKADDR_UN);
            address.set(ValueLayout.JAVA_SHORT, 0, (short) AF_UNIX);
            MemorySegment.copy(name, 0, address, ValueLayout.JAVA_BYTE, 2, name.length);
            if (abstractName) {
                address.set(ValueLayout.JAVA_BYTE, 2, (byte) 0); // '@' stands for the leading NUL
            }
            // abstract names are exactly their bytes; paths end with a NUL (the segment is zeroed)
            int addressLength = 2 + name.length + (abstractName ? 0 : 1);
            byte[] text = message.getBytes(StandardCharsets.UTF_8);
            MemorySegment data = arena.allocate(Math.max(1, text.length));
            MemorySegment.copy(text, 0, data, ValueLayout.JAVA_BYTE, 0, text.length);
            MemorySegment state = arena.allocate(CALL_STATE);

            int fd = (int) SOCKET.invokeExact(state, AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
            if (fd < 0) {
                return Optional.of("socket() failed, errno " + (int) ERRNO.get(state, 0L));
            }
            try {
                long sent = (long) SENDTO.invokeExact(state, fd, data, (long) text.length, MSG_NOSIGNAL, address,
                        addressLength);
                if (sent < 0) {
                    return Optional.of("sendto(" + socketPath + ") failed, errno " + (int) ERRNO.get(state, 0L));
                }
                return sent == text.length ? Optional.empty()
                        : Optional.of("sendto(" + socketPath + ") sent " + sent + " of " + text.length + " bytes");
            } finally {
                int ignored = (int) CLOSE.invokeExact(fd);
            }
        } catch (Throwable e) {
            return Optional.of("sd_notify failed: " + e);
        }
    }

    private static MethodHandle downcall(String function, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(LINKER.defaultLookup().find(function).orElseThrow(), descriptor,
                Linker.Option.captureCallState("errno"));
    }
}
