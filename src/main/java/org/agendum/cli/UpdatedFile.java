package org.agendum.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.agendum.file.LockFiles;
import org.agendum.file.LockOwner;
import org.agendum.file.MeetingFileException;
import org.agendum.file.MeetingFiles;
import org.agendum.io.FileStamp;
import org.agendum.model.Meeting;
import org.agendum.typography.Printable;

/**
 * A meeting file a command changes ({@code issue}; {@code compare} and {@code corrigendum} when they record what they
 * exported): refused while an Agendum window has it open (its lock file, {@link LockFiles}, as a second window would
 * see it), read with the stamp of its bytes, and saved atomically through the file layer ({@link MeetingFiles#save},
 * the previous version kept as {@code .bak}) only if no one changed it in between. Every refusal is one sentence on
 * standard error, and leaves the file as it was.
 */
final class UpdatedFile {
    private final Path file;
    private final Meeting meeting;
    /** The bytes read (null: read through a test's loader); checked again before the save. */
    private final FileStamp stamp;
    private final boolean writable;

    private UpdatedFile(Path file, Meeting meeting, FileStamp stamp, boolean writable) {
        this.file = file;
        this.meeting = meeting;
        this.stamp = stamp;
        this.writable = writable;
    }

    Meeting meeting() {
        return meeting;
    }

    /**
     * Reads {@code file} to change it: refused with {@link ExitCodes#UNWRITABLE} when another Agendum has it open, with
     * {@link ExitCodes#UNREADABLE} when it cannot be read.
     */
    static UpdatedFile open(MeetingLoader loader, Path file, PrintWriter err) throws Refused {
        refuseIfOpen(file, err);
        if (loader != MeetingLoader.FILES) {
            return new UpdatedFile(file, ComparedFiles.load(loader, file, err), null, true); // a test's meetings
        }
        try {
            MeetingFiles.Loaded loaded = MeetingFiles.loadWithStamp(file);
            return new UpdatedFile(file, loaded.meeting(), loaded.stamp(), true);
        } catch (MeetingFileException e) {
            throw ComparedFiles.unreadable(file, e, err);
        }
    }

    /** {@code file}'s meeting, read only, never to be saved ({@code --no-record}). */
    static UpdatedFile readOnly(Path file, Meeting meeting) {
        return new UpdatedFile(file, meeting, null, false);
    }

    /** Refused with {@link ExitCodes#UNWRITABLE} when an Agendum window has {@code file} open. */
    private static void refuseIfOpen(Path file, PrintWriter err) throws Refused {
        Optional<String> holder = openBy(file);
        if (holder.isPresent()) {
            throw Refused.saying(err, file + " is open in Agendum (" + holder.get() + "): close it there, or do "
                    + "it in that window; nothing was changed.", ExitCodes.UNWRITABLE);
        }
    }

    /** "maria on LAPTOP-7": who has the file open in a running Agendum, from its lock file; empty when no one. */
    private static Optional<String> openBy(Path file) {
        LockOwner me = LockOwner.thisProcess(ProcessHandle.current().pid(), Instant.now());
        return LockFiles.heldByAnother(file, me).map(owner -> owner.user() + " on "
                + (owner.host().equalsIgnoreCase(LockOwner.thisHost()) ? "this computer" : owner.host()));
    }

    /**
     * Saves {@code changed} over the file, atomically, unless an Agendum window has opened it or another program has
     * changed it since it was read; then nothing is written, and the sentence on standard error says so.
     *
     * @param what what the change is, for the refusal: "the issued version"
     */
    void save(Meeting changed, String what, PrintWriter err) throws Refused {
        if (!writable) {
            throw new IllegalStateException(file + " was read only, not to be saved");
        }
        Optional<String> holder = openBy(file);
        if (holder.isPresent()) {
            throw Refused.saying(err, file + " was opened in Agendum (" + holder.get() + ") meanwhile: " + what
                    + " was not recorded in it.", ExitCodes.UNWRITABLE);
        }
        try {
            if (stamp != null && !stamp.matches(file)) {
                throw Refused.saying(err, file + " was changed by another program meanwhile: " + what
                        + " was not recorded in it. Run the command again.", ExitCodes.UNWRITABLE);
            }
            MeetingFiles.save(changed, file);
        } catch (IOException e) {
            throw Refused.saying(err, what + " was not recorded in " + file + ": " + e.getMessage(),
                    ExitCodes.UNWRITABLE);
        }
    }

    /**
     * After a document was written to be issued ({@code compare}, {@code corrigendum} with one file): records
     * {@code issued}, the meeting with its new issued version, as the window does once the export succeeded, and says
     * so on {@code out}; with {@code --no-record}, says that the file was left as it was.
     */
    int recordIssued(Meeting issued, PrintWriter out, PrintWriter err) throws Refused {
        if (!writable) {
            out.println(Printable.of("Not recorded in " + file + " as issued (--no-record): the file is unchanged."));
            out.flush();
            return ExitCodes.OK;
        }
        save(issued, "the issued version", err);
        out.println(IssueCommand.recorded(file, issued));
        out.flush();
        return ExitCodes.OK;
    }
}
