package org.agendum.ui.window;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;

/** The menu bar ({@code mainMenu}) and the toolbar ({@code mainToolBar}), built from the window's {@link Actions}. */
final class MainMenu {
    private MainMenu() {
    }

    /**
     * @param recent     File ▸ Open Recent lists these, newest first
     * @param openRecent what choosing one does
     * @param onShowing  run before the Edit menu opens (to see what the clipboard holds)
     */
    static MenuBar menuBar(Actions actions, ObservableList<Path> recent, Consumer<Path> openRecent,
            Runnable clearRecent, Runnable onShowing) {
        Menu recentMenu = new Menu("Open Recent");
        recentMenu.setId("menu-open-recent");
        Runnable fillRecent = () -> fillRecent(recentMenu, recent, openRecent, clearRecent);
        recent.addListener((ListChangeListener<Path>) change -> fillRecent.run());
        fillRecent.run();

        Menu file = menu("File", "fileMenu", actions.menuItem(AppAction.NEW), actions.menuItem(AppAction.NEW_SESSION),
                actions.menuItem(AppAction.NEW_LANGUAGE_VERSION), actions.menuItem(AppAction.OPEN), recentMenu, actions.menuItem(AppAction.IMPORT),
                actions.menuItem(AppAction.IMPORT_TEXT),
                new SeparatorMenuItem(), actions.menuItem(AppAction.SAVE), actions.menuItem(AppAction.SAVE_AS),
                new SeparatorMenuItem(), actions.menuItem(AppAction.ISSUE),
                actions.menuItem(AppAction.ISSUED_VERSIONS),
                new SeparatorMenuItem(), actions.menuItem(AppAction.EXPORT_WORD),
                actions.menuItem(AppAction.EXPORT_CIRCULATED),
                actions.menuItem(AppAction.EXPORT_REVISION), actions.menuItem(AppAction.EXPORT_CORRIGENDUM),
                actions.menuItem(AppAction.EXPORT_PROGRAMME), actions.menuItem(AppAction.EMBLEM),
                new SeparatorMenuItem(), actions.menuItem(AppAction.CLOSE), actions.menuItem(AppAction.QUIT));
        Menu edit = menu("Edit", "editMenu", actions.menuItem(AppAction.UNDO), actions.menuItem(AppAction.REDO),
                new SeparatorMenuItem(), actions.menuItem(AppAction.CUT), actions.menuItem(AppAction.COPY),
                actions.menuItem(AppAction.PASTE));
        edit.setOnShowing(event -> onShowing.run());
        Menu agenda = menu("Agenda", "agendaMenu", actions.menuItem(AppAction.ADD_ITEM),
                actions.menuItem(AppAction.ADD_SUB_ITEM), actions.menuItem(AppAction.RENAME),
                actions.menuItem(AppAction.DELETE), new SeparatorMenuItem(), actions.menuItem(AppAction.MOVE_UP),
                actions.menuItem(AppAction.MOVE_DOWN), actions.menuItem(AppAction.INDENT),
                actions.menuItem(AppAction.OUTDENT), new SeparatorMenuItem(), actions.menuItem(AppAction.MARK_REVIEWED),
                actions.menuItem(AppAction.SCHEDULE_IN),
                new SeparatorMenuItem(), actions.menuItem(AppAction.EXPAND_ALL),
                actions.menuItem(AppAction.COLLAPSE_ALL));
        Menu view = menu("View", "viewMenu", actions.menuItem(AppAction.SHOW_SCHEDULE),
                actions.menuItem(AppAction.SHOW_PROBLEMS), actions.menuItem(AppAction.SHOW_CHANGES),
                actions.menuItem(AppAction.SHOW_IMPORT_REPORT),
                actions.menuItem(AppAction.SHOW_ONLY_MARKED), actions.menuItem(AppAction.SWITCH_PANE));
        Menu help = menu("Help", "helpMenu", actions.menuItem(AppAction.SHORTCUTS));
        MenuBar bar = new MenuBar(file, edit, agenda, view, help);
        bar.setId("mainMenu");
        return bar;
    }

    static ToolBar toolBar(Actions actions) {
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        ToolBar bar = new ToolBar(
                actions.button(AppAction.NEW), actions.button(AppAction.OPEN), actions.button(AppAction.SAVE),
                actions.button(AppAction.EXPORT_WORD),
                separator(),
                actions.button(AppAction.UNDO), actions.button(AppAction.REDO),
                separator(),
                actions.button(AppAction.ADD_ITEM), actions.button(AppAction.ADD_SUB_ITEM),
                actions.button(AppAction.DELETE),
                separator(),
                actions.button(AppAction.MOVE_UP), actions.button(AppAction.MOVE_DOWN),
                actions.button(AppAction.OUTDENT), actions.button(AppAction.INDENT),
                separator(),
                actions.button(AppAction.SCHEDULE_IN),
                spring,
                actions.button(AppAction.SHOW_SCHEDULE), actions.button(AppAction.SHOW_PROBLEMS));
        bar.setId("mainToolBar");
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private static Separator separator() {
        return new Separator(javafx.geometry.Orientation.VERTICAL);
    }

    private static Menu menu(String text, String id, MenuItem... items) {
        Menu menu = new Menu(text);
        menu.setId(id);
        menu.getItems().addAll(items);
        return menu;
    }

    private static void fillRecent(Menu menu, List<Path> recent, Consumer<Path> open, Runnable clear) {
        menu.getItems().clear();
        for (int i = 0; i < recent.size(); i++) {
            Path path = recent.get(i);
            Path name = path.getFileName();
            Path folder = path.getParent();
            MenuItem item = new MenuItem((i < 9 ? (i + 1) + "  " : "") + (name == null ? path : name)
                    + (folder == null ? "" : "  \u2014  " + folder));
            item.setMnemonicParsing(false); // file names have underscores
            item.setId("recent-" + i);
            item.setOnAction(event -> open.accept(path));
            menu.getItems().add(item);
        }
        if (recent.isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            menu.getItems().add(none);
        } else {
            MenuItem clearItem = new MenuItem("Clear Recent Files");
            clearItem.setId("recent-clear");
            clearItem.setOnAction(event -> clear.run());
            menu.getItems().addAll(new SeparatorMenuItem(), clearItem);
        }
    }
}
