package org.agendum.file;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Who has a meeting file open, as its lock file says ({@link LockFiles}): the user, the computer, the process
 * of that Agendum, and since when.
 */
public record LockOwner(String user, String host, long pid, Instant since) {
    public LockOwner {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(since, "since");
    }

    /** This Agendum: the user running it on this computer, as process {@code pid}, from {@code since} on. */
    public static LockOwner thisProcess(long pid, Instant since) {
        return new LockOwner(System.getProperty("user.name", "someone"), thisHost(), pid, since);
    }

    /** The same Agendum: one computer, one process. */
    public boolean isSameProcessAs(LockOwner other) {
        return pid == other.pid && sameHost(host, other.host);
    }

    /**
     * Whether that Agendum may still have the file open. One on another computer may: its processes cannot be
     * seen from here, so only its officer can tell. One on this computer has it open while its process runs; a
     * lock whose process has ended was left by a crash.
     */
    public boolean mayBeRunning() {
        return !sameHost(host, thisHost()) || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** This computer's name, as lock files give it. */
    public static String thisHost() {
        return Host.NAME;
    }

    private static boolean sameHost(String a, String b) {
        return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }

    /** Looked up once, when first needed. */
    private static final class Host {
        static final String NAME = lookUp();

        /**
         * Without asking the network where the system can say: {@code InetAddress.getLocalHost()} may wait seconds
         * for a name server on a badly configured computer, so it comes last.
         */
        private static String lookUp() {
            String name = System.getenv("COMPUTERNAME"); // Windows
            if (isBlank(name)) {
                try {
                    name = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip(); // Linux
                } catch (IOException | RuntimeException e) {
                    name = null;
                }
            }
            if (isBlank(name)) {
                try {
                    name = InetAddress.getLocalHost().getHostName();
                } catch (IOException | RuntimeException e) {
                    name = "this computer";
                }
            }
            return name;
        }

        private static boolean isBlank(String text) {
            return text == null || text.isBlank();
        }
    }
}
