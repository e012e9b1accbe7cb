package org.agendum.session;

import static org.agendum.testing.Fixtures.ITEM_4;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.agendum.edit.CommandStack;
import org.agendum.edit.RenameItem;
import org.agendum.file.LockFiles;
import org.agendum.file.LockOwner;
import org.agendum.file.MeetingFiles;
import org.agendum.io.AtomicFileWriter;
import org.agendum.model.Meeting;
import org.agendum.session.Prompts.ChangedFileChoice;
import org.agendum.session.Prompts.FileInUseChoice;
import org.agendum.session.Prompts.RecoveryChoice;
import org.agendum.session.Prompts.SaveChoice;
import org.agendum.testing.FakeFileDialogs;
import org.agendum.testing.FaultyDisk;
import org.agendum.testing.OtherProcesses;
import org.agendum.testing.ScriptedPrompts;
import org.agendum.testing.TestMeetings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The open, save and close decisions without a window: scripted answers stand for the dialogs, and the stack,
 * the document state, the lock and the recovery store are the real ones.
 */
class FileCommandsTest {
    private static final long PID = ProcessHandle.current().pid();

    @TempDir
    Path folder;
    private final Meeting sample = TestMeetings.sample();
    private final Clock clock = Clock.fixed(Instant.parse("2018-07-02T08:42:00Z"), ZoneOffset.UTC);
    private final FakeFileDialogs dialogs = new FakeFileDialogs();
    private final ScriptedPrompts prompts = new ScriptedPrompts();
    private final FaultyDisk disk = new FaultyDisk();
    private final List<String> status = new ArrayList<>();
    private final List<String> steps = new ArrayList<>();
    private Path file;
    private CommandStack stack;
    private DocumentState document;
    private RecentFiles recent;
    private RecoveryStore recovery;
    private Autosaver autosaver;
    private OpenFileLock lock;
    private FileCommands files;

    @BeforeEach
    void openTheSample() throws Exception {
        file = folder.resolve("wg4.agendum");
        MeetingFiles.save(sample, file);
        stack = new CommandStack(MeetingFiles.load(file));
        document = new DocumentState(stack, null, false);
        recent = new RecentFiles(folder.resolve("config"));
        recovery = new RecoveryStore(folder.resolve("data"), PID);
        // the background thread's news arrives at once; the timer never ticks
        autosaver = new Autosaver(stack, document, recovery, Duration.ofHours(1), clock, status::add, Runnable::run,
                (interval, tick) -> () -> { });
        lock = new OpenFileLock(PID, clock, disk, status::add);
        files = filesWith(Background.now(), FileCommands.Reader.FILES);
        files.startWith(file);
    }

    /** The file commands of this window, reading with {@code reader} in {@code background}. */
    private FileCommands filesWith(Background background, FileCommands.Reader reader) {
        return new FileCommands(new FileCommands.Context(stack, document, dialogs, prompts, recent, autosaver,
                recovery, lock, disk, status::add, () -> steps.add("close"), clock, background, reader));
    }

    /**
     * A background that holds its work until the test lets it run, as a slow share would, and keeps what it was
     * told; the latest work takes over from work still held, as the window's does.
     */
    private static final class HeldBackground implements Background {
        final List<String> notes = new ArrayList<>();
        private Runnable held;

        @Override
        public <T> void run(String note, Work<T> work, java.util.function.Consumer<T> done,
                java.util.function.Consumer<Throwable> failed) {
            notes.add(note);
            held = () -> Background.now().run(note, work, done, failed);
        }

        /** The file comes at last: the held work runs and its outcome is handed back. */
        void release() {
            Runnable work = held;
            held = null;
            work.run();
        }
    }

    @AfterEach
    void closeDown() {
        autosaver.close(false);
        lock.release();
    }

    private void change() {
        stack.execute(new RenameItem(ITEM_4, "Any other business"));
    }

    /** The autosave thread's work, seen from here. */
    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s for the autosave thread").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private String otherTitle(Meeting meeting) {
        return meeting.agenda().get(ITEM_4).title();
    }

    @Test
    void theStartingFileIsTheDocumentsAndLockedAsOurs() {
        assertThat(document.file()).contains(file.toAbsolutePath());
        assertThat(document.isReadOnly()).isFalse();
        assertThat(LockFiles.read(file).map(LockOwner::pid)).contains(PID);
    }

    @Test
    void closeWithoutChangesClosesWithoutAQuestion() {
        assertThat(files.close()).isTrue();
        assertThat(steps).containsExactly("close");
        assertThat(prompts.questions).isEmpty();
    }

    @Test
    void closeWithUnsavedChangesAsksAndCancelKeepsEverything() {
        change();
        prompts.answer(SaveChoice.CANCEL);
        assertThat(files.close()).isFalse();
        assertThat(prompts.questions).containsExactly("save wg4.agendum");
        assertThat(steps).as("the window stays open").isEmpty();
        assertThat(stack.isDirty()).isTrue();
    }

    @Test
    void dontSaveGivesTheChangesUpAndNewStartsAFreshMeeting() throws Exception {
        change();
        prompts.answer(SaveChoice.DONT_SAVE);
        assertThat(files.newMeeting()).isTrue();
        assertThat(stack.meeting().agenda().items()).isEmpty();
        assertThat(stack.isDirty()).isFalse();
        assertThat(document.file()).isEmpty();
        assertThat(otherTitle(MeetingFiles.load(file))).isEqualTo("Other matters");
        assertThat(LockFiles.read(file)).isEmpty();
    }

    @Test
    void aMeetingMadeFromTheOpenOneIsANewUnsavedDocumentAndLastSessionsFileStays() throws Exception {
        byte[] lastSession = Files.readAllBytes(file);
        Meeting next = sample.withDetails(sample.details().toBuilder().symbol("CTOC/COP/WG.4/2019/1").build());
        change();
        prompts.answer(SaveChoice.CANCEL);
        assertThat(files.newMeetingFrom(next)).as("cancelled at the question").isFalse();
        assertThat(document.file()).contains(file.toAbsolutePath());

        prompts.answer(SaveChoice.DONT_SAVE);
        assertThat(files.newMeetingFrom(next)).isTrue();

        assertThat(stack.meeting()).isEqualTo(next);
        assertThat(document.file()).as("Save asks where").isEmpty();
        assertThat(stack.isDirty()).as("nothing on disk holds it yet").isTrue();
        assertThat(stack.canUndo()).isFalse();
        assertThat(Files.readAllBytes(file)).isEqualTo(lastSession);
        assertThat(LockFiles.read(file)).as("last session's file is no longer open").isEmpty();
    }

    @Test
    void saveFirstWritesTheChangesThenOpensTheOtherFile() throws Exception {
        Path other = folder.resolve("other.agendum");
        MeetingFiles.save(TestMeetings.styled(), other);
        change();
        prompts.answer(SaveChoice.SAVE);
        assertThat(files.open(other).join()).isTrue();
        assertThat(otherTitle(MeetingFiles.load(file))).isEqualTo("Any other business");
        assertThat(stack.meeting()).isEqualTo(TestMeetings.styled());
        assertThat(document.file()).contains(other.toAbsolutePath());
        assertThat(recent.files()).first().isEqualTo(other.toAbsolutePath());
        assertThat(LockFiles.read(file)).isEmpty();
        assertThat(LockFiles.read(other).map(LockOwner::pid)).contains(PID);
    }

    @Test
    void openCancelledInTheDialogChangesNothing() {
        dialogs.answer(null);
        assertThat(files.open().join()).isFalse();
        assertThat(dialogs.asked).containsExactly("open");
        assertThat(document.file()).contains(file.toAbsolutePath());
    }

    @Test
    void aFileThatCannotBeReadIsExplainedBeforeAnyOtherQuestionAndChangesNothing() throws Exception {
        Path broken = folder.resolve("broken.agendum");
        Files.writeString(broken, "{ not a meeting");
        change();
        assertThat(files.open(broken).join()).isFalse();
        assertThat(prompts.errors).singleElement().asString().startsWith("OPEN: ");
        assertThat(prompts.questions).isEmpty();
        assertThat(stack.isDirty()).isTrue();
        assertThat(document.file()).contains(file.toAbsolutePath());
    }

    @Test
    void saveWritesTheFileMarksItSavedAndDropsTheRecoveryFile() throws Exception {
        change();
        autosaver.tick();
        await(recovery::exists);
        assertThat(files.save()).isTrue();
        await(() -> !recovery.exists());
        assertThat(otherTitle(MeetingFiles.load(file))).isEqualTo("Any other business");
        assertThat(stack.isDirty()).isFalse();
        assertThat(document.saveState()).isEqualTo("Saved");
        assertThat(recent.files()).containsExactly(file.toAbsolutePath());
        assertThat(steps).isEmpty();
    }

    @Test
    void aMeetingWithoutAFileIsSavedWhereTheOfficerSaysWithTheExtensionAdded() throws Exception {
        prompts.answer(SaveChoice.DONT_SAVE);
        files.newMeeting();
        Path chosen = folder.resolve("new meeting");
        dialogs.answer(chosen);
        assertThat(files.save()).isTrue();
        assertThat(dialogs.asked).containsExactly("save meeting.agendum");
        Path saved = folder.resolve("new meeting.agendum");
        assertThat(MeetingFiles.load(saved)).isEqualTo(stack.meeting());
        assertThat(document.file()).contains(saved.toAbsolutePath());
        assertThat(LockFiles.read(saved).map(LockOwner::pid)).contains(PID);
    }

    @Test
    void aFailedSaveSaysWhyAndKeepsTheChangesUnsaved() throws Exception {
        disk.refuse(folder, "Read-only file system");
        change();
        assertThat(files.save()).isFalse();
        assertThat(prompts.errors).singleElement().asString().startsWith("SAVE: ")
                .contains("Your changes are still here, not saved.");
        assertThat(stack.isDirty()).isTrue();
        assertThat(otherTitle(MeetingFiles.load(file))).isEqualTo("Other matters");
    }

    @Test
    void aFileChangedByAnotherProgramIsOverwrittenOnlyWhenTheOfficerSaysSo() throws Exception {
        Meeting theirs = new RenameItem(ITEM_4, "Their title").apply(sample);
        MeetingFiles.save(theirs, file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2018-07-02T08:40:00Z")));
        change();
        prompts.answer(ChangedFileChoice.CANCEL).answer(ChangedFileChoice.OVERWRITE);
        assertThat(files.save()).isFalse();
        assertThat(prompts.questions).containsExactly("changed wg4.agendum at 08:40 on 2 July 2018");
        assertThat(otherTitle(MeetingFiles.load(file))).isEqualTo("Their title");
        assertThat(files.save()).isTrue();
        assertThat(otherTitle(MeetingFiles.load(file))).isEqualTo("Any other business");
    }

    @Test
    void aFileDeletedMeanwhileIsWrittenAgainAndTheOfficerTold() throws Exception {
        Files.delete(file);
        change();
        assertThat(files.save()).isTrue();
        assertThat(otherTitle(MeetingFiles.load(file))).isEqualTo("Any other business");
        assertThat(status).anyMatch(line -> line.contains("had been deleted or moved by another program"));
        assertThat(prompts.questions).isEmpty();
    }

    @Test
    void aFileOpenInAnotherAgendumOpensReadOnlyAndIsNeverSavedOverFromHere() throws Exception {
        Path other = folder.resolve("other.agendum");
        MeetingFiles.save(TestMeetings.styled(), other);
        LockFiles.write(other, LockOwner.thisProcess(OtherProcesses.running(), clock.instant()), AtomicFileWriter.Disk.REAL);
        prompts.answer(FileInUseChoice.READ_ONLY);
        assertThat(files.open(other).join()).isTrue();
        assertThat(prompts.questions).singleElement().asString().startsWith("in use other.agendum by ");
        assertThat(document.isReadOnly()).isTrue();
        assertThat(LockFiles.read(other).map(LockOwner::pid)).contains(OtherProcesses.running());

        dialogs.answer(other);
        assertThat(files.save()).isFalse();
        assertThat(dialogs.asked).containsExactly("save other (copy).agendum");
        assertThat(prompts.errors).singleElement().asString().startsWith("SAVE: other.agendum is open read-only");
    }

    @Test
    void cancelOnAFileInUseChangesNothing() throws Exception {
        Path other = folder.resolve("other.agendum");
        MeetingFiles.save(TestMeetings.styled(), other);
        LockFiles.write(other, LockOwner.thisProcess(OtherProcesses.running(), clock.instant()), AtomicFileWriter.Disk.REAL);
        prompts.answer(FileInUseChoice.CANCEL);
        assertThat(files.open(other).join()).isFalse();
        assertThat(stack.meeting()).isEqualTo(sample);
        assertThat(document.file()).contains(file.toAbsolutePath());
    }

    @Test
    void restoredWorkOpensAsUnsavedChangesOfItsFile() throws Exception {
        Meeting crashed = new RenameItem(ITEM_4, "Any other business").apply(sample);
        new RecoveryStore(folder.resolve("data"), OtherProcesses.DEAD_PROCESS)
                .write(crashed, Optional.of(file), "wg4.agendum");
        prompts.answer(RecoveryChoice.RESTORE);
        files.offerRecovery();
        assertThat(prompts.questions).singleElement().asString().startsWith("restore wg4.agendum (autosaved at ");
        assertThat(stack.meeting()).isEqualTo(crashed);
        assertThat(stack.isDirty()).isTrue();
        assertThat(document.file()).contains(file.toAbsolutePath());
        assertThat(recovery.exists()).isTrue();
        assertThat(recovery.orphans()).isEmpty();
    }

    @Test
    void discardDeletesTheRecoveryFileAndKeepsTheMeeting() throws Exception {
        new RecoveryStore(folder.resolve("data"), OtherProcesses.DEAD_PROCESS)
                .write(new RenameItem(ITEM_4, "Lost").apply(sample), Optional.empty(), "the new meeting");
        prompts.answer(RecoveryChoice.DISCARD);
        files.offerRecovery();
        assertThat(stack.meeting()).isEqualTo(sample);
        assertThat(recovery.orphans()).isEmpty();
        assertThat(recovery.exists()).isFalse();
    }

    @Test
    void aLockWithAnAbsurdTimeIsStaleAndNeverStopsOpeningOrRecovery() throws Exception {
        Path other = folder.resolve("other.agendum");
        MeetingFiles.save(TestMeetings.styled(), other);
        String absurd = "{\"user\":\"maria\",\"host\":\"not-" + org.agendum.file.LockOwner.thisHost()
                + "\",\"pid\":4242,\"since\":\"+1000000000-12-31T23:59:59.999999999Z\"}";
        Files.writeString(LockFiles.lockFileOf(other), absurd);
        new RecoveryStore(folder.resolve("data"), OtherProcesses.DEAD_PROCESS)
                .write(new RenameItem(ITEM_4, "Lost").apply(sample), Optional.empty(), "the new meeting");

        assertThat(files.open(other).join()).isTrue(); // no question: the lock counts as damaged

        assertThat(prompts.questions).isEmpty();
        assertThat(document.isReadOnly()).isFalse();
        assertThat(LockFiles.read(other).map(LockOwner::pid)).contains(PID);
        assertThat(status).contains("The lock file beside other.agendum was damaged or not Agendum's; Agendum put its "
                + "own lock in its place.");
        prompts.answer(RecoveryChoice.KEEP);
        files.offerRecovery();
        assertThat(prompts.questions).singleElement().asString().startsWith("restore the new meeting");
    }

    @Test
    void aLockPlantedAsALinkIsReplacedOnOpeningAndItsTargetKept() throws Exception {
        lock.release();
        Path victim = Files.writeString(Files.createDirectories(folder.resolve("home")).resolve("thesis.odt"), "mine");
        Path other = folder.resolve("other.agendum");
        MeetingFiles.save(TestMeetings.styled(), other);
        Files.createSymbolicLink(LockFiles.lockFileOf(other), victim);

        assertThat(files.open(other).join()).isTrue();

        assertThat(victim).hasContent("mine");
        assertThat(LockFiles.read(other).map(LockOwner::pid)).contains(PID);
        assertThat(status).anyMatch(line -> line.startsWith("The lock file beside other.agendum was a link; Agendum "
                + "does not write through links"));
    }

    @Test
    void aHolderWhoseTimeNoDialogCanShowIsDescribedAllTheSame() {
        for (Instant since : new Instant[] {Instant.MAX, Instant.MIN, Instant.EPOCH}) {
            assertThat(lock.describe(new LockOwner("maria", "LAPTOP-7", 4242, since)))
                    .isEqualTo("maria on LAPTOP-7 (since when, the lock file does not say clearly)");
        }
        assertThat(lock.describe(new LockOwner("maria", "LAPTOP-7", 4242, clock.instant())))
                .isEqualTo("maria on LAPTOP-7 since 08:42 on 2 July 2018");
    }

    // ---- reading in the background ------------------------------------------------------------------------------

    @Test
    void aFileIsReadInTheBackgroundAndOpenedOnlyOnceItIsRead() throws Exception {
        Path other = folder.resolve("other.agendum");
        MeetingFiles.save(TestMeetings.styled(), other);
        HeldBackground background = new HeldBackground();
        FileCommands slow = filesWith(background, FileCommands.Reader.FILES);

        java.util.concurrent.CompletableFuture<Boolean> opened = slow.open(other);
        assertThat(background.notes).containsExactly("Opening other.agendum\u2026");
        assertThat(opened).isNotDone();
        assertThat(stack.meeting()).isEqualTo(sample);

        background.release();
        assertThat(opened).isCompletedWithValue(true);
        assertThat(stack.meeting()).isEqualTo(TestMeetings.styled());
        assertThat(document.file()).contains(other.toAbsolutePath());
    }

    @Test
    void aSecondOpenTakesOverFromOneStillReadingAndSaysSo() throws Exception {
        Path other = folder.resolve("other.agendum");
        MeetingFiles.save(TestMeetings.styled(), other);
        HeldBackground background = new HeldBackground();
        FileCommands slow = filesWith(background, FileCommands.Reader.FILES);

        java.util.concurrent.CompletableFuture<Boolean> first = slow.open(folder.resolve("on-a-slow-share.agendum"));
        java.util.concurrent.CompletableFuture<Boolean> second = slow.open(other);
        assertThat(first).as("given up: it will never be opened").isCompletedWithValue(false);
        assertThat(background.notes).containsExactly("Opening on-a-slow-share.agendum\u2026",
                "Opening other.agendum\u2026 (Agendum no longer waits for on-a-slow-share.agendum)");
        background.release();
        assertThat(second).isCompletedWithValue(true);
        assertThat(stack.meeting()).isEqualTo(TestMeetings.styled());
    }

    @Test
    void runningOutOfMemoryWhileReadingIsSaidAndChangesNothing() {
        FileCommands starved = filesWith(Background.now(), path -> {
            throw new OutOfMemoryError("Java heap space");
        });
        assertThat(starved.open(folder.resolve("big.agendum")).join()).isFalse();
        assertThat(prompts.errors).containsExactly("OPEN: There is not enough memory to open big.agendum; nothing "
                + "was changed. Close other programs and try again.");
        assertThat(stack.meeting()).isEqualTo(sample);
        assertThat(document.file()).contains(file.toAbsolutePath());
    }

    @Test
    void workChangedWhileTheAutosavedWorkIsReadIsAskedAboutFirst() throws Exception {
        Meeting crashed = new RenameItem(ITEM_4, "Any other business").apply(sample);
        new RecoveryStore(folder.resolve("data"), OtherProcesses.DEAD_PROCESS)
                .write(crashed, Optional.of(file), "wg4.agendum");
        HeldBackground background = new HeldBackground();
        FileCommands slow = filesWith(background, FileCommands.Reader.FILES);
        prompts.answer(RecoveryChoice.RESTORE);
        java.util.concurrent.CompletableFuture<Boolean> restored = slow.offerRecovery();
        assertThat(background.notes).containsExactly("Restoring the autosaved work\u2026");

        stack.execute(new RenameItem(ITEM_4, "Typed while it was read"));
        prompts.answer(SaveChoice.CANCEL);
        background.release();

        assertThat(restored).isCompletedWithValue(false);
        assertThat(prompts.questions).last().asString().startsWith("save ");
        assertThat(stack.meeting().agenda().get(ITEM_4).title()).isEqualTo("Typed while it was read");
        assertThat(recovery.orphans()).as("kept for the next start").hasSize(1);
    }
}
