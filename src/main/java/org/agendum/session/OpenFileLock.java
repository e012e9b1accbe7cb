package org.agendum.session;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.agendum.file.LockFiles;
import org.agendum.file.LockOwner;
import org.agendum.io.AtomicFileWriter;
import org.agendum.typography.UnDates;

/**
 * The lock file this window keeps beside the file it has open ({@link LockFiles}), so that a second Agendum
 * opening the file can say who has it. Taken when a file is opened or saved under a new name, given back when the
 * window closes or turns to another file. A lock that cannot be written (a read-only share) is said once in the
 * status bar and changes nothing else: the lock is a courtesy to colleagues, never a condition for working.
 */
public final class OpenFileLock {
    private final long pid;
    private final Clock clock;
    private final AtomicFileWriter.Disk disk;
    private final Consumer<String> status;
    /** The file this window has tried to lock (null: none); {@code owner} is non-null when the lock was written. */
    private Path file;
    private LockOwner owner;

    public OpenFileLock(long pid, Clock clock, AtomicFileWriter.Disk disk, Consumer<String> status) {
        this.pid = pid;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.disk = Objects.requireNonNull(disk, "disk");
        this.status = Objects.requireNonNull(status, "status");
    }

    /** Another Agendum that may have {@code target} open (a crashed one on this computer does not count). */
    Optional<LockOwner> holderOf(Path target) {
        return LockFiles.heldByAnother(target, LockOwner.thisProcess(pid, clock.instant()));
    }

    /**
     * Locks {@code target} for this window, after giving back the lock of the file it had before: when it is opened,
     * or taken over from another Agendum (the lock is written again whatever it said).
     */
    void lock(Path target) {
        if (!target.equals(file)) {
            release();
        }
        file = target;
        LockOwner me = LockOwner.thisProcess(pid, clock.instant());
        Optional<String> unusable = LockFiles.unusable(target);
        try {
            LockFiles.write(target, me, disk);
            owner = me;
            unusable.ifPresent(what -> status.accept("The lock file beside " + target.getFileName() + " was " + what
                    + (what.equals("a link") ? "; Agendum does not write through links and" : "; Agendum")
                    + " put its own lock in its place."));
        } catch (IOException | RuntimeException e) {
            owner = null;
            status.accept("Others who open " + target.getFileName() + " will not be told that you have it open: "
                    + "Agendum could not write its lock file beside it.");
        }
    }

    /** After a save: locks {@code target} unless this window has locked it already, or found that it cannot. */
    void lockIfNew(Path target) {
        if (!target.equals(file)) {
            lock(target);
        }
    }

    /** Gives the lock back (the window closes, or turns to another file or to none). */
    public void release() {
        if (file != null && owner != null) {
            LockFiles.release(file, owner);
        }
        file = null;
        owner = null;
    }

    /**
     * "maria on LAPTOP-7 since 10:42 on 2 July 2018" ("on this computer" for this one), in this computer's time.
     * Never fails: a lock is untrusted, and a time no dialog could show is said to be unknown.
     */
    String describe(LockOwner holder) {
        String where = holder.host().equalsIgnoreCase(LockOwner.thisHost()) ? "this computer" : holder.host();
        String who = holder.user() + " on " + where;
        try {
            if (LockFiles.isPlausible(holder.since())) {
                LocalDateTime since = LocalDateTime.ofInstant(holder.since(), clock.getZone());
                return who + " since " + DocumentState.TIME.format(since) + " on " + UnDates.date(since.toLocalDate());
            }
        } catch (RuntimeException e) {
            // said as unknown below
        }
        return who + " (since when, the lock file does not say clearly)";
    }
}
