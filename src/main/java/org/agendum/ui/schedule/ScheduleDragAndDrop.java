package org.agendum.ui.schedule;

import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.paint.Color;
import org.agendum.gesture.ScheduleCommands;
import org.agendum.model.EntryId;
import org.agendum.model.ItemId;
import org.agendum.ui.common.AgendumDataFormats;

/**
 * Drag and drop in the organization of work, a thin gesture over {@link ScheduleCommands}: an agenda item dragged
 * from the tree (its id, {@link AgendumDataFormats#ITEM_ID}) or a chip dragged from a meeting (its entry's id,
 * {@link AgendumDataFormats#ENTRY_ID}) is dropped into a meeting at the line the cell draws; a chip dropped on the
 * agenda or on the grid outside any meeting leaves the organization of work. Dropped anywhere else, nothing happens.
 */
final class ScheduleDragAndDrop {
    static final String RELEASE_TO_REMOVE = "Release to take this entry out of the organization of work.";

    private final ScheduleCommands commands;
    private final Hints hints;
    private MeetingCell indicated;

    /** How a drag tells the officer what a drop will do. */
    interface Hints {
        void show(String hint);

        void clear();
    }

    ScheduleDragAndDrop(ScheduleCommands commands, Hints hints) {
        this.commands = commands;
        this.hints = hints;
    }

    void attach(EntryChip chip) {
        chip.addEventHandler(MouseEvent.DRAG_DETECTED, event -> {
            if (event.getButton() != MouseButton.PRIMARY) {
                return;
            }
            Dragboard dragboard = chip.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.put(AgendumDataFormats.ENTRY_ID, chip.entryId().value());
            dragboard.setContent(content);
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setFill(Color.TRANSPARENT);
            dragboard.setDragView(chip.snapshot(parameters, null), event.getX(), event.getY());
            chip.pseudoClassStateChanged(EntryChip.DRAGGED, true);
            event.consume();
        });
        chip.setOnDragDone(event -> {
            chip.pseudoClassStateChanged(EntryChip.DRAGGED, false);
            finish();
        });
    }

    void attach(MeetingCell cell) {
        cell.setOnDragOver(event -> {
            if (carriesItem(event) || carriesEntry(event)) {
                event.acceptTransferModes(TransferMode.MOVE);
                indicate(cell, cell.dropIndexAt(event.getY()));
                hints.clear();
                event.consume();
            }
        });
        cell.setOnDragExited(event -> {
            if (indicated == cell) {
                clearIndicator();
            }
        });
        cell.setOnDragDropped(event -> {
            int index = cell.dropIndexAt(event.getY());
            boolean done = false;
            ItemId item = itemOf(event.getDragboard());
            EntryId entry = entryOf(event.getDragboard());
            if (item != null) {
                done = !commands.schedule(item, cell.slotId(), index).isEmpty();
            } else if (entry != null) {
                done = commands.move(entry, cell.slotId(), index);
            }
            event.setDropCompleted(done);
            event.consume();
            finish();
        });
    }

    /** Makes {@code node} a place where a dragged chip is dropped to take it out (the agenda, the grid's gaps). */
    void removeOn(Node node) {
        node.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (carriesEntry(event) && !event.isConsumed()) {
                event.acceptTransferModes(TransferMode.MOVE);
                clearIndicator();
                hints.show(RELEASE_TO_REMOVE);
                event.consume();
            }
        });
        node.addEventHandler(DragEvent.DRAG_EXITED, event -> hints.clear());
        node.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            EntryId entry = entryOf(event.getDragboard());
            if (entry != null && !event.isConsumed()) {
                event.setDropCompleted(commands.remove(entry));
                event.consume();
                finish();
            }
        });
    }

    /** A node that takes no drop: the headers and the places of a day without that meeting. */
    void neutral(Node node) {
        node.setOnDragOver(event -> {
            if (carriesEntry(event) || carriesItem(event)) {
                clearIndicator();
                hints.clear();
                event.consume();
            }
        });
    }

    private void indicate(MeetingCell cell, int index) {
        if (indicated != null && indicated != cell) {
            indicated.clearDrop();
        }
        indicated = cell;
        if (cell.shownDropIndex() != index) {
            cell.showDropAt(index);
        }
    }

    private void clearIndicator() {
        if (indicated != null) {
            indicated.clearDrop();
            indicated = null;
        }
    }

    private void finish() {
        clearIndicator();
        hints.clear();
    }

    private static boolean carriesItem(DragEvent event) {
        return event.getDragboard().hasContent(AgendumDataFormats.ITEM_ID);
    }

    private static boolean carriesEntry(DragEvent event) {
        return event.getDragboard().hasContent(AgendumDataFormats.ENTRY_ID);
    }

    private static ItemId itemOf(Dragboard dragboard) {
        return dragboard.getContent(AgendumDataFormats.ITEM_ID) instanceof String text && !text.isBlank()
                ? new ItemId(text) : null;
    }

    private static EntryId entryOf(Dragboard dragboard) {
        return dragboard.getContent(AgendumDataFormats.ENTRY_ID) instanceof String text && !text.isBlank()
                ? new EntryId(text) : null;
    }
}
