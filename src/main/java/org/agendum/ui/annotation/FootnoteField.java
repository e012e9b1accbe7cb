package org.agendum.ui.annotation;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import org.agendum.typography.QuoteMarks;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;
import org.agendum.ui.common.EditorStyles;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.util.UndoUtils;

/**
 * The text of one footnote, editable in place under the annotation: one paragraph of styled runs (bold, italic,
 * underline, superscript, links) with the annotation's shortcuts for them and curly quotes. Its text reaches the
 * footnote call as it is typed (the pane around it listens); Enter goes back to the annotation, Escape also puts
 * back what the footnote said when the caret came in. No undo history of its own: Ctrl+Z undoes on the meeting's
 * command stack.
 */
final class FootnoteField extends GenericStyledArea<ParStyle, String, TextStyle> {
    static final KeyCodeCombination DONE = new KeyCodeCombination(KeyCode.ENTER);
    static final KeyCodeCombination CANCEL = new KeyCodeCombination(KeyCode.ESCAPE);

    private final RunStyling styling;
    private Runnable onDone = () -> { };
    private Runnable endTypingGroup = () -> { };
    /** The text when the caret came in, for Escape. */
    private List<TextRun> atFocus = List.of();
    private boolean loading;

    FootnoteField(Supplier<QuoteMarks> quoteMarks) {
        super(ParStyle.BODY, (flow, style) -> { }, TextStyle.PLAIN, AnnotationDocuments.TEXT_OPS,
                segment -> StyledTextArea.createStyledTextNode(segment, AnnotationArea::applyRunStyle));
        getStyleClass().addAll("annotation-area", "footnote-field");
        setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT); // as the annotation area, and why
        EditorStyles.install(this);
        setWrapText(true);
        setAutoHeight(true);
        setUndoManager(UndoUtils.noOpUndoManager());
        styling = new RunStyling(this, () -> endTypingGroup.run());
        focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                atFocus = runs();
            }
        });
        TypingAids.install(this, quoteMarks);
        new TypingAids.Shortcuts(this)
                .on(AnnotationArea.BOLD, () -> styling.toggle(TextStyle::bold, TextStyle::withBold))
                .on(AnnotationArea.ITALIC, () -> styling.toggle(TextStyle::italic, TextStyle::withItalic))
                .on(AnnotationArea.UNDERLINE, () -> styling.toggle(TextStyle::underline, TextStyle::withUnderline))
                .on(AnnotationArea.SUPERSCRIPT,
                        () -> styling.toggle(TextStyle::superscript, TextStyle::withSuperscript))
                .on(DONE, () -> onDone.run())
                .on(CANCEL, () -> {
                    // typed back, as a change of the text: the footnote call follows it
                    replace(0, getLength(), AnnotationDocuments.toFootnoteDocument(atFocus));
                    onDone.run();
                });
    }

    /** Shows the footnote's text as the annotation holds it (not a change the officer made). */
    void load(List<TextRun> runs) {
        loading = true;
        try {
            replace(0, getLength(), AnnotationDocuments.toFootnoteDocument(runs));
        } finally {
            loading = false;
        }
        if (isFocused()) {
            atFocus = runs();
        }
    }

    /** True while {@link #load} replaces the text: such a change is not typing. */
    boolean isLoading() {
        return loading;
    }

    void setOnTypingGroupEnd(Runnable action) {
        endTypingGroup = action;
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
