package org.agendum.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.stage.Stage;
import org.agendum.model.Meeting;
import org.agendum.session.Prompts;
import org.agendum.testing.ChildJvm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Nothing lost in a crash: the editor runs in a process of its own (headless, see {@link EditingSessionMain}) with
 * a short autosave interval, makes edits through its command stack and is killed (SIGKILL) while editing. The next
 * start, here in the test's own process with a fresh window on the same data folder, finds the recovery file,
 * offers it, and on Restore has every edit that had been autosaved before the kill (at least the random number of
 * edits the test waited to see autosaved before killing): the meeting as it was after one of the edits, never a
 * mixture. How the restored edits compare with the autosave interval is printed, not
 * asserted: an edit reaches the disk one interval plus one write after it was made, and how long a write takes
 * depends on the machine.
 */
class CrashRecoveryTest {
    /** Sessions killed, each after a random number of edits; they run side by side to spare CI the start-up time. */
    private static final int CRASHES = 3;
    private static final long AUTOSAVE_MILLIS = 300;
    private static final long PACE_MILLIS = 40;
    /** Generous: three editors start side by side on a busy machine. Not a measure, a guard against a hang. */
    private static final long STARTUP_SECONDS = 180;
    private static final Pattern LINE = Pattern.compile("(edit|autosaved) (\\d+) (\\d+);");

    private final FxRobot robot = new FxRobot();
    private final Random random = new Random();
    /** Each session's saved copy of the sample and folders, deleted after the test. */
    private final List<SavedSampleWindow> copies = new ArrayList<>();

    @BeforeEach
    void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
        copies.forEach(SavedSampleWindow::close);
    }

    /** What a killed session printed: the time of each edit, and each edit it saw autosaved with when. */
    private record KilledSession(SavedSampleWindow sample, long killedAt, List<Long> editTimes,
            List<long[]> autosaves) {
        int lastAutosaved() {
            return autosaves.isEmpty() ? 0 : (int) autosaves.get(autosaves.size() - 1)[0];
        }

        /** The longest time from an edit to the first autosave that held it. */
        long longestWaitForAutosave() {
            long longest = 0;
            int covered = 0;
            for (long[] autosave : autosaves) {
                for (int k = covered + 1; k <= autosave[0]; k++) {
                    longest = Math.max(longest, autosave[1] - editTimes.get(k - 1));
                }
                covered = Math.max(covered, (int) autosave[0]);
            }
            return longest;
        }
    }

    @Test
    void theNextStartRestoresEveryEditAutosavedBeforeTheKill() throws Exception {
        List<KilledSession> sessions = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CRASHES);
        try {
            List<Future<KilledSession>> running = new ArrayList<>();
            for (int i = 1; i <= CRASHES; i++) {
                SavedSampleWindow sample = new SavedSampleWindow().at("meeting.agendum");
                copies.add(sample);
                int editsBeforeKill = 10 + random.nextInt(30);
                running.add(pool.submit(() -> editAndKill(sample, editsBeforeKill)));
            }
            for (Future<KilledSession> session : running) {
                sessions.add(resultOf(session));
            }
        } finally {
            pool.shutdownNow();
        }

        int edits = 0;
        int older = 0;
        int olderRestored = 0;
        int autosaved = 0;
        int autosavedRestored = 0;
        int restoredTotal = 0;
        long longestWait = 0;
        for (KilledSession session : sessions) {
            int restored = restartAndRestore(session);
            edits += session.editTimes().size();
            autosaved += session.lastAutosaved();
            autosavedRestored += Math.min(restored, session.lastAutosaved());
            restoredTotal += restored;
            longestWait = Math.max(longestWait, session.longestWaitForAutosave());
            for (int k = 1; k <= session.editTimes().size(); k++) {
                if (session.editTimes().get(k - 1) <= session.killedAt() - AUTOSAVE_MILLIS) {
                    older++;
                    olderRestored += k <= restored ? 1 : 0;
                }
            }
        }
        System.out.printf("RELIABILITY: crash recovery: %d editors killed; edits made: %d, older than the autosave "
                + "interval (%d ms) at the kill: %d, restored: %d of them; seen autosaved before the kill: %d, restored: "
                + "%d of them (%d edits restored in all); longest wait from an edit to its autosave: %d ms%n", CRASHES,
                edits, AUTOSAVE_MILLIS, older, olderRestored, autosaved, autosavedRestored, restoredTotal, longestWait);
    }

    /**
     * Runs an editing session in its own process and kills it, still editing, some time after it has seen its first
     * {@code editsBeforeKill} edits autosaved.
     */
    private static KilledSession editAndKill(SavedSampleWindow sample, int editsBeforeKill) throws Exception {
        sample.save();
        List<String> options = ChildJvm.headlessWindow();
        long killedAt;
        List<String> lines;
        try (ChildJvm child = ChildJvm.start(EditingSessionMain.class, options,
                List.of(sample.folder.toString(), Long.toString(AUTOSAVE_MILLIS), Long.toString(PACE_MILLIS)),
                sample.folder.resolve("child-errors.txt"))) {
            // the edits go on while the test waits for the autosave to catch up with edit editsBeforeKill, then
            // for a random moment of up to two intervals: the kill falls anywhere in the autosave's rhythm
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STARTUP_SECONDS);
            int autosaved = 0;
            while (autosaved < editsBeforeKill) {
                String line = child.nextLine(STARTUP_SECONDS);
                assertThat(line != null && System.nanoTime() < deadline).as("the editor made %d edits and autosaved "
                        + "them within %d s (%s)", editsBeforeKill, STARTUP_SECONDS, child.errors()).isTrue();
                Matcher m = LINE.matcher(line);
                if (m.matches() && m.group(1).equals("autosaved")) {
                    autosaved = Integer.parseInt(m.group(2));
                }
            }
            Thread.sleep(ThreadLocalRandom.current().nextLong(2 * AUTOSAVE_MILLIS));
            killedAt = System.currentTimeMillis();
            child.kill();
            lines = child.lines();
        }
        List<Long> editTimes = new ArrayList<>();
        List<long[]> autosaves = new ArrayList<>();
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            if (m.matches() && m.group(1).equals("edit")) {
                assertThat(Integer.parseInt(m.group(2))).isEqualTo(editTimes.size() + 1);
                editTimes.add(Long.parseLong(m.group(3)));
            } else if (m.matches()) {
                autosaves.add(new long[] {Long.parseLong(m.group(2)), Long.parseLong(m.group(3))});
            }
        }
        return new KilledSession(sample, killedAt, editTimes, autosaves);
    }

    /**
     * Starts a window on the killed session's folders, as the application starts, answers Restore, and returns the
     * number of the edit the restored meeting ends with.
     */
    private int restartAndRestore(KilledSession session) {
        SavedSampleWindow sample = session.sample();
        sample.prompts.answer(Prompts.RecoveryChoice.RESTORE);
        robot.interact(() -> sample.restartAfterCrash(new Stage()));
        sample.awaitRestore(); // the recovery file is read in the background

        assertThat(sample.prompts.questions).singleElement().asString()
                .startsWith("restore meeting.agendum (autosaved at ");
        assertThat(sample.prompts.errors).isEmpty();
        assertThat(sample.window.document().file()).contains(sample.file.toAbsolutePath());
        assertThat(sample.stack.isDirty()).as("restored work is unsaved").isTrue();
        // one edit more than announced: the process may die after an edit and before printing it
        List<Meeting> states = SessionEdits.states(session.editTimes().size() + 1);
        int restored = states.indexOf(sample.stack.meeting());
        assertThat(restored).as("the restored meeting is the meeting after one of the edits").isNotNegative();
        assertThat(restored).as("the restored meeting has every edit seen autosaved before the kill")
                .isGreaterThanOrEqualTo(session.lastAutosaved());
        return restored;
    }

    private static KilledSession resultOf(Future<KilledSession> session) throws Exception {
        try {
            return session.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
