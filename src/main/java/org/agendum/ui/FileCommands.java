package org.agendum.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.Window;
import org.agendum.edit.CommandStack;
import org.agendum.file.MeetingFileException;
import org.agendum.file.MeetingFiles;
import org.agendum.model.Meeting;
import org.agendum.typography.UnDates;

/**
 * New, Open, Open Recent, Save, Save As and Close, with the question about unsaved changes before work would be
 * lost, and the offer to restore autosaved work after a crash. A failed save says why and leaves the meeting in
 * the window, unsaved, to be saved elsewhere; a file that cannot be opened says why and changes nothing.
 */
final class FileCommands {
    /** Everything the file commands act on or ask through. */
    record Context(Window owner, CommandStack stack, DocumentState document, FileDialogs dialogs, Prompts prompts,
            RecentFiles recent, Autosaver autosaver, RecoveryStore recovery, Runnable commitPendingEdits,
            Runnable closeWindow, Clock clock) {
    }

    private final Context c;

    FileCommands(Context context) {
        this.c = context;
    }

    /** A new, empty meeting with the standard grid for today (after asking about unsaved changes). */
    boolean newMeeting() {
        c.commitPendingEdits().run();
        if (!confirmReplace()) {
            return false;
        }
        replace(Meeting.blankWithStandardGrid(LocalDate.now(c.clock())), null, true);
        return true;
    }

    /** Asks which file to open, then opens it. */
    boolean open() {
        c.commitPendingEdits().run();
        Optional<Path> chosen = c.dialogs().chooseOpen(c.owner(), folder());
        return chosen.isPresent() && open(chosen.get());
    }

    /**
     * Opens a meeting file: read first, so that a file that cannot be opened changes nothing (and is explained),
     * then the question about unsaved changes.
     */
    boolean open(Path file) {
        c.commitPendingEdits().run();
        Meeting meeting;
        try {
            meeting = MeetingFiles.load(file);
        } catch (MeetingFileException e) {
            c.prompts().showError(c.owner(), Prompts.Failure.OPEN, e.getMessage());
            return false;
        }
        if (!confirmReplace()) {
            return false;
        }
        replace(meeting, file, true);
        c.recent().add(file);
        return true;
    }

    /** Saves in the meeting's file; a meeting without one (new, the sample) asks where. */
    boolean save() {
        c.commitPendingEdits().run();
        Optional<Path> file = c.document().file();
        return file.isPresent() ? saveTo(file.get()) : saveAs();
    }

    boolean saveAs() {
        c.commitPendingEdits().run();
        Optional<Path> chosen = c.dialogs().chooseSave(c.owner(), folder(), suggestedName());
        return chosen.isPresent() && saveTo(withExtension(chosen.get()));
    }

    /** Saves atomically; on failure the dialog says why and the meeting stays, unsaved. */
    boolean saveTo(Path file) {
        Meeting meeting = c.stack().meeting();
        long revision = c.stack().revision();
        try {
            MeetingFiles.save(meeting, file);
        } catch (IOException e) {
            c.prompts().showError(c.owner(), Prompts.Failure.SAVE, e.getMessage()
                    + "\n\nYour changes are still here, not saved. Use Save As to save them somewhere else.");
            return false;
        } catch (RuntimeException e) {
            c.prompts().showError(c.owner(), Prompts.Failure.SAVE, "Could not save " + file.getFileName()
                    + ": Agendum met an unexpected problem (" + e.getMessage() + ").\n\nYour changes are still here, "
                    + "not saved.");
            return false;
        }
        c.stack().markSaved(revision);
        c.document().saved(file.toAbsolutePath());
        c.recent().add(file);
        c.autosaver().discard();
        return true;
    }

    /** Close (and Quit, and the window's close button): after asking about unsaved changes. */
    boolean close() {
        c.commitPendingEdits().run();
        if (!confirmReplace()) {
            return false;
        }
        c.closeWindow().run();
        return true;
    }

    /**
     * With unsaved changes, asks Save / Don't Save / Cancel. True when the work may be replaced: saved, given up,
     * or there was nothing unsaved.
     */
    boolean confirmReplace() {
        if (!c.stack().isDirty()) {
            return true;
        }
        return switch (c.prompts().askToSave(c.owner(), c.document().nameInSentence())) {
            case SAVE -> save();
            case DONT_SAVE -> true;
            case CANCEL -> false;
        };
    }

    /**
     * At start: if an earlier Agendum crashed with unsaved work, offers to restore it (the newest, when there are
     * several; the others are offered at the next start). A restored meeting opens as unsaved changes, belonging
     * to the file it came from, if any.
     */
    void offerRecovery() {
        List<RecoveryStore.Orphan> orphans = c.recovery().orphans();
        if (orphans.isEmpty()) {
            return;
        }
        RecoveryStore.Orphan orphan = orphans.get(0);
        switch (c.prompts().askToRestore(c.owner(), describe(orphan))) {
            case RESTORE -> restore(orphan);
            case DISCARD -> {
                try {
                    orphan.discard();
                } catch (IOException e) {
                    c.prompts().showError(c.owner(), Prompts.Failure.RECOVERY,
                            "The autosaved file " + orphan.meeting() + " could not be deleted.");
                }
            }
            case KEEP -> {
            }
        }
    }

    private void restore(RecoveryStore.Orphan orphan) {
        Meeting meeting;
        try {
            meeting = orphan.load();
        } catch (MeetingFileException e) {
            c.prompts().showError(c.owner(), Prompts.Failure.RECOVERY, e.getMessage()
                    + "\n\nThe autosaved file is kept: " + orphan.meeting());
            return;
        }
        try {
            c.recovery().adopt(orphan);
        } catch (IOException e) {
            // restored all the same: it is autosaved again at the next round, and offered again at the next start
        }
        c.stack().reset(meeting, false);
        c.document().opened(orphan.original().map(Path::toAbsolutePath).orElse(null), false);
    }

    private static String describe(RecoveryStore.Orphan orphan) {
        LocalDateTime at = LocalDateTime.ofInstant(orphan.savedAt(), ZoneId.systemDefault());
        return orphan.title() + " (autosaved at " + DocumentState.TIME.format(at) + " on "
                + UnDates.date(at.toLocalDate()) + ")";
    }

    private void replace(Meeting meeting, Path file, boolean saved) {
        c.stack().reset(meeting, saved);
        c.document().opened(file == null ? null : file.toAbsolutePath(), false);
        c.autosaver().discard();
    }

    /** Where the file dialogs start: the meeting's folder, else the folder of the last file used. */
    Optional<Path> folder() {
        return c.document().file().map(Path::getParent)
                .or(() -> c.recent().files().stream().findFirst().map(Path::getParent));
    }

    /** The file name Save As proposes: the current one, else one made from the document symbol. */
    String suggestedName() {
        Optional<Path> file = c.document().file();
        if (file.isPresent()) {
            return file.get().getFileName().toString();
        }
        String symbol = c.stack().meeting().details().symbol().strip()
                .replaceAll("[\\\\/:*?\"<>|\\s]+", "_").replaceAll("^[._]+|_+$", "");
        return (symbol.isEmpty() ? "meeting" : symbol) + MeetingFiles.EXTENSION;
    }

    static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(MeetingFiles.EXTENSION) ? file
                : file.resolveSibling(name + MeetingFiles.EXTENSION);
    }
}
