package org.agendum.ui.window;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.agendum.session.WindowTitle;
import org.agendum.ui.annotation.AnnotationArea;
import org.agendum.ui.common.KeyHelp;
import org.agendum.ui.common.Theme;
import org.agendum.ui.schedule.ScheduleView;

/**
 * Help ▸ Keyboard shortcuts (id {@code shortcutsDialog}): every shortcut, made from the lists that install them (the
 * window's actions, the annotation's keys, the grid's keys), in sections, with a search field
 * ({@code shortcutsSearch}) that keeps the lines holding what is typed. Labels take the width they need: none is cut.
 */
final class ShortcutsDialog {
    private ShortcutsDialog() {
    }

    /** Every line, by section, in the order the sections show. */
    static Map<String, List<KeyHelp>> sections() {
        Map<String, List<KeyHelp>> sections = new LinkedHashMap<>();
        List<KeyHelp> window = new ArrayList<>();
        List<KeyHelp> agenda = new ArrayList<>();
        for (AppAction action : AppAction.values()) {
            if (!action.shortcuts().isEmpty()) {
                KeyHelp line = new KeyHelp(action.text().replace("\u2026", ""), action.shortcuts().stream()
                        .map(AppAction::describe).collect(Collectors.joining(" or ")));
                (action.scope() == AppAction.Scope.TREE ? agenda : window).add(line);
            }
        }
        agenda.add(new KeyHelp("Move an item by mouse", "Drag it before, into or after another"));
        agenda.add(new KeyHelp("Rename by mouse", "Double-click the item"));
        sections.put("Window", window);
        sections.put("Agenda (when it has the focus)", agenda);
        sections.put("Annotation", annotationKeys());
        sections.put("Organization of work", ScheduleView.KEYS);
        return sections;
    }

    /** The annotation's keys, one line per action ("Ctrl+] or Tab"). */
    private static List<KeyHelp> annotationKeys() {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        for (AnnotationArea.Key key : AnnotationArea.KEYS) {
            keys.computeIfAbsent(key.what().replace("\u2026", ""), what -> new ArrayList<>())
                    .add(AppAction.describe(key.keys()));
        }
        return keys.entrySet().stream().map(e -> new KeyHelp(e.getKey(), String.join(" or ", e.getValue()))).toList();
    }

    static Alert show(Window owner) {
        GridPane content = new GridPane();
        content.getStyleClass().add("shortcuts-grid");
        TextField search = new TextField();
        search.setId("shortcutsSearch");
        search.setPromptText("e.g. footnote, Ctrl+K");
        HBox.setHgrow(search, Priority.ALWAYS);
        Label searchLabel = new Label("Search");
        searchLabel.setLabelFor(search);
        HBox searchLine = new HBox(searchLabel, search);
        searchLine.getStyleClass().add("shortcuts-search");
        Map<String, List<KeyHelp>> sections = sections();
        search.textProperty().addListener((obs, old, text) -> fill(content, sections, text));
        fill(content, sections, "");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("shortcuts-scroll");
        scroll.setPrefViewportHeight(460);
        VBox root = new VBox(searchLine, scroll);
        root.getStyleClass().add("shortcuts-pane");

        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.initModality(Modality.NONE);
        alert.setResizable(true);
        alert.setTitle("Keyboard shortcuts \u2013 " + WindowTitle.APP_NAME);
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(root);
        alert.getDialogPane().setId("shortcutsDialog");
        alert.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        alert.getDialogPane().getStylesheets().add(Theme.stylesheet());
        alert.setOnShown(event -> {
            // as wide as the longest line with every section shown (styled now), so that no line is ever cut
            scroll.setPrefViewportWidth(content.prefWidth(-1) + 8);
            alert.getDialogPane().getScene().getWindow().sizeToScene();
            search.requestFocus();
        });
        alert.show();
        return alert;
    }

    /** The sections with the lines holding {@code filter} (in what they do or in their keys), each line whole. */
    private static void fill(GridPane grid, Map<String, List<KeyHelp>> sections, String filter) {
        String wanted = filter.strip().toLowerCase(Locale.ROOT);
        grid.getChildren().clear();
        int[] row = {0};
        sections.forEach((section, lines) -> {
            List<KeyHelp> shown = lines.stream().filter(line -> wanted.isEmpty()
                    || line.what().toLowerCase(Locale.ROOT).contains(wanted)
                    || line.keys().toLowerCase(Locale.ROOT).contains(wanted)).toList();
            if (shown.isEmpty()) {
                return;
            }
            Label heading = whole(new Label(section));
            heading.getStyleClass().add("shortcuts-section");
            grid.add(heading, 0, row[0]++, 2, 1);
            for (KeyHelp line : shown) {
                Label what = whole(new Label(line.what()));
                what.getStyleClass().add("shortcut-what");
                Label keys = whole(new Label(line.keys()));
                keys.getStyleClass().add("shortcut-keys");
                grid.addRow(row[0]++, what, keys);
            }
        });
        if (row[0] == 0) {
            Label none = new Label("No shortcut holds \u201C" + filter.strip() + "\u201D.");
            none.setId("noShortcuts");
            grid.add(none, 0, 0, 2, 1);
        }
    }

    private static Label whole(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
