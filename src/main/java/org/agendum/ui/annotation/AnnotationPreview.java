package org.agendum.ui.annotation;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Inline;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.TextRun;
import org.agendum.typography.LanguageNumbering;
import org.agendum.ui.common.EditorStyles;

/**
 * An annotation as the window's first frame shows it, before its rich-text editor is built ({@link AnnotationPane}):
 * the formatting bar's strip, then the first paragraphs as text flows styled as the area styles them (document
 * font, runs, links, subparagraph labels, footnote calls). It edits nothing and lives a moment.
 */
final class AnnotationPreview extends VBox {
    /** More text than a window's height shows: the rest is never seen before the editor takes over. */
    static final int MOST_CHARACTERS = 5000;
    /** The area's line pitch, measured (its paragraphs' 3px of line spacing, and what RichTextFX adds). */
    private static final double LINE_SPACING = 4.7;

    AnnotationPreview(RichText text, int firstFootnote, LanguageNumbering labelForms) {
        getStyleClass().addAll("annotation-editor", "annotation-preview");
        EditorStyles.install(this);
        Region bar = new Region();
        bar.getStyleClass().addAll("editor-toolbar", "annotation-preview-bar");
        VBox page = new VBox();
        // the area's own style class: its padding, font size and colours
        page.getStyleClass().addAll("annotation-area", "annotation-preview-page");
        page.setStyle(EditorStyles.documentFontStyle());
        if (text.isEmpty()) {
            Label placeholder = new Label(AnnotationEditor.PLACEHOLDER);
            placeholder.getStyleClass().add("area-placeholder");
            page.getChildren().add(placeholder);
        } else {
            page.getChildren().addAll(paragraphs(text, firstFootnote, labelForms));
        }
        // the text beyond the pane's height is cut off, as the area scrolls it out of view
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(page.widthProperty());
        clip.heightProperty().bind(page.heightProperty());
        page.setClip(clip);
        page.setMinHeight(0);
        VBox.setVgrow(page, Priority.ALWAYS);
        getChildren().addAll(bar, page);
    }

    private static List<Node> paragraphs(RichText text, int firstFootnote, LanguageNumbering labelForms) {
        List<String> labels = SubparagraphLabels.of(text, labelForms);
        List<Node> nodes = new ArrayList<>();
        int footnote = firstFootnote;
        int characters = 0;
        for (int i = 0; i < text.paragraphs().size() && characters < MOST_CHARACTERS; i++) {
            Paragraph paragraph = text.paragraphs().get(i);
            TextFlow flow = new TextFlow();
            flow.setLineSpacing(LINE_SPACING);
            for (Inline inline : paragraph.inlines()) {
                if (inline instanceof TextRun run) {
                    flow.getChildren().add(segment(run));
                    characters += run.text().length();
                } else if (inline instanceof FootnoteMark) {
                    Text call = new Text(Integer.toString(footnote++));
                    call.getStyleClass().addAll("segment", "superscript", "link");
                    flow.getChildren().add(call);
                }
            }
            if (paragraph.level() == 0) {
                nodes.add(flow);
            } else {
                Label label = new Label(labels.get(i));
                label.getStyleClass().addAll("subparagraph-label", "level-" + paragraph.level());
                label.setMinWidth(Label.USE_PREF_SIZE);
                HBox.setHgrow(flow, Priority.ALWAYS);
                nodes.add(new HBox(label, flow));
            }
        }
        return nodes;
    }

    private static Text segment(TextRun run) {
        Text text = new Text(run.text());
        text.getStyleClass().add("segment");
        text.getStyleClass().addAll(StyleClasses.of(run.style()));
        return text;
    }
}
