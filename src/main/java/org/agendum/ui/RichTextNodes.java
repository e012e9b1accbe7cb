package org.agendum.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.Cursor;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Turns segments into read-only JavaFX text: a {@link TextFlow} of {@link Text} nodes styled by agendum.css. */
final class RichTextNodes {
    /** How far a superscript is raised, as a share of its own font size. */
    private static final double SUPERSCRIPT_RISE = 0.55;

    private RichTextNodes() {
    }

    static TextFlow flow(List<Segment> segments, Consumer<String> openLink) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("rich-text");
        segments.forEach(segment -> flow.getChildren().add(text(segment, openLink)));
        return flow;
    }

    static Text text(Segment segment, Consumer<String> openLink) {
        Text text = new Text(segment.text());
        text.getStyleClass().addAll(segment.styleClasses());
        if (segment.style().superscript()) {
            // TextFlow has no baseline shift: raise the (smaller) glyphs without changing the line's layout
            text.translateYProperty().bind(Bindings.createDoubleBinding(
                    () -> -text.getFont().getSize() * SUPERSCRIPT_RISE, text.fontProperty()));
        }
        String link = segment.link();
        if (link != null) {
            text.setCursor(Cursor.HAND);
            Tooltip.install(text, new Tooltip(link));
            text.setOnMouseClicked(event -> openLink.accept(link));
        }
        return text;
    }
}
