package org.agendum.ui.annotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.agendum.model.FootnoteMark;
import org.agendum.model.TextRun;
import org.agendum.ui.common.Icons;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The footnotes of the annotation under its text, as on the page (id {@code footnotesPane}): each footnote's number
 * and its text in a small rich-text field, whose every change goes straight into the footnote call in the
 * annotation (and so onto the command stack with the annotation's other typing). Rows are kept and refilled, never
 * rebuilt, so that the focus survives a change of numbering.
 */
final class FootnotesPane extends VBox {
    private final AnnotationArea area;
    private final List<Row> rows = new ArrayList<>();
    private final Region rule = new Region();
    private Runnable onStyleShown = () -> { };

    FootnotesPane(AnnotationArea area) {
        this.area = area;
        setId("footnotesPane");
        getStyleClass().add("footnotes-pane");
        rule.getStyleClass().add("footnote-rule");
        getChildren().add(rule);
        area.numberingProperty().addListener(obs -> sync());
        area.firstFootnoteNumberProperty().addListener(obs -> sync());
        sync();
    }

    /** Told when the style at a footnote field's caret changes (the toolbar shows it). */
    void setOnStyleShown(Runnable action) {
        onStyleShown = action;
    }

    /** Puts the caret into the footnote's text field. */
    void open(FootnoteSegment footnote) {
        sync();
        rows.stream().filter(row -> row.footnote == footnote).findFirst().ifPresent(row -> {
            row.field.requestFocus();
            row.field.moveTo(row.field.getLength());
        });
    }

    /** The footnote field with the focus, if any. */
    Optional<FootnoteField> focusedField() {
        return rows.stream().map(row -> row.field).filter(FootnoteField::isFocused).findFirst();
    }

    /** Shows every footnote's text as the annotation holds it, even in a field being edited (a fresh load). */
    void reloadAll() {
        sync();
        rows.forEach(row -> row.field.load(row.footnote.mark().text()));
    }

    List<FootnoteField> fields() {
        return rows.stream().map(row -> row.field).toList();
    }

    private void sync() {
        List<FootnoteSegment> footnotes = area.footnotes();
        while (rows.size() > footnotes.size()) {
            Row removed = rows.remove(rows.size() - 1);
            getChildren().remove(removed);
        }
        while (rows.size() < footnotes.size()) {
            Row row = new Row();
            rows.add(row);
            getChildren().add(row);
        }
        for (int i = 0; i < footnotes.size(); i++) {
            rows.get(i).show(footnotes.get(i), area.footnoteNumber(footnotes.get(i)));
        }
        boolean any = !footnotes.isEmpty();
        setVisible(any);
        setManaged(any);
    }

    private final class Row extends HBox {
        private final Label number = new Label();
        private final FootnoteField field = new FootnoteField(area::quoteMarks);
        private FootnoteSegment footnote;

        Row() {
            getStyleClass().add("footnote-row");
            setAlignment(Pos.TOP_LEFT);
            number.getStyleClass().add("footnote-number");
            number.setMinWidth(Region.USE_PREF_SIZE);
            Button remove = Icons.tool(new Button(), Material2MZ.REMOVE_CIRCLE_OUTLINE, "Remove this footnote", null);
            remove.getStyleClass().add("footnote-remove");
            remove.setOnAction(event -> {
                if (footnote != null) {
                    area.removeFootnote(footnote);
                }
            });
            HBox.setHgrow(field, Priority.ALWAYS);
            field.setMaxWidth(Double.MAX_VALUE);
            getChildren().addAll(number, field, remove);
            field.styling().shownProperty().addListener(obs -> onStyleShown.run());
            field.setOnTypingGroupEnd(area::endTypingGroup);
            field.multiRichChanges().subscribe(changes -> {
                if (!field.isLoading()) {
                    typed();
                }
            });
            field.setOnDone(() -> {
                int offset = footnote == null ? -1 : area.offsetOf(footnote);
                area.requestFocus();
                if (offset >= 0) {
                    area.moveTo(offset + 1);
                    area.requestFollowCaret();
                }
            });
        }

        void show(FootnoteSegment next, int numberInDocument) {
            number.setText(Integer.toString(numberInDocument));
            field.setAccessibleText("Footnote " + numberInDocument);
            field.setId("footnoteField" + numberInDocument);
            boolean changed = footnote != next;
            footnote = next;
            List<TextRun> runs = next.mark().text();
            if (changed && !field.isFocused() && !field.runs().equals(runs)) {
                field.load(runs);
            }
        }

        /** The field's text goes into the footnote call at once. */
        private void typed() {
            if (footnote == null || area.offsetOf(footnote) < 0) {
                return;
            }
            List<TextRun> runs = field.runs();
            if (!runs.equals(footnote.mark().text())) {
                footnote = area.replaceFootnote(footnote, new FootnoteMark(runs));
            }
        }
    }
}
