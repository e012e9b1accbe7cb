package org.agendum.ui.window;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.agendum.ui.common.MeetingViewModel;

/**
 * The agenda tree with a word over it while the agenda is empty (a new meeting): how to add the first item, and a
 * button that does it ({@code addFirstItemButton}). A tree has no placeholder of its own.
 */
final class EmptyAgendaHint extends StackPane {
    EmptyAgendaHint(javafx.scene.Node tree, MeetingViewModel viewModel, Runnable addItem) {
        Label text = new Label("The agenda has no items yet.\nAdd the first with Ctrl+Enter or this button; "
                + "Tab makes an item a sub-item.");
        text.setWrapText(true);
        text.getStyleClass().add("empty-agenda-text");
        Button add = new Button("Add the first item");
        add.setId("addFirstItemButton");
        add.setOnAction(event -> addItem.run());
        VBox hint = new VBox(text, add);
        hint.setId("emptyAgendaHint");
        hint.getStyleClass().add("empty-agenda-hint");
        hint.setAlignment(Pos.TOP_LEFT);
        hint.setMaxHeight(USE_PREF_SIZE);
        StackPane.setAlignment(hint, Pos.TOP_LEFT);
        getChildren().addAll(tree, hint);
        Runnable follow = () -> {
            boolean empty = viewModel.meeting().agenda().items().isEmpty();
            hint.setVisible(empty);
            hint.setManaged(empty);
        };
        viewModel.meetingProperty().addListener((obs, old, meeting) -> follow.run());
        follow.run();
    }
}
