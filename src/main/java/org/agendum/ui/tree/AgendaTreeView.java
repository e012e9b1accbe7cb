package org.agendum.ui.tree;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.application.Platform;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.agendum.gesture.AgendaCommands;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.ui.common.MeetingViewModel;

/**
 * The agenda as a tree (id {@code agendaTree}). Its selection and the view-model's selected item follow each
 * other; on every meeting change the tree is updated in place (see {@link AgendaTreeModel}).
 *
 * <p>Gestures, each one command through {@link AgendaCommands}: the tree's keyboard shortcuts and its context
 * menu (the window's actions, which it installs here), rename in place (F2 or a double-click), and drag and drop
 * ({@link TreeDragAndDrop}).
 *
 * <p>{@link #onlyMarkedProperty() Only marked}: the tree shows only the items left to review or translate, the item
 * selected (so that the one being edited does not vanish when its mark goes) and the items they are under. An item
 * whose mark went leaves the tree at the next change of the meeting once it is no longer selected, not at the click
 * that selects another item, so that the rows never move under the pointer.
 */
public final class AgendaTreeView extends TreeView<AgendaRow> {
    private final MeetingViewModel viewModel;
    private final AgendaCommands commands;
    private final AgendaTreeModel model = new AgendaTreeModel();
    private final TreeDragAndDrop dragAndDrop;
    private final BooleanProperty onlyMarked = new SimpleBooleanProperty(this, "onlyMarked");
    /** Set while the tree itself changes the selection, so that the view-model does not hear it. */
    private boolean syncing;

    public AgendaTreeView(MeetingViewModel viewModel, AgendaCommands commands, TreeDragAndDrop.Hints hints) {
        this.viewModel = viewModel;
        this.commands = commands;
        this.dragAndDrop = new TreeDragAndDrop(this, viewModel, commands, hints);
        setId("agendaTree");
        getStyleClass().add("agenda-tree");
        setShowRoot(false);
        setRoot(model.root());
        setEditable(false);
        setCellFactory(tree -> {
            AgendaTreeCell cell = new AgendaTreeCell();
            dragAndDrop.attach(cell);
            cell.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> renameOnDoubleClick(cell, event, false));
            cell.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> renameOnDoubleClick(cell, event, true));
            return cell;
        });
        getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        model.update(viewModel.meeting());

        // a rename in place is one command; the tree is only editable while one is under way
        setOnEditCommit(event -> commands.rename(event.getTreeItem().getValue().id(), event.getNewValue().title()));
        editingItemProperty().addListener((obs, old, now) -> {
            if (now == null) {
                setEditable(false);
                update(viewModel.meeting()); // the renamed row, left alone while it was typed in
            }
        });

        viewModel.meetingProperty().addListener((obs, old, meeting) -> update(meeting));
        viewModel.selectedItemProperty().addListener((obs, old, id) -> {
            if (id != null && model.find(id).isEmpty() && onlyMarked.get()) {
                update(viewModel.meeting()); // selected elsewhere (the problems, the grid): shown, filter or not
            } else {
                showSelection(id);
            }
        });
        onlyMarked.addListener((obs, was, only) -> update(viewModel.meeting()));
        getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!syncing && item != null) {
                viewModel.select(item.getValue().id());
            }
        });
        showSelection(viewModel.selectedItem());
    }

    /** Puts the item's title into a text field in its row, scrolled into view, with the focus. */
    public void startRename(ItemId id) {
        Optional<TreeItem<AgendaRow>> item = model.find(id);
        if (item.isEmpty()) {
            return;
        }
        showSelection(id);
        int row = getRow(item.get());
        if (row >= 0) {
            scrollTo(Math.max(0, row - 2));
        }
        setEditable(true);
        requestFocus();
        // after the next layout: a row just added may not have its cell yet, and the tree's measuring cell
        // would otherwise take (and drop) the edit
        Platform.runLater(() -> {
            if (item.get().getParent() != null && model.find(id).isPresent()) {
                layout();
                edit(item.get());
            }
        });
    }

    /** A rename in place begins: its typing is an undo step of its own. */
    void renameStarts() {
        viewModel.commandStack().preventMerge();
    }

    /** Ctrl+Z or Ctrl+Y pressed in the rename field, which has ended: the meeting's stack undoes or redoes. */
    void undoOrRedo(boolean undo) {
        if (undo) {
            viewModel.commandStack().undo();
        } else {
            viewModel.commandStack().redo();
        }
    }

    /** A keystroke in the rename field: the title on the stack at once, merging with the keystrokes before. */
    void renameTyped(ItemId id, String title) {
        commands.renameTyping(id, title);
    }

    /** Whether the tree shows only the items left to review or translate (View ▸ Only items left to …). */
    public BooleanProperty onlyMarkedProperty() {
        return onlyMarked;
    }

    public Optional<TreeItem<AgendaRow>> treeItem(ItemId id) {
        return model.find(id);
    }

    public void setAllExpanded(boolean expanded) {
        setExpanded(getRoot(), expanded);
        getRoot().setExpanded(true);
        showSelection(viewModel.selectedItem());
    }

    private static void setExpanded(TreeItem<AgendaRow> item, boolean expanded) {
        item.getChildren().forEach(child -> setExpanded(child, expanded));
        item.setExpanded(expanded);
    }

    /**
     * A double-click on an item's line renames it. It is taken before the cell's own handling, which would
     * expand or collapse an item with sub-items; a double-click on the arrow still does that.
     */
    private void renameOnDoubleClick(AgendaTreeCell cell, MouseEvent event, boolean released) {
        if (event.getButton() != MouseButton.PRIMARY || event.getClickCount() != 2 || cell.isEmpty()
                || cell.getItem() == null || cell.isEditing()) {
            return;
        }
        var disclosure = cell.getDisclosureNode();
        if (disclosure != null && disclosure.isVisible()
                && disclosure.localToScene(disclosure.getLayoutBounds()).contains(event.getSceneX(), event.getSceneY())) {
            return;
        }
        event.consume();
        if (released) {
            startRename(cell.getItem().id());
        }
    }

    private void update(Meeting meeting) {
        syncing = true;
        try {
            TreeItem<AgendaRow> renaming = getEditingItem();
            model.update(meeting, renaming == null ? null : renaming.getValue().id(), shown(meeting));
        } finally {
            syncing = false;
        }
        showSelection(viewModel.selectedItem());
    }

    /** What the filter lets through: null for every item, else the marked ones and the selected one. */
    private Set<ItemId> shown(Meeting meeting) {
        if (!onlyMarked.get()) {
            return null;
        }
        Set<ItemId> shown = new HashSet<>(meeting.agenda().marked());
        if (viewModel.selectedItem() != null) {
            shown.add(viewModel.selectedItem());
        }
        return shown;
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
            int row = getRow(item);
            if (row >= 0 && !isRowVisible(row)) {
                scrollTo(Math.max(0, row - 2));
            }
        } finally {
            syncing = false;
        }
    }

    /** Whether the row is on screen (so that selecting it need not scroll). */
    private boolean isRowVisible(int row) {
        var flow = (VirtualFlow<?>) lookup(".virtual-flow");
        if (flow == null || flow.getFirstVisibleCell() == null || flow.getLastVisibleCell() == null) {
            return true; // not laid out yet: the tree shows its first rows, and scrollTo would be premature
        }
        return row > flow.getFirstVisibleCell().getIndex() && row < flow.getLastVisibleCell().getIndex();
    }

    /** Scrolls by {@code pixels} (negative: up), for auto-scroll while dragging; nothing before the first layout. */
    void scrollBy(double pixels) {
        var flow = (VirtualFlow<?>) lookup(".virtual-flow");
        if (flow != null) {
            flow.scrollPixels(pixels);
        }
    }
}
