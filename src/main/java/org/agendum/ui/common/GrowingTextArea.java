package org.agendum.ui.common;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Text;

/**
 * A wrapping text area as tall as its text (between a minimum and a maximum number of lines), for fields that hold
 * a sentence or two, such as a Documentation description: the whole text is visible without a scroll bar.
 */
public final class GrowingTextArea extends TextArea {
    private final Text measure = new Text();
    private final int minLines;
    private final int maxLines;

    public GrowingTextArea(int minLines, int maxLines) {
        this.minLines = minLines;
        this.maxLines = maxLines;
        setWrapText(true);
        setPrefRowCount(minLines);
        textProperty().addListener(obs -> fit());
        widthProperty().addListener(obs -> fit());
        fontProperty().addListener(obs -> fit());
        skinProperty().addListener(obs -> Platform.runLater(this::fit));
    }

    /**
     * Makes the field hold one paragraph, like a text field that wraps: line breaks (typed or pasted) become
     * spaces, Enter runs {@code onEnter}, and Tab / Shift+Tab leave the field as they leave any other field (a
     * text area would type a tab; Ctrl+Tab is its own way out, so Tab is passed on as that).
     */
    public GrowingTextArea oneParagraph(Runnable onEnter) {
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !event.isAltDown() && !event.isShortcutDown()) {
                event.consume();
                onEnter.run();
            } else if (event.getCode() == KeyCode.TAB && !event.isControlDown() && !event.isAltDown()) {
                event.consume();
                fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, event.isShiftDown(), true, false,
                        false));
            }
        });
        textProperty().addListener((obs, old, text) -> {
            if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                setText(text.replaceAll("[\\r\\n]+", " "));
            }
        });
        return this;
    }

    private void fit() {
        Node content = lookup(".content");
        Insets inner = content instanceof javafx.scene.layout.Region region ? region.getPadding() : Insets.EMPTY;
        Insets outer = getInsets();
        double width = getWidth() - outer.getLeft() - outer.getRight() - inner.getLeft() - inner.getRight() - 4;
        if (width <= 0) {
            return;
        }
        measure.setFont(getFont());
        measure.setWrappingWidth(width);
        measure.setText("X");
        double line = measure.getLayoutBounds().getHeight();
        measure.setText(getText().isEmpty() ? "X" : getText());
        double text = measure.getLayoutBounds().getHeight();
        int needed = (int) Math.round(text / line);
        int lines = Math.max(minLines, Math.min(maxLines, needed));
        double height = Math.ceil(lines * line + 0.3 * line + inner.getTop() + inner.getBottom() + outer.getTop()
                + outer.getBottom() + 2);
        if (Math.abs(getPrefHeight() - height) > 0.5) {
            setPrefHeight(height);
            setMinHeight(height);
        }
        if (lookup(".scroll-pane") instanceof javafx.scene.control.ScrollPane scroll) {
            scroll.setVbarPolicy(needed > maxLines ? javafx.scene.control.ScrollPane.ScrollBarPolicy.AS_NEEDED
                    : javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        }
    }
}
