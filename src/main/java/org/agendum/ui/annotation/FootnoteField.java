package org.agendum.ui.annotation;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;
import org.agendum.ui.common.EditorStyles;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.StyledTextArea;

/**
 * The text of one footnote, editable in place under the annotation: one paragraph of styled runs (bold, italic,
 * underline, superscript, links) with the annotation's shortcuts for them and curly quotes. Enter hands the text
 * back to the footnote call (as does leaving the field); Escape puts back what the footnote said.
 */
final class FootnoteField extends GenericStyledArea<ParStyle, String, TextStyle> {
    static final KeyCodeCombination DONE = new KeyCodeCombination(KeyCode.ENTER);
    static final KeyCodeCombination CANCEL = new KeyCodeCombination(KeyCode.ESCAPE);

    private final RunStyling styling;
    private Runnable onDone = () -> { };
    private List<TextRun> loaded = List.of();

    FootnoteField() {
        super(ParStyle.BODY, (flow, style) -> { }, TextStyle.PLAIN, AnnotationDocuments.TEXT_OPS,
                segment -> StyledTextArea.createStyledTextNode(segment, AnnotationArea::applyRunStyle));
        getStyleClass().addAll("annotation-area", "footnote-field");
        EditorStyles.install(this);
        setWrapText(true);
        setAutoHeight(true);
        styling = new RunStyling(this);
        TypingAids.install(this);
        new TypingAids.Shortcuts(this)
                .on(AnnotationArea.BOLD, () -> styling.toggle(TextStyle::bold, TextStyle::withBold))
                .on(AnnotationArea.ITALIC, () -> styling.toggle(TextStyle::italic, TextStyle::withItalic))
                .on(AnnotationArea.UNDERLINE, () -> styling.toggle(TextStyle::underline, TextStyle::withUnderline))
                .on(AnnotationArea.SUPERSCRIPT,
                        () -> styling.toggle(TextStyle::superscript, TextStyle::withSuperscript))
                .on(DONE, () -> onDone.run())
                .on(CANCEL, () -> {
                    load(loaded);
                    onDone.run();
                });
    }

    void load(List<TextRun> runs) {
        loaded = List.copyOf(runs);
        replace(0, getLength(), AnnotationDocuments.toFootnoteDocument(runs));
        getUndoManager().forgetHistory();
    }

    List<TextRun> runs() {
        return AnnotationDocuments.toFootnoteRuns(getDocument());
    }

    RunStyling styling() {
        return styling;
    }

    void setOnDone(Runnable action) {
        onDone = action;
    }
}
