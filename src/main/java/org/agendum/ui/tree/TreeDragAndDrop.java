package org.agendum.ui.tree;

import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.TreeItem;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.agendum.edit.DropPosition;
import org.agendum.gesture.AgendaCommands;
import org.agendum.gesture.DropRules;
import org.agendum.model.AgendaItem;
import org.agendum.model.ItemId;
import org.agendum.ui.common.AgendumDataFormats;
import org.agendum.ui.common.MeetingViewModel;

/**
 * Drag and drop in the agenda tree, a thin gesture over {@link AgendaCommands}: the dragboard carries the item's
 * id ({@link AgendumDataFormats#ITEM_ID}); while it is over a row, {@link DropRules} decides, and the row shows
 * "before", "into", "after" or "refused" (with the reason in the status bar); the drop executes the one move. A
 * collapsed item under the pointer opens after {@link #EXPAND_DELAY}; near the top or bottom edge the tree scrolls.
 */
public final class TreeDragAndDrop {
    /** How the drag tells the officer why a drop is refused. */
    public interface Hints {
        void show(String hint);

        void clear();
    }

    static final Duration EXPAND_DELAY = Duration.millis(600);
    /** The band at the top and bottom of the tree in which a drag scrolls it, in pixels. */
    static final double SCROLL_EDGE = 32;
    /** The most the tree scrolls per step (every 30 ms), at the very edge. */
    static final double SCROLL_STEP = 14;

    private final AgendaTreeView tree;
    private final MeetingViewModel viewModel;
    private final AgendaCommands commands;
    private final Hints hints;
    private final PauseTransition expandTimer = new PauseTransition(EXPAND_DELAY);
    private final Timeline scroller;
    private TreeItem<AgendaRow> expandCandidate;
    private AgendaTreeCell indicated;
    private double scrollSpeed;

    TreeDragAndDrop(AgendaTreeView tree, MeetingViewModel viewModel, AgendaCommands commands, Hints hints) {
        this.tree = tree;
        this.viewModel = viewModel;
        this.commands = commands;
        this.hints = hints;
        scroller = new Timeline(new KeyFrame(Duration.millis(30), event -> tree.scrollBy(scrollSpeed)));
        scroller.setCycleCount(Animation.INDEFINITE);
        // a filter: the rows consume the drag events, and the edges must be seen over any row
        tree.addEventFilter(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasContent(AgendumDataFormats.ITEM_ID)) {
                autoScroll(event.getY());
            }
        });
        tree.addEventFilter(DragEvent.DRAG_EXITED, event -> stopScrolling());
        tree.addEventFilter(DragEvent.DRAG_DROPPED, event -> stopScrolling());
    }

    void attach(AgendaTreeCell cell) {
        cell.addEventHandler(MouseEvent.DRAG_DETECTED, event -> start(cell, event));
        cell.setOnDragOver(event -> over(cell, event));
        cell.setOnDragExited(event -> {
            if (indicated == cell) {
                clearIndicator();
            }
        });
        cell.setOnDragDropped(event -> dropped(cell, event));
        cell.setOnDragDone(event -> finish());
    }

    private void start(AgendaTreeCell cell, MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || cell.isEmpty() || cell.getItem() == null || cell.isEditing()) {
            return;
        }
        Dragboard dragboard = cell.startDragAndDrop(TransferMode.MOVE);
        ClipboardContent content = new ClipboardContent();
        content.put(AgendumDataFormats.ITEM_ID, cell.getItem().id().value());
        dragboard.setContent(content);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        dragboard.setDragView(cell.snapshot(parameters, null), event.getX(), event.getY());
        event.consume();
    }

    /** The verdict for the pointer over this cell; empty rows below the last mean "after the last item". */
    private DropRules.Verdict verdict(AgendaTreeCell cell, DragEvent event) {
        ItemId dragged = draggedId(event.getDragboard());
        if (dragged == null) {
            return new DropRules.Ignored();
        }
        if (cell.isEmpty() || cell.getItem() == null) {
            List<AgendaItem> top = viewModel.meeting().agenda().items();
            return top.isEmpty() ? new DropRules.Ignored()
                    : DropRules.check(viewModel.meeting(), dragged, top.get(top.size() - 1).id(), DropPosition.AFTER, false);
        }
        DropPosition position = DropRules.positionAt(event.getY(), cell.getHeight());
        TreeItem<AgendaRow> item = cell.getTreeItem();
        return DropRules.check(viewModel.meeting(), dragged, cell.getItem().id(), position,
                item != null && item.isExpanded());
    }

    private void over(AgendaTreeCell cell, DragEvent event) {
        if (!event.getDragboard().hasContent(AgendumDataFormats.ITEM_ID)) {
            return;
        }
        DropRules.Verdict verdict = verdict(cell, event);
        indicate(cell, verdict);
        if (verdict instanceof DropRules.Allowed) {
            event.acceptTransferModes(TransferMode.MOVE);
            hints.clear();
        } else if (verdict instanceof DropRules.Refused refused) {
            hints.show(refused.reason());
        } else {
            hints.clear();
        }
        autoExpand(cell.isEmpty() ? null : cell.getTreeItem());
        event.consume();
    }

    private void dropped(AgendaTreeCell cell, DragEvent event) {
        if (!event.getDragboard().hasContent(AgendumDataFormats.ITEM_ID)) {
            // not an agenda item (a chip from the organization of work): the tree as a whole handles it
            return;
        }
        DropRules.Verdict verdict = verdict(cell, event);
        boolean moved = verdict instanceof DropRules.Allowed allowed && commands.move(allowed.move());
        event.setDropCompleted(moved);
        event.consume();
        finish();
    }

    private void indicate(AgendaTreeCell cell, DropRules.Verdict verdict) {
        if (indicated != null && indicated != cell) {
            indicated.showDrop(null, false);
        }
        indicated = cell;
        if (verdict instanceof DropRules.Allowed allowed) {
            // below the last row the line goes at the top of the empty row, just under the agenda
            cell.showDrop(cell.isEmpty() ? DropPosition.BEFORE : allowed.position(), false);
        } else {
            cell.showDrop(null, verdict instanceof DropRules.Refused);
        }
    }

    private void clearIndicator() {
        if (indicated != null) {
            indicated.showDrop(null, false);
            indicated = null;
        }
    }

    private void finish() {
        clearIndicator();
        hints.clear();
        stopScrolling();
        expandTimer.stop();
        expandCandidate = null;
    }

    /** Opens a collapsed item once the pointer has rested on it for {@link #EXPAND_DELAY}. */
    private void autoExpand(TreeItem<AgendaRow> item) {
        if (item == expandCandidate) {
            return;
        }
        expandCandidate = item;
        expandTimer.stop();
        if (item != null && !item.isLeaf() && !item.isExpanded()) {
            expandTimer.setOnFinished(event -> {
                if (expandCandidate == item) {
                    item.setExpanded(true);
                }
            });
            expandTimer.playFromStart();
        }
    }

    /** Scrolls while the pointer is in the band at the top or bottom edge, faster nearer the edge. */
    private void autoScroll(double y) {
        double height = tree.getHeight();
        if (y < SCROLL_EDGE) {
            scrollSpeed = -SCROLL_STEP * (SCROLL_EDGE - Math.max(0, y)) / SCROLL_EDGE;
        } else if (y > height - SCROLL_EDGE) {
            scrollSpeed = SCROLL_STEP * (y - (height - SCROLL_EDGE)) / SCROLL_EDGE;
        } else {
            scrollSpeed = 0;
        }
        if (scrollSpeed == 0) {
            scroller.stop();
        } else if (scroller.getStatus() != Animation.Status.RUNNING) {
            scroller.play();
        }
    }

    private void stopScrolling() {
        scrollSpeed = 0;
        scroller.stop();
    }

    private static ItemId draggedId(Dragboard dragboard) {
        Object value = dragboard.getContent(AgendumDataFormats.ITEM_ID);
        if (!(value instanceof String text)) {
            return null;
        }
        try {
            return new ItemId(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
