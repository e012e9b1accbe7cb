package org.agendum.ui.window;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.control.TextInputControl;
import org.agendum.ui.tree.AgendaRow;
import org.fxmisc.richtext.GenericStyledArea;
import org.testfx.api.FxRobot;

/** Reading the window the way a user does: what the tree, the item editor and the status bar show. */
public final class WindowLookups {
    private final FxRobot robot;

    public WindowLookups(FxRobot robot) {
        this.robot = robot;
    }

    /** The lines of the agenda tree, top to bottom. */
    public List<String> treeLines() {
        return robot.lookup("#agendaTree .agenda-cell").<TreeCell<AgendaRow>>queryAll().stream()
                .filter(cell -> !cell.isEmpty() && cell.isVisible() && cell.getItem() != null)
                .sorted(Comparator.comparingDouble(cell -> cell.localToScene(0, 0).getY()))
                .map(cell -> cell.getItem().text())
                .collect(Collectors.toList());
    }

    TreeCell<AgendaRow> cell(String text) {
        return robot.lookup("#agendaTree .agenda-cell").<TreeCell<AgendaRow>>queryAll().stream()
                .filter(cell -> !cell.isEmpty() && cell.getItem() != null && text.equals(cell.getItem().text()))
                .findFirst().orElseThrow(() -> new AssertionError("No tree line " + text + " in " + treeLines()));
    }

    @SuppressWarnings("unchecked")
    TreeView<AgendaRow> tree() {
        return (TreeView<AgendaRow>) robot.lookup("#agendaTree").query();
    }

    /** The text of the selected tree line. */
    String selectedLine() {
        var selected = tree().getSelectionModel().getSelectedItem();
        return selected == null ? null : selected.getValue().text();
    }

    /** The item editor's heading as it reads: "1 (b)  Adoption of the agenda". */
    String heading() {
        return robot.lookup("#itemNumber").queryAs(Label.class).getText() + "  "
                + robot.lookup("#itemTitle").queryAs(TextInputControl.class).getText();
    }

    /** The annotation's text, one line per paragraph. */
    String annotationText() {
        return robot.lookup("#annotationArea").queryAs(GenericStyledArea.class).getText();
    }

    /** Waits until the status bar counts the problems: a window checks its meeting once its first frame is up. */
    void awaitProblemCount() {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> !statusText().isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("The status bar never counted the problems", e);
        }
    }

    String statusText() {
        return robot.lookup("#statusBar #problemSummary").queryAs(javafx.scene.control.Labeled.class).getText();
    }
}
