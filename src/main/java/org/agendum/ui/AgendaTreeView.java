package org.agendum.ui;

import javafx.scene.control.SelectionMode;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.agendum.model.Agenda;
import org.agendum.model.ItemId;

/**
 * The agenda as a tree (id {@code agendaTree}). Its selection and the view-model's selected item follow each
 * other; on every meeting change the tree is updated in place (see {@link AgendaTreeModel}).
 */
final class AgendaTreeView extends TreeView<AgendaRow> {
    private final MeetingViewModel viewModel;
    private final AgendaTreeModel model = new AgendaTreeModel();
    /** Set while the tree itself changes the selection, so that the view-model does not hear it. */
    private boolean syncing;

    AgendaTreeView(MeetingViewModel viewModel) {
        this.viewModel = viewModel;
        setId("agendaTree");
        getStyleClass().add("agenda-tree");
        setShowRoot(false);
        setRoot(model.root());
        setCellFactory(tree -> new AgendaTreeCell());
        getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        model.update(viewModel.meeting().agenda());

        viewModel.meetingProperty().addListener((obs, old, meeting) -> update(meeting.agenda()));
        viewModel.selectedItemProperty().addListener((obs, old, id) -> showSelection(id));
        getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!syncing && item != null) {
                viewModel.select(item.getValue().id());
            }
        });
        showSelection(viewModel.selectedItem());
    }

    private void update(Agenda agenda) {
        syncing = true;
        try {
            model.update(agenda);
        } finally {
            syncing = false;
        }
        showSelection(viewModel.selectedItem());
    }

    private void showSelection(ItemId id) {
        TreeItem<AgendaRow> item = model.find(id).orElse(null);
        if (getSelectionModel().getSelectedItem() == item && getSelectionModel().getSelectedItems().size() <= 1) {
            return;
        }
        syncing = true;
        try {
            if (item == null) {
                getSelectionModel().clearSelection();
                return;
            }
            for (TreeItem<AgendaRow> parent = item.getParent(); parent != null; parent = parent.getParent()) {
                parent.setExpanded(true);
            }
            getSelectionModel().select(item);
        } finally {
            syncing = false;
        }
    }
}
