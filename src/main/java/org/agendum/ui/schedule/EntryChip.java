package org.agendum.ui.schedule;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.geometry.NodeOrientation;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.agendum.model.EntryId;
import org.agendum.ui.common.BrokenLines;
import org.agendum.ui.common.Icons;

/**
 * One entry of a meeting in the grid: "1 (a)" in its own column, the title wrapping beside it, and "(continued)"
 * in italics where the item carries on from an earlier meeting; a note in italics; an entry whose item was deleted
 * in red. A chip takes the keyboard focus (Delete, Alt+arrows) and is dragged to move it.
 */
final class EntryChip extends HBox {
    static final PseudoClass NOTE = PseudoClass.getPseudoClass("note");
    static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");
    static final PseudoClass CONTINUED = PseudoClass.getPseudoClass("continued");
    static final PseudoClass CURRENT_ITEM = PseudoClass.getPseudoClass("current-item");
    static final PseudoClass DRAGGED = PseudoClass.getPseudoClass("dragged");
    static final PseudoClass RIGHT_TO_LEFT = PseudoClass.getPseudoClass("right-to-left");

    private final EntryId id;
    private final Label reference = new Reference();
    private final Text title = new Text();
    private final Text open = new Text();
    private final Text continued = new Text();
    private final Text close = new Text();
    private final TextFlow titleFlow = new TextFlow(title);
    /** The title in a right-to-left grid, broken into lines by hand (see {@link BrokenLines}). */
    private final BrokenLines brokenTitle = new BrokenLines();
    private Tooltip tooltip;
    private EntryLine line;
    private double measuredWidth = Double.NaN;
    private double measuredHeight = Double.NaN;

    EntryChip(EntryId id) {
        this.id = id;
        getStyleClass().add("entry-chip");
        setId("entry-" + id.value());
        reference.getStyleClass().add("entry-reference");
        title.getStyleClass().add("entry-title");
        open.getStyleClass().add("entry-title");
        close.getStyleClass().add("entry-title");
        continued.getStyleClass().addAll("entry-title", "entry-continued");
        titleFlow.getStyleClass().add("entry-title-flow");
        titleFlow.setMinWidth(0);
        titleFlow.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(titleFlow, Priority.ALWAYS);
        brokenTitle.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(brokenTitle, Priority.ALWAYS);
        effectiveNodeOrientationProperty().addListener((obs, was, now) -> placeTitle());
        setAlignment(Pos.TOP_LEFT);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_ITEM);
        setMaxWidth(Double.MAX_VALUE);
    }

    EntryId entryId() {
        return id;
    }

    EntryLine line() {
        return line;
    }

    /** Shows the line; nothing is touched when it has not changed, so a large grid updates only what did. */
    void show(EntryLine newLine) {
        if (newLine.equals(line)) {
            return;
        }
        line = newLine;
        reference.setText(newLine.reference());
        title.setText(newLine.title());
        // "(continued)" flows on from the title, wrapping with it, with only the word in italics as in the annex;
        // children are touched only when they change (a node added again has its CSS worked out again)
        if (newLine.isContinued()) {
            open.setText(newLine.continued().open());
            continued.setText(newLine.continued().word());
            close.setText(newLine.continued().close());
        }
        Children.sync(titleFlow.getChildren(), newLine.isContinued() ? List.of(title, open, continued, close) : List.of(title));
        placeTitle();
        pseudoClassStateChanged(NOTE, newLine.kind() == EntryLine.Kind.NOTE);
        pseudoClassStateChanged(MISSING, newLine.kind() == EntryLine.Kind.MISSING);
        pseudoClassStateChanged(CONTINUED, newLine.isContinued());
        setAccessibleText(newLine.text());
        // the chip shows its whole title, wrapped; only an entry of a deleted item needs words of explanation
        boolean missing = newLine.kind() == EntryLine.Kind.MISSING;
        if (missing && tooltip == null) {
            tooltip = Icons.tip("This entry points at an agenda item that was deleted. Press Delete to remove it.");
            Tooltip.install(this, tooltip);
        } else if (!missing && tooltip != null) {
            Tooltip.uninstall(this, tooltip);
            tooltip = null;
        }
    }

    /**
     * The title as a flow that wraps itself, or, right to left, in lines broken by hand: JavaFX 21 draws a wrapped
     * right-to-left title over the number. The same runs, and so the same look, either way.
     */
    private void placeTitle() {
        if (line == null) {
            return;
        }
        boolean rightToLeft = getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT;
        pseudoClassStateChanged(RIGHT_TO_LEFT, rightToLeft);
        Node shown = rightToLeft ? brokenTitle : titleFlow;
        if (rightToLeft) {
            brokenTitle.setRuns(titleFlow.getChildren().stream()
                    .map(node -> new BrokenLines.Run(((Text) node).getText(), node.getStyleClass())).toList());
        }
        Children.sync(getChildren(), line.reference().isEmpty() ? List.of(shown) : List.of(reference, shown));
    }

    /**
     * The height for a width, remembered until the chip changes: the grid asks every chip of a row again whenever
     * any cell of it changes, and wrapping a title anew each time was most of the cost of a layout pass.
     */
    @Override
    protected double computePrefHeight(double width) {
        if (width != measuredWidth || Double.isNaN(measuredHeight)) {
            measuredHeight = super.computePrefHeight(width);
            measuredWidth = width;
        }
        return measuredHeight;
    }

    @Override
    public void requestLayout() {
        measuredHeight = Double.NaN;
        super.requestLayout();
    }

    /**
     * The item's number: never narrower than its text (the title wraps instead of "1 …"), and at least as wide
     * as "1 (a)" so that the titles of a meeting start in one column.
     */
    private static final class Reference extends Label {
        private static final double MIN_EMS = 2.6;

        @Override
        protected double computePrefWidth(double height) {
            return Math.max(super.computePrefWidth(height), getFont().getSize() * MIN_EMS);
        }

        @Override
        protected double computeMinWidth(double height) {
            return computePrefWidth(height);
        }
    }

    void markCurrentItem(boolean current) {
        pseudoClassStateChanged(CURRENT_ITEM, current);
    }
}
