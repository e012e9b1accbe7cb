package org.agendum.ui;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

/**
 * An item's annotation, read-only (id {@code annotationView}): a text flow per paragraph, subparagraphs with
 * their label in a hanging indent, and the footnotes under a short rule.
 */
final class AnnotationView extends VBox {
    private final Consumer<String> openLink;

    AnnotationView(Consumer<String> openLink) {
        this.openLink = openLink;
        setId("annotationView");
        getStyleClass().addAll("annotation", "document-text");
    }

    void show(AnnotationLayout layout) {
        getChildren().clear();
        if (layout.isEmpty()) {
            Label none = new Label("No annotation.");
            none.getStyleClass().add("placeholder");
            getChildren().add(none);
            return;
        }
        layout.paragraphs().forEach(block -> getChildren().add(paragraph(block)));
        if (!layout.footnotes().isEmpty()) {
            getChildren().add(footnotes(layout));
        }
    }

    private Node paragraph(AnnotationLayout.Block block) {
        TextFlow flow = RichTextNodes.flow(block.segments(), openLink);
        flow.getStyleClass().add("paragraph");
        if (block.level() == 0) {
            return flow;
        }
        return hanging(block.label(), "subparagraph-label", flow, "subparagraph", "level-" + block.level());
    }

    private Node footnotes(AnnotationLayout layout) {
        VBox box = new VBox();
        box.getStyleClass().add("footnotes");
        Region rule = new Region();
        rule.getStyleClass().add("footnote-rule");
        box.getChildren().add(rule);
        for (AnnotationLayout.Footnote footnote : layout.footnotes()) {
            TextFlow flow = RichTextNodes.flow(footnote.segments(), openLink);
            flow.getStyleClass().add("footnote-text");
            box.getChildren().add(hanging(Integer.toString(footnote.number()), "footnote-number", flow, "footnote"));
        }
        return box;
    }

    /** A label in its own column and text whose lines all start after it. */
    private static HBox hanging(String label, String labelStyle, TextFlow flow, String... rowStyles) {
        Label mark = new Label(label);
        mark.getStyleClass().add(labelStyle);
        mark.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(mark, flow);
        row.setAlignment(Pos.BASELINE_LEFT);
        row.getStyleClass().addAll(rowStyles);
        HBox.setHgrow(flow, Priority.ALWAYS);
        return row;
    }
}
