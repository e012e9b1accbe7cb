package org.agendum.ui.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A question put to the officer while the test drives the dialog: the dialog method runs later on the FX thread
 * (its showAndWait nests an event loop there), and its answer is kept for when the dialog closes.
 */
final class PendingAnswer<T> {
    private final AtomicReference<Optional<T>> answer = new AtomicReference<>();

    private PendingAnswer() {
    }

    /** Asks and returns once the dialog is on screen. */
    static <T> PendingAnswer<T> ask(Supplier<Optional<T>> question) {
        PendingAnswer<T> pending = new PendingAnswer<>();
        Platform.runLater(() -> pending.answer.set(question.get()));
        WaitForAsyncUtils.waitForFxEvents();
        return pending;
    }

    boolean isAnswered() {
        WaitForAsyncUtils.waitForFxEvents();
        return answer.get() != null;
    }

    /** The answer; fails if the dialog is still open. */
    Optional<T> answer() {
        assertThat(isAnswered()).as("the dialog has closed").isTrue();
        return answer.get();
    }

    // ---- reading and driving the dialog ---------------------------------------------------------------------

    static DialogPane pane(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(DialogPane.class);
    }

    static boolean isShowing(FxRobot robot, String id) {
        return robot.lookup("#" + id).tryQuery().isPresent();
    }

    static Node okButton(FxRobot robot) {
        return robot.lookup("#okButton").query();
    }

    static Node focusOwner(FxRobot robot, String dialogId) {
        return pane(robot, dialogId).getScene().getFocusOwner();
    }

    /** The owner of the dialog's window, which must be the window it was asked for. */
    static Stage owner(FxRobot robot, String dialogId) {
        return (Stage) ((Stage) pane(robot, dialogId).getScene().getWindow()).getOwner();
    }

    /** Replaces the text of a field by typing, as the officer does after selecting it all. */
    static void retype(FxRobot robot, String fieldQuery, String text) {
        TextInputControl field = robot.lookup(fieldQuery).queryAs(TextInputControl.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        if (text.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes whatever dialog a failed test left open, so the next test starts with none. */
    static void closeDialogs(Stage owner) {
        WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(window -> window != owner && window instanceof Stage).map(Stage.class::cast).toList()
                .forEach(Stage::close));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
