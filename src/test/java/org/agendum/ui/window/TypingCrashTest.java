package org.agendum.ui.window;

import static org.agendum.testing.Fixtures.ITEM_3;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.stage.Stage;
import org.agendum.file.MeetingFiles;
import org.agendum.model.AgendaItem;
import org.agendum.model.FootnoteMark;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.NoteEntry;
import org.agendum.session.Prompts;
import org.agendum.session.RecoveryStore;
import org.agendum.testing.ChildJvm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What is typed survives a crash while the caret is still in the field: an editor in a process of its own
 * ({@link TypingSessionMain}) types a sentence into one of the window's text fields and stays there; the test waits
 * for autosave, kills the process (SIGKILL), starts a window on the same folders, answers Restore, and looks for
 * every character where it was typed. Before the command stack held typing as it happened, the annotation and its
 * footnotes kept their text in the pane until the focus left it, and this test failed for both.
 */
class TypingCrashTest {
    /** What the officer types: accents and a dash, so that a lost or mangled character shows. */
    static final String TEXT = "Typed before the crash: d\u00e9l\u00e9gations, 2\u20133 July";
    /** Item 3 of the sample: it has an annotation and a Documentation list. */
    static final ItemId ITEM = ITEM_3;
    private static final long AUTOSAVE_MILLIS = 300;
    /** Generous: a guard against a hang, not a measure. */
    private static final long STARTUP_SECONDS = 180;
    /** Far more than an autosave interval plus a write: typing not autosaved by then is typing autosave cannot see. */
    private static final long AUTOSAVE_WAIT_MILLIS = 20 * AUTOSAVE_MILLIS;

    /** The text fields the officer types into, where the caret goes first, and where the typing must be found. */
    enum Field {
        ANNOTATION("annotationArea", meeting -> item(meeting).annotation().plainText().contains(TEXT)),
        FOOTNOTE("footnoteField", meeting -> item(meeting).annotation().footnotes().stream()
                .map(FootnoteMark::plainText).anyMatch(TEXT::equals)),
        DETAILS("detail_MEETING_NAME", meeting -> meeting.details().meetingInfo().meetingName().endsWith(TEXT)),
        DOCUMENTATION("docDescription0", meeting -> item(meeting).documentation().get(0).description().endsWith(TEXT)),
        NOTE("noteTextField", meeting -> meeting.organization().allEntries().stream()
                .anyMatch(entry -> entry instanceof NoteEntry note && note.text().equals(TEXT)));

        private final String focusId;
        private final Predicate<Meeting> holdsTyping;

        Field(String focusId, Predicate<Meeting> holdsTyping) {
            this.focusId = focusId;
            this.holdsTyping = holdsTyping;
        }

        /** The id of the control that has the caret (footnote fields are numbered: a prefix). */
        boolean hasFocus(String id) {
            return id != null && id.startsWith(focusId);
        }

        private static AgendaItem item(Meeting meeting) {
            return meeting.agenda().get(ITEM);
        }
    }

    private final FxRobot robot = new FxRobot();
    /** The sample saved where the editor's process opens it, with the folders both windows keep their files in. */
    @RegisterExtension
    final SavedSampleWindow session = new SavedSampleWindow().at("meeting.agendum");

    @BeforeEach
    void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @ParameterizedTest
    @EnumSource(Field.class)
    void typingWithTheCaretStillInTheFieldIsRestoredAfterAKill(Field field) throws Exception {
        assertThat(field.holdsTyping.test(session.meeting)).as("the sample does not hold the text yet").isFalse();
        session.save();

        long autosavedAfter = typeAndKill(session.folder, field);

        Meeting restored = restartAndRestore();
        System.out.printf("RELIABILITY: typing in the %s, caret still in the field: %s%n", field,
                autosavedAfter >= 0 ? "autosaved " + autosavedAfter + " ms after the last key, restored after a kill"
                        : "not autosaved within " + AUTOSAVE_WAIT_MILLIS + " ms");
        assertThat(field.holdsTyping.test(restored))
                .as("every character typed into the %s is in the restored meeting", field).isTrue();
    }

    /** Returns how long after the last key the recovery file held the typing (-1: not within the wait). */
    private static long typeAndKill(Path folder, Field field) throws Exception {
        List<String> options = ChildJvm.headlessWindow();
        try (ChildJvm child = ChildJvm.start(TypingSessionMain.class, options,
                List.of(folder.toString(), field.name(), Long.toString(AUTOSAVE_MILLIS)),
                folder.resolve("child-errors.txt"))) {
            String line;
            do {
                line = child.nextLine(STARTUP_SECONDS);
                assertThat(line).as("the editor typed the text (%s)", child.errors()).isNotNull();
            } while (!line.equals("typed;"));
            long typedAt = System.nanoTime();
            long waited = -1;
            while (System.nanoTime() - typedAt < TimeUnit.MILLISECONDS.toNanos(AUTOSAVE_WAIT_MILLIS)) {
                if (recoveryHolds(folder, field)) {
                    waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - typedAt);
                    break;
                }
                Thread.sleep(20);
            }
            child.kill();
            return waited;
        }
    }

    private static boolean recoveryHolds(Path folder, Field field) {
        Path recovery = TestWindows.dataFolder(folder).resolve(RecoveryStore.FOLDER);
        if (!Files.isDirectory(recovery)) {
            return false;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(recovery, "autosave-*.agendum")) {
            for (Path file : files) {
                if (field.holdsTyping.test(MeetingFiles.load(file))) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException | org.agendum.file.MeetingFileException e) {
            // a recovery file being replaced as it is read: the next look reads the new one
        }
        return false;
    }

    private Meeting restartAndRestore() {
        session.prompts.answer(Prompts.RecoveryChoice.RESTORE);
        robot.interact(() -> session.restartAfterCrash(new Stage()));
        session.awaitRestore(); // the recovery file is read in the background
        assertThat(session.prompts.errors).isEmpty();
        assertThat(session.prompts.questions).as("a recovery file was offered").hasSize(1);
        return session.stack.meeting();
    }
}
