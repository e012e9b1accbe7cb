package org.agendum.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.agendum.io.FileStamp;
import org.agendum.typography.UnDates;

/**
 * The meeting's file as it is on disk just before a save, compared with what the window last read or wrote there
 * ({@link FileStamp}): whether another program has changed or removed it in between. Plain file work, no JavaFX.
 */
final class FileOnDisk {
    /** What the save would meet. */
    enum State {
        /**
         * As the window left it, as far as can be told: no stamp to compare with, or nothing that a question would
         * help with (a folder in its place, a folder gone, a file that cannot be read), which the save explains.
         */
        AS_LEFT,
        /** Deleted or moved away; its folder is still there. */
        GONE,
        /** Another program has written something else there. */
        CHANGED
    }

    private FileOnDisk() {
    }

    static State compare(Path file, Optional<FileStamp> stamp) {
        if (stamp.isEmpty() || Files.isDirectory(file)) {
            return State.AS_LEFT;
        }
        if (!Files.exists(file)) {
            Path folder = file.toAbsolutePath().getParent();
            return folder != null && Files.isDirectory(folder) ? State.GONE : State.AS_LEFT;
        }
        if (!Files.isRegularFile(file)) {
            return State.AS_LEFT; // a pipe put in its place would be waited on for ever; the save refuses it
        }
        try {
            return stamp.get().matches(file) ? State.AS_LEFT : State.CHANGED;
        } catch (IOException e) {
            return State.AS_LEFT;
        }
    }

    /** "10:42 on 2 July 2018": when the file was last changed, in the clock's time zone. */
    static String changedAt(Path file, Clock clock) {
        LocalDateTime at;
        try {
            at = LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), clock.getZone());
        } catch (IOException e) {
            at = LocalDateTime.now(clock); // it has changed, that much is known: at the latest now
        }
        return DocumentState.TIME.format(at) + " on " + UnDates.date(at.toLocalDate());
    }

    /**
     * What {@code file} holds now; empty when it cannot be read or is not an ordinary file (then there is nothing to
     * compare with later).
     */
    static Optional<FileStamp> stampOf(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty(); // nothing to compare with: a pipe or a device would be read for ever
        }
        try {
            return Optional.of(FileStamp.read(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
