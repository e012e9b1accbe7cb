package org.agendum.ui.window;

import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import org.agendum.ui.tree.AgendaTreeView;

/** The window's actions on the agenda tree: its own keys and its context menu (the tree does not know the window). */
final class TreeActions {
    private TreeActions() {
    }

    /**
     * The tree's own shortcuts (Tab, Delete, Insert, Alt+arrows, Ctrl+C …) run their actions while the tree has
     * the focus and no rename is under way; the context menu offers the same actions.
     */
    static void bind(AgendaTreeView tree, Actions actions) {
        tree.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (tree.getEditingItem() != null || event.getTarget() instanceof TextInputControl) {
                return;
            }
            actions.match(event, AppAction.Scope.TREE).ifPresent(action -> {
                event.consume();
                actions.fire(action);
            });
        });
        ContextMenu menu = new ContextMenu();
        menu.setId("agendaContextMenu");
        for (List<AppAction> group : List.of(
                List.of(AppAction.ADD_ITEM, AppAction.ADD_SUB_ITEM, AppAction.RENAME, AppAction.DELETE),
                List.of(AppAction.CUT, AppAction.COPY, AppAction.PASTE),
                List.of(AppAction.MOVE_UP, AppAction.MOVE_DOWN, AppAction.INDENT, AppAction.OUTDENT),
                List.of(AppAction.MARK_REVIEWED))) {
            if (!menu.getItems().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            group.forEach(action -> {
                var item = actions.menuItem(action);
                item.setId("context-" + action.idName());
                menu.getItems().add(item);
            });
        }
        tree.setContextMenu(menu);
    }
}
