package org.agendum.ui.window;

import java.util.Objects;
import org.agendum.model.ItemId;
import javafx.scene.Node;
import org.agendum.ui.problems.ProblemNavigator;

/**
 * The right side of the main window: what shows and edits the selected item (and the meeting's details). The
 * window builds it once, through a {@link Factory}, and keeps it for its whole life: opening another meeting
 * reaches the pane as a {@code RESET} change on the view model's command stack, not as a new pane.
 *
 * <p>The window's own is {@link EditorPane}; tests pass another factory to {@link WindowSetup#rightPane(Factory)}.
 */
public interface RightPane {
    /** The node the window puts on the right of the agenda tree. */
    Node node();

    /** Where a click on a validation problem goes once the window has done its part (see {@link ProblemNavigator}). */
    default ProblemNavigator problemNavigator() {
        return ProblemNavigator.NONE;
    }

    /** Brings the organization of work forward (View ▸ Organization of work). */
    default void showOrganizationOfWork() {
    }

    /** "Schedule in…": asks in which meeting to take up {@code item} and takes it up there. */
    default void scheduleIn(ItemId item) {
    }

    /** Lets the pane take drops on the agenda tree (a chip dragged back to the agenda leaves the schedule). */
    default void connectAgenda(Node agenda) {
    }

    /** The window's first frame has gone to the renderer: build what the pane left for later. */
    default void firstFrameShown() {
    }

    /** The window has closed: stop listening to the view model. */
    default void dispose() {
    }

    /** Builds the right pane for one window. */
    @FunctionalInterface
    interface Factory {
        RightPane create(PaneContext context);
    }

    /** A pane that is only a node, for tests and simple panes. */
    static RightPane of(Node node) {
        Objects.requireNonNull(node, "node");
        return () -> node;
    }
}
