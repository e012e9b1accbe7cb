package org.agendum.ui.annotation;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The column of a paragraph's derived label, the paragraph's graphic in the area. Left to right it is as wide as the
 * label (whose width is the level's indent, editors.css), so the text starts after it. In an Arabic version the area
 * stays left to right (RichTextFX cannot run right to left), so the column takes no width and draws the label at the
 * paragraph's right edge, where the right-set text leaves it room (editors.css), as the Arabic document sets it.
 */
final class LabelColumn extends Region {
    private final Label label;
    private final ObservableBooleanValue onTheRight;
    /** Lays the label out again when the paragraph's width changes (this column's own size does not). */
    private final InvalidationListener parentResized = obs -> requestLayout();
    /** Kept here: the area holds it weakly, so that a paragraph the area drops is not kept alive. */
    private final InvalidationListener sideChanged = obs -> requestLayout();
    private Region paragraph;

    LabelColumn(Label label, ObservableBooleanValue onTheRight) {
        this.label = label;
        this.onTheRight = onTheRight;
        getChildren().add(label);
        onTheRight.addListener(new WeakInvalidationListener(sideChanged));
        parentProperty().addListener((obs, was, now) -> follow(now));
    }

    private void follow(Parent parent) {
        if (paragraph != null) {
            paragraph.widthProperty().removeListener(parentResized);
        }
        paragraph = parent instanceof Region region ? region : null;
        if (paragraph != null) {
            paragraph.widthProperty().addListener(parentResized);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return onTheRight.get() ? 0 : label.prefWidth(height);
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return label.prefHeight(-1);
    }

    @Override
    protected void layoutChildren() {
        label.autosize();
        double x = 0;
        if (onTheRight.get() && paragraph != null) {
            x = paragraph.getWidth() - paragraph.snappedRightInset() - getLayoutX() - label.getWidth();
        }
        label.relocate(x, 0);
    }
}
