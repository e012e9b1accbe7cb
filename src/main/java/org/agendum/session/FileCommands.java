package org.agendum.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.agendum.edit.CommandStack;
import org.agendum.file.LockOwner;
import org.agendum.file.MeetingFileException;
import org.agendum.file.MeetingFiles;
import org.agendum.file.SampleMeeting;
import org.agendum.io.AtomicFileWriter;
import org.agendum.io.FileStamp;
import org.agendum.model.Masthead;
import org.agendum.model.Meeting;
import org.agendum.typography.UnDates;

/**
 * New, Open, Open Recent, Save, Save As and Close, with the question about unsaved changes before work would be
 * lost, and the offer to restore autosaved work after a crash. A failed save says why and leaves the meeting in
 * the window, unsaved, to be saved elsewhere; a file that cannot be opened says why and changes nothing. Files are
 * read in the {@link Background}, off the window's thread; the questions and the new meeting come back on it.
 *
 * <p>Two questions protect other people's work. Saving over a file that another program has changed since it was
 * opened or saved here asks first (Overwrite / Save As / Cancel). Opening a file that another Agendum has open, as
 * its lock file says ({@link OpenFileLock}), asks whether to open it read-only or take it over; read-only, Save
 * saves under another name only.
 */
public final class FileCommands {
    /**
     * Everything the file commands act on or ask through; {@code status} shows a passing sentence,
     * {@code closeWindow} closes the window once Close may go ahead.
     */
    public record Context(CommandStack stack, DocumentState document, FileDialogs dialogs, Prompts prompts,
            RecentFiles recent, Autosaver autosaver, RecoveryStore recovery, OpenFileLock lock,
            AtomicFileWriter.Disk disk, Consumer<String> status, Runnable closeWindow,
            Clock clock, Background background, Reader reader) {
    }

    /** How a meeting file is read ({@link MeetingFiles#loadWithStamp}; tests pass one that takes its time). */
    @FunctionalInterface
    public interface Reader {
        Reader FILES = MeetingFiles::loadWithStamp;

        MeetingFiles.Loaded read(Path file) throws MeetingFileException;
    }

    /** Autosaved work as read, with the stamp of its original file as it is now (null: none, or unreadable). */
    private record Restored(Meeting meeting, FileStamp originalStamp) {
    }

    /** How a file is opened: to edit, read-only (another Agendum has it open), or not at all. */
    private enum Access { EDIT, READ_ONLY, NONE }

    private final Context c;
    /** Another Agendum had the window's first file open: the question waits until the window is up. */
    private LockOwner startupHolder;
    /** The open or restore whose file is being read, and what it reads; null when none is. */
    private CompletableFuture<Boolean> reading;
    private String readingName;

    public FileCommands(Context context) {
        this.c = context;
    }

    /** A new, empty meeting with the standard grid for today (after asking about unsaved changes). */
    public boolean newMeeting() {
        if (!confirmReplace()) {
            return false;
        }
        replace(Meeting.blankWithStandardGrid(LocalDate.now(c.clock())), null, null, false);
        return true;
    }

    /**
     * A new meeting made from the open one (File ▸ New Session from This Meeting), after asking about unsaved changes:
     * it has no file, so Save asks where and last session's file is never written over, and it is unsaved work from
     * the start (the title's star, autosave, the question before closing), since nothing on disk holds it yet.
     */
    public boolean newMeetingFrom(Meeting meeting) {
        if (!confirmReplace()) {
            return false;
        }
        replace(meeting, null, null, false, false);
        return true;
    }

    /** Asks which file to open, then opens it ({@link #open(Path)}); false at once when the dialog is cancelled. */
    public CompletableFuture<Boolean> open() {
        Optional<Path> chosen = c.dialogs().chooseOpen(folder());
        return chosen.isPresent() ? open(chosen.get()) : CompletableFuture.completedFuture(false);
    }

    /**
     * Opens a meeting file: read first, in the background ({@link Background}: a large file or a slow share never
     * holds up the window), so that a file that cannot be opened changes nothing (and is explained); then, back on
     * the window's thread, the question when another Agendum has it open and the one about unsaved changes. An open
     * started while a file is still being read takes over from it.
     *
     * @return completes on the window's thread: true when the meeting was opened, false when it was not (or when a
     *         later open took over before the file was read)
     */
    public CompletableFuture<Boolean> open(Path file) {
        return read("Opening " + name(file), name(file), () -> c.reader().read(file),
                loaded -> install(file, loaded),
                failure -> c.prompts().showError(Prompts.Failure.OPEN, openFailure(name(file), failure)));
    }

    /**
     * Opens, as a new meeting without a file (Save asks where), what {@code work} reads in the background: an
     * imported document. As with {@link #open(Path)}, nothing changes until it is read, and then only after the
     * question about unsaved changes; {@code opened} gets what was read once its meeting is in the window (the
     * import's report). A failure is shown as {@code failure}.
     *
     * @param meetingOf the meeting in what was read
     * @param worded    the exception the reader words for people: its message is shown as it is
     * @return completes on the window's thread: true when the meeting was opened
     */
    public <T> CompletableFuture<Boolean> openUnsaved(String doing, String name, Background.Work<T> work,
            Function<T, Meeting> meetingOf, Consumer<T> opened, Class<? extends Exception> worded,
            Prompts.Failure failure) {
        return read(doing + " " + name, name, work, result -> {
            if (!confirmReplace()) {
                return false;
            }
            replace(meetingOf.apply(result), null, null, false);
            opened.accept(result);
            return true;
        }, thrown -> c.prompts().showError(failure,
                worded.isInstance(thrown) ? thrown.getMessage() : unforeseen(name, thrown)));
    }

    /** The file is read: the questions, then the meeting in the window. */
    private boolean install(Path file, MeetingFiles.Loaded loaded) {
        Access access = askIfInUse(file.toAbsolutePath());
        if (access == Access.NONE || !confirmReplace()) {
            return false;
        }
        replace(loaded.meeting(), file, loaded.stamp(), access == Access.READ_ONLY);
        c.recent().add(file);
        return true;
    }

    /**
     * Reads in the background, saying "{@code doing} NAME…" meanwhile, then hands what was read to {@code use} (true:
     * used) or what failed to {@code failed}, on the window's thread. A read still under way is given up: its outcome
     * is dropped, and its future completes false at once.
     */
    private <T> CompletableFuture<Boolean> read(String doing, String name, Background.Work<T> work,
            Predicate<T> use, Consumer<Throwable> failed) {
        String note = doing + "\u2026";
        if (reading != null && !reading.isDone()) {
            note = doing + "\u2026 (Agendum no longer waits for " + readingName + ")";
            reading.complete(false);
        }
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        reading = done;
        readingName = name;
        c.background().run(note, work, result -> done.complete(use.test(result)), failure -> {
            failed.accept(failure);
            done.complete(false);
        });
        return done;
    }

    /** Why a file could not be opened: the reader's sentence, or one for what it could not foresee. */
    private static String openFailure(String name, Throwable failure) {
        if (failure instanceof MeetingFileException) {
            return failure.getMessage();
        }
        return unforeseen(name, failure);
    }

    /** Why a file could not be read when its reader did not say: memory, or a problem no one foresaw. */
    private static String unforeseen(String name, Throwable failure) {
        if (failure instanceof OutOfMemoryError) {
            return "There is not enough memory to open " + name + "; nothing was changed. Close other programs and "
                    + "try again.";
        }
        return name + " could not be opened: Agendum met an unexpected problem (" + failure + ").";
    }

    /** Whether another Agendum has {@code file} open and, if so, how the officer wants it. */
    private Access askIfInUse(Path file) {
        Optional<LockOwner> holder = c.lock().holderOf(file);
        if (holder.isEmpty()) {
            return Access.EDIT;
        }
        return switch (c.prompts().askWhenFileInUse(name(file), c.lock().describe(holder.get()))) {
            case READ_ONLY -> Access.READ_ONLY;
            case TAKE_OVER -> Access.EDIT;
            case CANCEL -> Access.NONE;
        };
    }

    /**
     * Saves in the meeting's file, asking first if another program has changed it since; a meeting without a file
     * (new, the sample) or open read-only asks where.
     */
    public boolean save() {
        Optional<Path> file = c.document().file();
        if (file.isEmpty() || c.document().isReadOnly()) {
            return saveAs();
        }
        Path target = file.get();
        return switch (FileOnDisk.compare(target, c.document().stamp())) {
            case AS_LEFT -> saveTo(target);
            case GONE -> saveAgain(target);
            case CHANGED -> switch (c.prompts().askToOverwriteChangedFile(name(target),
                    FileOnDisk.changedAt(target, c.clock()))) {
                case OVERWRITE -> saveTo(target);
                case SAVE_AS -> saveAs();
                case CANCEL -> false;
            };
        };
    }

    /** The file was deleted or moved since it was opened: the work is written there again, and the officer told. */
    private boolean saveAgain(Path file) {
        boolean saved = saveTo(file);
        if (saved) {
            c.status().accept(name(file) + " had been deleted or moved by another program, so it was saved again.");
        }
        return saved;
    }

    /** Asks where to save; a meeting open read-only is never saved over the file it was opened from. */
    public boolean saveAs() {
        Optional<Path> chosen = c.dialogs().chooseSave(folder(), saveAsName());
        if (chosen.isEmpty()) {
            return false;
        }
        Path target = MeetingFiles.withExtension(chosen.get());
        if (c.document().isReadOnly() && isTheOpenFile(target)) {
            c.prompts().showError(Prompts.Failure.SAVE, name(target) + " is open read-only, because "
                    + "another Agendum has it open.\n\nSave your changes under another name.");
            return false;
        }
        return saveTo(target);
    }

    private boolean isTheOpenFile(Path target) {
        Optional<Path> open = c.document().file();
        if (open.isEmpty()) {
            return false;
        }
        try {
            return Files.exists(target) && Files.isSameFile(target, open.get());
        } catch (IOException e) {
            return target.toAbsolutePath().normalize().equals(open.get().toAbsolutePath().normalize());
        }
    }

    /**
     * Saves atomically; on failure the dialog says why and the meeting stays, unsaved. A file saved under a new name
     * is locked as this window's.
     */
    public boolean saveTo(Path file) {
        Meeting meeting = c.stack().meeting();
        long revision = c.stack().revision();
        FileStamp stamp;
        try {
            stamp = MeetingFiles.save(meeting, file, c.disk());
        } catch (IOException e) {
            c.prompts().showError(Prompts.Failure.SAVE, e.getMessage()
                    + "\n\nYour changes are still here, not saved. Use Save As to save them somewhere else.");
            return false;
        } catch (RuntimeException e) {
            c.prompts().showError(Prompts.Failure.SAVE, "Could not save " + file.getFileName()
                    + ": Agendum met an unexpected problem (" + e.getMessage() + ").\n\nYour changes are still here, "
                    + "not saved.");
            return false;
        }
        c.stack().markSaved(revision);
        Path absolute = file.toAbsolutePath();
        c.lock().lockIfNew(absolute);
        c.document().saved(absolute, stamp);
        c.recent().add(file);
        c.autosaver().discard();
        return true;
    }

    /** Close (and Quit, and the window's close button): after asking about unsaved changes. */
    public boolean close() {
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
    public boolean confirmReplace() {
        if (!c.stack().isDirty()) {
            return true;
        }
        return switch (c.prompts().askToSave(c.document().nameInSentence())) {
            case SAVE -> save();
            case DONT_SAVE -> true;
            case CANCEL -> false;
        };
    }

    /**
     * The file the window starts with, read a moment ago by {@link StartupMeeting}; its stamp is taken now. Another
     * Agendum may have it open: then the window shows it read-only until the officer has answered
     * {@link #askAboutStartupFile()}, once the window is up.
     */
    public void startWith(Path file) {
        Path absolute = file.toAbsolutePath();
        Optional<LockOwner> holder = c.lock().holderOf(absolute);
        if (holder.isEmpty()) {
            c.lock().lock(absolute);
        }
        startupHolder = holder.orElse(null);
        c.document().opened(absolute, FileOnDisk.stampOf(absolute).orElse(null), holder.isPresent());
    }

    /**
     * At start, when another Agendum had the window's file open: read-only (as it is shown), take it over, or
     * Cancel, which shows the sample instead, as when the file cannot be read.
     */
    public void askAboutStartupFile() {
        LockOwner holder = startupHolder;
        startupHolder = null;
        Optional<Path> file = c.document().file();
        if (holder == null || file.isEmpty()) {
            return;
        }
        switch (c.prompts().askWhenFileInUse(name(file.get()), c.lock().describe(holder))) {
            case READ_ONLY -> c.status().accept(readOnlyMessage(file.get()));
            case TAKE_OVER -> {
                c.lock().lock(file.get());
                c.document().editable();
            }
            case CANCEL -> {
                c.stack().reset(SampleMeeting.load(), true);
                c.document().opened(null, true);
                c.autosaver().discard();
            }
        }
    }

    /**
     * At start: if an earlier Agendum crashed with unsaved work, offers to restore it (the newest, when there are
     * several; the others are offered at the next start). A restored meeting opens as unsaved changes, belonging
     * to the file it came from, if any. Its file is read in the background, as an opened file is.
     *
     * @return completes on the window's thread, true when the work was restored
     */
    public CompletableFuture<Boolean> offerRecovery() {
        List<RecoveryStore.Orphan> orphans = c.recovery().orphans();
        if (orphans.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        RecoveryStore.Orphan orphan = orphans.get(0);
        switch (c.prompts().askToRestore(describe(orphan))) {
            case RESTORE -> {
                // what the original file holds now is what a later save compares with: read here too
                return read("Restoring the autosaved work", "the autosaved work",
                        () -> new Restored(orphan.load(), orphan.original()
                                .flatMap(original -> FileOnDisk.stampOf(original.toAbsolutePath())).orElse(null)),
                        restored -> restore(orphan, restored),
                        failure -> c.prompts().showError(Prompts.Failure.RECOVERY,
                                openFailure(String.valueOf(orphan.meeting().getFileName()), failure)
                                        + "\n\nThe autosaved file is kept: " + orphan.meeting()));
            }
            case DISCARD -> {
                try {
                    orphan.discard();
                } catch (IOException e) {
                    c.prompts().showError(Prompts.Failure.RECOVERY,
                            "The autosaved file " + orphan.meeting() + " could not be deleted.");
                }
            }
            case KEEP -> {
            }
        }
        return CompletableFuture.completedFuture(false);
    }

    /**
     * The autosaved work is read: it replaces the meeting (after the question about unsaved changes, should the
     * officer have changed the window's meeting while it was read; Cancel keeps the file for the next start).
     */
    private boolean restore(RecoveryStore.Orphan orphan, Restored restored) {
        if (!confirmReplace()) {
            return false;
        }
        try {
            c.recovery().adopt(orphan);
        } catch (IOException e) {
            // restored all the same: it is autosaved again at the next round, and offered again at the next start
        }
        c.stack().reset(restored.meeting(), false);
        // what the file held before the crash is not known: its state now is what a later save compares with
        Path original = orphan.original().map(Path::toAbsolutePath).orElse(null);
        boolean readOnly = original != null && c.lock().holderOf(original).isPresent();
        lockOrRelease(original, readOnly);
        c.document().opened(original, original == null ? null : restored.originalStamp(), readOnly);
        if (readOnly) {
            c.status().accept(readOnlyMessage(original));
        }
        return true;
    }

    private static String describe(RecoveryStore.Orphan orphan) {
        LocalDateTime at = LocalDateTime.ofInstant(orphan.savedAt(), ZoneId.systemDefault());
        return orphan.title() + " (autosaved at " + DocumentState.TIME.format(at) + " on "
                + UnDates.date(at.toLocalDate()) + ")";
    }

    private void replace(Meeting meeting, Path file, FileStamp stamp, boolean readOnly) {
        replace(meeting, file, stamp, readOnly, true);
    }

    /** @param saved whether the meeting is as some file holds it (or empty): false for work that is only in memory */
    private void replace(Meeting meeting, Path file, FileStamp stamp, boolean readOnly, boolean saved) {
        Path absolute = file == null ? null : file.toAbsolutePath();
        c.stack().reset(meeting, saved);
        lockOrRelease(absolute, readOnly);
        c.document().opened(absolute, stamp, readOnly);
        c.autosaver().discard();
        if (readOnly) {
            c.status().accept(readOnlyMessage(absolute));
        }
    }

    /** The window now has {@code file} open (null: none): locked as its own, unless read-only. */
    private void lockOrRelease(Path file, boolean readOnly) {
        if (file == null || readOnly) {
            c.lock().release();
        } else {
            c.lock().lock(file);
        }
    }

    private static String readOnlyMessage(Path file) {
        return name(file) + " is open read-only, because another Agendum has it open. Save As saves your changes "
                + "under another name.";
    }

    private static String name(Path file) {
        return String.valueOf(file.getFileName());
    }

    /** Where the file dialogs start: the meeting's folder, else the folder of the last file used. */
    public Optional<Path> folder() {
        return c.document().file().map(Path::getParent)
                .or(() -> c.recent().files().stream().findFirst().map(Path::getParent));
    }

    /**
     * The file name Save As proposes: the current one, else one made from the document symbol, with the version's
     * language letter when it is not the original's ("CTOC_COP_WG.4_2018_1_F.agendum"): the versions of one document
     * share its symbol and are kept side by side.
     */
    public String suggestedName() {
        Optional<Path> file = c.document().file();
        if (file.isPresent()) {
            return file.get().getFileName().toString();
        }
        Masthead masthead = c.stack().meeting().details().masthead();
        String symbol = masthead.symbol().strip()
                .replaceAll("[\\\\/:*?\"<>|\\s]+", "_").replaceAll("^[._]+|_+$", "");
        String version = masthead.versionLanguage() == masthead.originalLanguage() ? ""
                : "_" + masthead.versionLanguage().jobLetter();
        return (symbol.isEmpty() ? "meeting" : symbol) + version + MeetingFiles.EXTENSION;
    }

    /** The file name Save As proposes: a meeting open read-only is saved as a copy, "wg4 (copy).agendum". */
    private String saveAsName() {
        String name = suggestedName();
        if (!c.document().isReadOnly()) {
            return name;
        }
        String stem = name.toLowerCase(Locale.ROOT).endsWith(MeetingFiles.EXTENSION)
                ? name.substring(0, name.length() - MeetingFiles.EXTENSION.length()) : name;
        return stem + " (copy)" + MeetingFiles.EXTENSION;
    }
}
