package org.agendum.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.agendum.io.AtomicFileWriter;

/**
 * The lock file that says a meeting file is open, as office programs keep one: beside {@code wg4.agendum} the
 * file {@code .~lock.wg4.agendum#}, holding who has it open ({@link LockOwner}) as a few lines of JSON.
 *
 * <p>The name is LibreOffice's: the leading dot hides it on Linux and macOS, it keeps the whole file name (Word's
 * {@code ~$} form cuts long names short, so two files could share one lock), and officers who share folders have
 * seen such files before. It does not end in {@code .agendum}, so the open dialog does not list it.
 *
 * <p>A lock is advice, never a barrier: reading one never fails (a damaged or foreign one counts as none), and a
 * lock that cannot be written does not stop the file being opened or saved.
 *
 * <p>Anything in a shared folder may have been put there by someone else, so a lock is untrusted: it is never read or
 * written through a symbolic link (a link with its name is replaced, and what it points to is never touched), and
 * a lock whose fields are out of bounds (a time outside the years 2000 to 9999, a process id that cannot be one,
 * a name too long or holding control or direction characters) counts as damaged, that is as none.
 */
public final class LockFiles {
    static final String PREFIX = ".~lock.";
    static final String SUFFIX = "#";
    private static final String APPLICATION = "Agendum";
    /** A real lock is about 150 bytes; anything much larger is not one of ours. */
    private static final int MAX_BYTES = 4096;
    /** User and computer names longer than this are not real ones. */
    static final int MAX_NAME = 256;
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-30T00:00:00Z");
    /** Windows' process ids are 32-bit; Linux's and macOS's smaller. */
    private static final long MAX_PID = 0xFFFF_FFFFL;

    private LockFiles() {
    }

    /** {@code /a/wg4.agendum} → {@code /a/.~lock.wg4.agendum#}. */
    public static Path lockFileOf(Path file) {
        return file.resolveSibling(PREFIX + file.getFileName() + SUFFIX);
    }

    /** The owner the lock file beside {@code file} names; empty when there is none, or it cannot be read as one. */
    public static Optional<LockOwner> read(Path file) {
        Path lock = lockFileOf(file);
        if (!Files.isRegularFile(lock, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty(); // none, a folder, a pipe or a link: never followed
        }
        try (InputStream in = Files.newInputStream(lock, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            byte[] content = in.readNBytes(MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                return Optional.empty();
            }
            LockDto dto = LockJson.read(content);
            if (!isName(dto.user()) || !isName(dto.host()) || dto.pid() == null || dto.pid() <= 0
                    || dto.pid() > MAX_PID || dto.since() == null || dto.since().length() > 64) {
                return Optional.empty();
            }
            Instant since = Instant.parse(dto.since());
            if (!isPlausible(since)) {
                return Optional.empty();
            }
            return Optional.of(new LockOwner(dto.user(), dto.host(), dto.pid(), since));
        } catch (IOException | RuntimeException e) { // RuntimeException: a time that is not one, say
            return Optional.empty();
        }
    }

    /** Whether {@code since} is a time a real lock can hold: one that every dialog can show. */
    public static boolean isPlausible(Instant since) {
        return since != null && !since.isBefore(EARLIEST) && !since.isAfter(LATEST);
    }

    /** A user or computer name as a real lock holds it: not blank, not too long, no control or direction marks. */
    static boolean isName(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_NAME) {
            return false;
        }
        return text.codePoints().noneMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT // the direction marks and overrides, zero-width joiners
                || Character.getType(c) == Character.SURROGATE || Character.getType(c) == Character.UNASSIGNED
                || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR);
    }

    /**
     * What is at the lock's name when it is not a lock of Agendum's that could be read: "a link", "damaged or not
     * Agendum's", or empty when there is nothing there (or a readable lock).
     */
    public static Optional<String> unusable(Path file) {
        Path lock = lockFileOf(file);
        if (Files.isSymbolicLink(lock)) {
            return Optional.of("a link");
        }
        if (!Files.exists(lock, LinkOption.NOFOLLOW_LINKS) || read(file).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("damaged or not Agendum's");
    }

    /**
     * Another Agendum that may have {@code file} open: the owner of its lock, unless that is {@code me} or a
     * process of this computer that has ended (a crash left the lock, and it can be taken over).
     */
    public static Optional<LockOwner> heldByAnother(Path file, LockOwner me) {
        return read(file).filter(owner -> !owner.isSameProcessAs(me)).filter(LockOwner::mayBeRunning);
    }

    /**
     * Writes the lock beside {@code file} naming {@code owner}, replacing any (atomically, like a save). A link with
     * the lock's name is replaced by the lock; the file it points to is never written.
     */
    public static void write(Path file, LockOwner owner, AtomicFileWriter.Disk disk) throws IOException {
        Objects.requireNonNull(owner, "owner");
        LockDto dto = new LockDto(APPLICATION, owner.user(), owner.host(), owner.pid(), owner.since().toString());
        AtomicFileWriter.writeOwn(lockFileOf(file), LockJson.write(dto), disk, null);
    }

    /**
     * Deletes the lock beside {@code file} if it still names {@code owner}: another Agendum may have taken the file
     * over since, and its lock stays. Quietly: a lock that cannot be deleted is stale, and taken over next time.
     */
    public static void release(Path file, LockOwner owner) {
        if (read(file).filter(owner::isSameProcessAs).isEmpty()) {
            return;
        }
        try {
            Files.deleteIfExists(lockFileOf(file));
        } catch (IOException e) {
            // left behind: this computer's next Agendum sees its process has ended and takes it over
        }
    }

    /** What a lock file holds, in its order ({@link LockJson}). */
    record LockDto(String application, String user, String host, Long pid, String since) {
    }
}
