package org.agendum.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's background work: off the FX thread, back on it, the latest taking over, nothing lost unsaid. */
@ExtendWith(ApplicationExtension.class)
class FxBackgroundTest {
    private final String threadName = "test-work-" + System.nanoTime();
    private final FxBackground background = new FxBackground(threadName);
    /** What came back, and whether on the FX thread: "done read (FX)". */
    private final List<String> outcomes = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        // the toolkit only: the work needs the FX thread, not a window
    }

    private void start(FxRobot robot, String note, CountDownLatch go, String result) {
        robot.interact(() -> background.run(note, () -> {
            go.await(20, TimeUnit.SECONDS);
            if (result.startsWith("throw ")) {
                throw new OutOfMemoryError(result.substring(6));
            }
            return result;
        }, done -> outcomes.add("done " + done + where()), failure -> outcomes.add("failed " + failure + where())));
    }

    private static String where() {
        return Platform.isFxApplicationThread() ? " (FX)" : " (elsewhere)";
    }

    private boolean busy() throws Exception {
        return WaitForAsyncUtils.asyncFx(background::isBusy).get();
    }

    private String note() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> background.noteProperty().get()).get();
    }

    /**
     * Waits until every piece of work has ended, its thread gone (so that what it hands the FX thread is posted), and
     * the FX thread has had it.
     */
    private void awaitEnded() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(thread -> thread.getName().equals(threadName)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void awaitOutcomes(int count) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> outcomes.size() >= count);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theWorkRunsElsewhereAndItsOutcomeComesBackOnTheFxThread(FxRobot robot) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        start(robot, "Reading\u2026", go, "read");
        assertThat(busy()).isTrue();
        assertThat(note()).isEqualTo("Reading\u2026");
        assertThat(outcomes).isEmpty(); // the FX thread was free while the work waited

        go.countDown();
        awaitOutcomes(1);
        assertThat(outcomes).containsExactly("done read (FX)");
        assertThat(busy()).isFalse();
        assertThat(note()).isEmpty();
    }

    @Test
    void laterWorkTakesOverAndTheEarlierOutcomeIsDropped(FxRobot robot) throws Exception {
        CountDownLatch slow = new CountDownLatch(1);
        CountDownLatch quick = new CountDownLatch(0);
        start(robot, "Opening slow\u2026", slow, "slow");
        start(robot, "Opening quick\u2026", quick, "quick");
        awaitOutcomes(1);
        assertThat(outcomes).containsExactly("done quick (FX)");

        slow.countDown();
        awaitEnded();
        assertThat(outcomes).containsExactly("done quick (FX)");
        assertThat(busy()).isFalse();
    }

    @Test
    void runningOutOfMemoryComesBackAsAFailureAndLeavesNothingBusy(FxRobot robot) throws Exception {
        start(robot, "Exporting\u2026", new CountDownLatch(0), "throw Java heap space");
        awaitOutcomes(1);
        assertThat(outcomes).containsExactly("failed java.lang.OutOfMemoryError: Java heap space (FX)");
        assertThat(busy()).isFalse();
        assertThat(WordExportCommand.reason(new OutOfMemoryError())).isEqualTo("There is not enough memory to export "
                + "this meeting; nothing was written. Close other programs and try again.");
    }

    @Test
    void onceTheWindowIsGoneNothingComesBack(FxRobot robot) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        start(robot, "Reading\u2026", go, "read");
        robot.interact(background::dispose);
        go.countDown();
        awaitEnded();
        assertThat(outcomes).isEmpty();
        assertThat(busy()).isFalse();
    }
}
