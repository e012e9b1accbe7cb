package org.agendum.ui;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.text.Text;
import org.testfx.api.FxRobot;

/** Reading the window the way a user does: what the tree, the item view and the status bar show. */
final class WindowLookups {
    private final FxRobot robot;

    WindowLookups(FxRobot robot) {
        this.robot = robot;
    }

    /** The lines of the agenda tree, top to bottom. */
    List<String> treeLines() {
        return robot.lookup("#agendaTree .agenda-cell").<TreeCell<AgendaRow>>queryAll().stream()
                .filter(cell -> !cell.isEmpty() && cell.isVisible() && cell.getItem() != null)
                .sorted(Comparator.comparingDouble(cell -> cell.localToScene(0, 0).getY()))
                .map(TreeCell::getText)
                .collect(Collectors.toList());
    }

    TreeCell<AgendaRow> cell(String text) {
        return robot.lookup("#agendaTree .agenda-cell").<TreeCell<AgendaRow>>queryAll().stream()
                .filter(cell -> !cell.isEmpty() && text.equals(cell.getText()))
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

    String heading() {
        return robot.lookup("#itemHeading").queryAs(Label.class).getText();
    }

    /** The annotation's text as it reads, one line per paragraph (text nodes joined), labels excluded. */
    String annotationText() {
        return paragraphs("#annotationView");
    }

    String documentationText() {
        return paragraphs("#documentationView");
    }

    String statusText() {
        return robot.lookup("#statusBar #problemSummary").queryAs(javafx.scene.control.Labeled.class).getText();
    }

    /** The text nodes of the rich text under {@code parentQuery}, in reading order. */
    List<Text> texts(String parentQuery) {
        return robot.lookup(parentQuery + " .rich-text").queryAll().stream()
                .flatMap(flow -> ((Parent) flow).getChildrenUnmodifiable().stream())
                .filter(Text.class::isInstance).map(Text.class::cast)
                .collect(Collectors.toList());
    }

    Text text(String parentQuery, String content) {
        return texts(parentQuery).stream().filter(t -> t.getText().equals(content)).findFirst()
                .orElseThrow(() -> new AssertionError("No text \"" + content + "\" in " + parentQuery));
    }

    private String paragraphs(String query) {
        return robot.lookup(query + " .rich-text").queryAll().stream()
                .map(flow -> ((Parent) flow).getChildrenUnmodifiable().stream()
                        .filter(Text.class::isInstance).map(t -> ((Text) t).getText()).collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }
}
