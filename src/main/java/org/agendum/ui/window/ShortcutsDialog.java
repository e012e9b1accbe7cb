package org.agendum.ui.window;

import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.agendum.session.WindowTitle;
import org.agendum.ui.common.Theme;

/** Help ▸ Keyboard shortcuts (id {@code shortcutsDialog}): every shortcut, as the actions define them. */
final class ShortcutsDialog {
    private ShortcutsDialog() {
    }

    static Alert show(Window owner) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcuts-grid");
        int row = 0;
        for (AppAction action : AppAction.values()) {
            if (action.shortcuts().isEmpty()) {
                continue;
            }
            Label name = new Label(action.text().replace("\u2026", "") + (action.scope() == AppAction.Scope.TREE
                    ? "  (in the agenda)" : ""));
            Label keys = new Label(action.shortcuts().stream().map(AppAction::describe)
                    .collect(Collectors.joining("  or  ")));
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(row++, name, keys);
        }
        grid.addRow(row++, new Label("Move an item by mouse"), keysLabel("Drag it before, into or after another"));
        grid.addRow(row++, new Label("Rename by mouse"), keysLabel("Double-click the item"));
        // the organization of work's keys act on the focused entry or meeting, so they are not menu commands
        grid.addRow(row++, new Label("Move an entry of the organization of work"),
                keysLabel("Alt+Up or Alt+Down (earlier, later), Alt+Left or Alt+Right (another day)"));
        grid.addRow(row++, new Label("Take an entry out of its meeting"), keysLabel("Delete, or drag it onto the agenda"));
        grid.addRow(row++, new Label("Edit a note, or show an entry's item"), keysLabel("Enter or double-click"));
        grid.addRow(row++, new Label("Add a note to the focused meeting"), keysLabel("Enter on the meeting"));
        grid.addRow(row, new Label("Take an item up in a meeting"), keysLabel("Drag it from the agenda into the meeting"));
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.initModality(Modality.NONE);
        alert.setTitle("Keyboard shortcuts \u2013 " + WindowTitle.APP_NAME);
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().setId("shortcutsDialog");
        alert.getDialogPane().getStylesheets().add(Theme.stylesheet());
        alert.show();
        return alert;
    }

    private static Label keysLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("shortcut-keys");
        return label;
    }
}
