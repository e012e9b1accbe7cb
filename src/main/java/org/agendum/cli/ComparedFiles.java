package org.agendum.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.agendum.file.ExportTargets;
import org.agendum.file.MeetingFileException;
import org.agendum.model.Meeting;
import org.agendum.typography.Printable;

/**
 * The two meeting files {@code compare} and {@code corrigendum} read, an older and a newer version, with the checks
 * both make before writing a Word document from them: the output is refused before anything is read if it would
 * replace a meeting or is no ordinary file; an unreadable file or a meeting with errors (without --force) stops it.
 */
record ComparedFiles(Meeting old, Meeting now) {
    /** Why nothing is written, as the command's exit code; the reason is already on standard error. */
    static final class Refused extends Exception {
        final int exitCode;

        Refused(int exitCode) {
            super(null, null, false, false);
            this.exitCode = exitCode;
        }
    }

    static ComparedFiles read(MeetingLoader loader, Path oldFile, Path newFile, Path output, boolean force,
                              PrintWriter err) throws Refused {
        Optional<String> refusal = ExportTargets.meetingFileRefusal(output, newFile)
                .or(() -> ExportTargets.meetingFileRefusal(output, oldFile));
        if (refusal.isPresent()) {
            err.println(Printable.of("agendum: " + refusal.get() + " Nothing was written."));
            err.flush();
            throw new Refused(ExitCodes.USAGE);
        }
        Optional<String> notOrdinary = ExportTargets.notOrdinaryFile(output);
        if (notOrdinary.isPresent()) {
            err.println(Printable.of("agendum: the Word document was not written: " + notOrdinary.get()));
            err.flush();
            throw new Refused(ExitCodes.UNWRITABLE);
        }
        Meeting old = load(loader, oldFile, err);
        Meeting now = load(loader, newFile, err);
        if (!MeetingErrors.allowDocument(oldFile.toString(), old, force, err)
                || !MeetingErrors.allowDocument(newFile.toString(), now, force, err)) {
            throw new Refused(ExitCodes.ERRORS);
        }
        return new ComparedFiles(old, now);
    }

    /** The meeting in {@code file}; when it cannot be read, says why in one sentence on {@code err}. */
    private static Meeting load(MeetingLoader loader, Path file, PrintWriter err) throws Refused {
        try {
            return loader.load(file);
        } catch (MeetingFileException e) {
            err.println(ValidateCommand.unreadableMessage(file.toString(), e));
            err.flush();
            throw new Refused(ExitCodes.UNREADABLE);
        }
    }
}
