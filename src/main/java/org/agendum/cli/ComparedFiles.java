package org.agendum.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.agendum.docx.EmblemImageException;
import org.agendum.file.ExportTargets;
import org.agendum.file.MeetingFileException;
import org.agendum.model.Meeting;

/**
 * The two versions {@code compare} and {@code corrigendum} read, an older and a newer one, with the checks both make
 * before writing a Word document from them: the output is refused before anything is read if it would replace a
 * meeting or is no ordinary file; an unreadable file or a meeting with errors (without --force) stops it. The two
 * versions are two meeting files, or one file and a version its history records as issued.
 */
record ComparedFiles(Meeting old, Meeting now) {
    static ComparedFiles read(MeetingLoader loader, Path oldFile, Path newFile, Path output, boolean force,
                              PrintWriter err) throws Refused {
        refuseOutput(output, err, newFile, oldFile);
        Meeting old = load(loader, oldFile, err);
        Meeting now = load(loader, newFile, err);
        if (!MeetingErrors.allowDocument(oldFile.toString(), old, force, err)
                || !MeetingErrors.allowDocument(newFile.toString(), now, force, err)) {
            throw new Refused(ExitCodes.ERRORS);
        }
        return new ComparedFiles(old, now);
    }

    /**
     * The meeting in {@code file}, to be compared with a version of its own history; read to be changed (refused while
     * an Agendum window has it open) when the document is to be {@code recorded} in it as issued.
     */
    static UpdatedFile readOne(MeetingLoader loader, Path file, Path output, boolean recorded, boolean force,
                               PrintWriter err) throws Refused {
        refuseOutput(output, err, file);
        UpdatedFile updated = recorded ? UpdatedFile.open(loader, file, err)
                : UpdatedFile.readOnly(file, load(loader, file, err));
        if (!MeetingErrors.allowDocument(file.toString(), updated.meeting(), force, err)) {
            throw new Refused(ExitCodes.ERRORS);
        }
        return updated;
    }

    /** Refuses an output that would replace one of the {@code meetings} or is no ordinary file, before any reading. */
    private static void refuseOutput(Path output, PrintWriter err, Path... meetings) throws Refused {
        for (Path meeting : meetings) {
            Optional<String> refusal = ExportTargets.meetingFileRefusal(output, meeting);
            if (refusal.isPresent()) {
                throw Refused.saying(err, refusal.get() + " Nothing was written.", ExitCodes.USAGE);
            }
        }
        Optional<String> notOrdinary = ExportTargets.notOrdinaryFile(output);
        if (notOrdinary.isPresent()) {
            throw Refused.saying(err, "the Word document was not written: " + notOrdinary.get(), ExitCodes.UNWRITABLE);
        }
    }

    /** The meeting in {@code file}; when it cannot be read, says why in one sentence on {@code err}. */
    static Meeting load(MeetingLoader loader, Path file, PrintWriter err) throws Refused {
        try {
            return loader.load(file);
        } catch (MeetingFileException e) {
            throw unreadable(file, e, err);
        }
    }

    /** The file's sentence, as {@code validate} prints it, on {@code err}; {@link ExitCodes#UNREADABLE}. */
    static Refused unreadable(Path file, MeetingFileException e, PrintWriter err) {
        err.println(ValidateCommand.unreadableMessage(file.toString(), e));
        err.flush();
        return new Refused(ExitCodes.UNREADABLE);
    }

    /** Writing a Word document, which may fail for its emblem or its disk. */
    @FunctionalInterface
    interface Writing {
        void write() throws IOException;
    }

    /** Runs {@code writing}; an emblem that cannot be used or a document that cannot be written is said on {@code err}. */
    static void writeDocument(Writing writing, PrintWriter err) throws Refused {
        try {
            writing.write();
        } catch (EmblemImageException e) {
            throw Refused.saying(err, e.getMessage(), ExitCodes.UNREADABLE);
        } catch (IOException e) {
            throw Refused.saying(err, "the Word document was not written: " + e.getMessage(), ExitCodes.UNWRITABLE);
        }
    }
}
