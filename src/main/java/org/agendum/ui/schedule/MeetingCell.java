package org.agendum.ui.schedule;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.agendum.gesture.DropIndex;
import org.agendum.model.MeetingSlot;
import org.agendum.model.SlotId;

/**
 * One meeting in the grid: its label when it has one, then its entries as chips, in order. While something is
 * dragged over it, a line shows where it would land ({@link #showDropAt}); the line floats over the chips, so
 * nothing moves under the pointer.
 */
final class MeetingCell extends VBox {
    static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");
    static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final SlotId slotId;
    private final Label label = new Label();
    private final Region dropLine = new Region();
    private final Label placeholder = new Label("Drop agenda items here");
    private MeetingSlot slot;
    private List<EntryChip> chips = List.of();
    private int dropIndex = -1;

    MeetingCell(SlotId slotId) {
        this.slotId = slotId;
        getStyleClass().add("meeting-cell");
        setId("meeting-" + slotId.value());
        label.getStyleClass().add("meeting-label");
        label.setWrapText(true);
        placeholder.getStyleClass().add("meeting-placeholder");
        placeholder.setMouseTransparent(true);
        dropLine.getStyleClass().add("drop-line");
        dropLine.setManaged(false);
        dropLine.setVisible(false);
        dropLine.setMouseTransparent(true);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        setFillWidth(true);
        pseudoClassStateChanged(EMPTY, true);
    }

    SlotId slotId() {
        return slotId;
    }

    MeetingSlot slot() {
        return slot;
    }

    List<EntryChip> chips() {
        return chips;
    }

    /** Shows the meeting with these chips (already showing their lines); touches the scene only on a change. */
    void show(MeetingSlot newSlot, List<EntryChip> newChips) {
        slot = newSlot;
        label.setText(newSlot.label());
        if (!newChips.equals(chips) || getChildren().isEmpty()) {
            chips = List.copyOf(newChips);
            List<Node> children = new java.util.ArrayList<>();
            if (!newSlot.label().isBlank()) {
                children.add(label);
            }
            children.addAll(chips);
            if (chips.isEmpty()) {
                children.add(placeholder);
            }
            children.add(dropLine);
            Children.sync(getChildren(), children);
        } else if (newSlot.label().isBlank() == getChildren().contains(label)) {
            if (newSlot.label().isBlank()) {
                getChildren().remove(label);
            } else {
                getChildren().add(0, label);
            }
        }
        pseudoClassStateChanged(EMPTY, chips.isEmpty());
    }

    /** The place among the chips for a drop at {@code y} (in this cell's coordinates): before the first chip whose
     * middle is below it. */
    int dropIndexAt(double y) {
        return DropIndex.at(y, chips.stream().map(c -> c.getBoundsInParent().getMinY() + c.getHeight() / 2).toList());
    }

    /** Draws the line where a drop at {@code index} would land. */
    void showDropAt(int index) {
        dropIndex = index;
        double gap = getSpacing() / 2;
        double y;
        if (chips.isEmpty()) {
            y = snappedTopInset() + (getChildren().contains(label) ? label.getBoundsInParent().getMaxY() : 0);
        } else if (index < chips.size()) {
            y = chips.get(index).getBoundsInParent().getMinY() - gap;
        } else {
            y = chips.get(chips.size() - 1).getBoundsInParent().getMaxY() + gap;
        }
        double thickness = 3;
        dropLine.resizeRelocate(snappedLeftInset(), Math.max(0, y - thickness / 2),
                Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset()), thickness);
        dropLine.setVisible(true);
        pseudoClassStateChanged(DROP_TARGET, true);
    }

    void clearDrop() {
        dropIndex = -1;
        dropLine.setVisible(false);
        pseudoClassStateChanged(DROP_TARGET, false);
    }

    /** Where the line is drawn now; -1 when it is not. */
    int shownDropIndex() {
        return dropIndex;
    }
}
