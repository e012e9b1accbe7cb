package org.agendum.ui.changes;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.agendum.changes.Change;
import org.agendum.changes.MeetingChanges;
import org.agendum.model.Meeting;
import org.agendum.ui.common.GoToCell;
import org.agendum.ui.common.MeetingViewModel;
import org.agendum.ui.common.PanelHeader;

/**
 * What changed (id {@code changesPanel}): the changes between the meeting it is compared with ({@code against}: for
 * an issued version, the last by default, or the file as last opened or saved: {@link Baselines}) and the meeting as the officer edits it, in
 * words, worked out again after every edit while the panel is in the window. A click on a change, or Enter, goes to
 * it: the window selects its item (its annotation, Documentation entry or list punctuation where the change is
 * there), details field, day, meeting or entry.
 */
public final class ChangesPanel extends VBox {
    private final ListView<Change> list = new ListView<>();
    private final Label count = new Label();
    private final MeetingViewModel viewModel;
    private final ObservableValue<Meeting> against;

    /**
     * @param baselines what the current meeting is compared with: an issued version or the file as last saved
     */
    public ChangesPanel(MeetingViewModel viewModel, Baselines baselines, Consumer<Change> goTo, Runnable close) {
        this.viewModel = viewModel;
        this.against = baselines.meeting();
        setId("changesPanel");
        getStyleClass().add("changes-panel");
        count.setId("changeCount");
        count.getStyleClass().add("problems-count");
        baselines.node().getStyleClass().add("changes-against");
        HBox header = PanelHeader.of("Changes", "hideChanges", "Hide the changes", close, baselines.node(), count);

        list.setId("changeList");
        list.getStyleClass().add("change-list");
        list.setPlaceholder(new Label("No changes."));
        list.setCellFactory(view -> new ChangeCell(goTo));
        list.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                goTo.accept(list.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header, list);

        // compared only while shown: a long agenda's annotations are not diffed at every keystroke for nobody
        viewModel.meetingProperty().addListener((obs, was, now) -> refreshIfShown());
        against.addListener((obs, was, now) -> refreshIfShown());
        sceneProperty().addListener((obs, was, now) -> refreshIfShown());
        refresh();
    }

    public ListView<Change> list() {
        return list;
    }

    private void refreshIfShown() {
        if (getScene() != null) {
            refresh();
        }
    }

    private void refresh() {
        List<Change> changes = MeetingChanges.between(against.getValue(), viewModel.meeting());
        list.getItems().setAll(changes);
        count.setText(changes.isEmpty() ? "" : Integer.toString(changes.size()));
    }

    /** One change in words; a click goes to it. */
    private static final class ChangeCell extends GoToCell<Change> {
        ChangeCell(Consumer<Change> goTo) {
            super("change-cell", goTo);
        }

        @Override
        protected void updateItem(Change change, boolean empty) {
            super.updateItem(change, empty);
            setText(empty || change == null ? null : change.description());
        }
    }
}
