package org.agendum.ui.annotation;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.IndexRange;
import org.agendum.model.TextStyle;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * Character formatting for a rich-text area whose style is {@link TextStyle} (the annotation and a footnote's text):
 * toggles on the selection, or, with nothing selected, for the text typed next (as in Word); and the style new text
 * takes: that of the text before the caret, except that typing at the edge of a link does not extend the link.
 * Every change of formatting is its own undo step: it ends the typing group before and after it.
 */
final class RunStyling {
    private final GenericStyledArea<?, ?, TextStyle> area;
    private final Runnable endTypingGroup;
    private final ReadOnlyObjectWrapper<TextStyle> shown = new ReadOnlyObjectWrapper<>(this, "shown", TextStyle.PLAIN);
    private TextStyle pending;
    private int pendingPosition = -1;

    /** {@code endTypingGroup}: closes the command stack's current typing step (a change of style is a step of its own). */
    RunStyling(GenericStyledArea<?, ?, TextStyle> area, Runnable endTypingGroup) {
        this.area = area;
        this.endTypingGroup = endTypingGroup;
        area.caretPositionProperty().addListener(obs -> refresh());
        area.selectionProperty().addListener(obs -> refresh());
        area.multiRichChanges().subscribe(changes -> refresh());
        refresh();
    }

    /** What the toolbar shows: the style all of the selection shares, or the style of the text typed next. */
    ReadOnlyObjectProperty<TextStyle> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Bold, italic, underline or superscript on when any of the selection lacks it, else off. */
    void toggle(Predicate<TextStyle> has, BiFunction<TextStyle, Boolean, TextStyle> set) {
        IndexRange selection = area.getSelection();
        if (selection.getLength() == 0) {
            TextStyle next = insertionStyle();
            pending = set.apply(next, !has.test(next));
            pendingPosition = area.getCaretPosition();
            area.setTextInsertionStyle(pending);
            shown.set(pending);
            return;
        }
        boolean all = area.getStyleSpans(selection).styleStream().allMatch(has);
        apply(selection, style -> set.apply(style, !all));
    }

    /** Changes the style of {@code range} as one undo step of its own. */
    void apply(IndexRange range, UnaryOperator<TextStyle> change) {
        if (range.getLength() == 0) {
            return;
        }
        StyleSpans<TextStyle> spans = area.getStyleSpans(range);
        endTypingGroup.run();
        area.setStyleSpans(range.getStart(), spans.mapStyles(change));
        endTypingGroup.run();
        refresh();
    }

    /** The style the next typed character gets. */
    TextStyle insertionStyle() {
        TextStyle style = area.getTextInsertionStyle();
        return style == null ? natural() : style;
    }

    private void refresh() {
        if (pending != null && area.getCaretPosition() != pendingPosition) {
            pending = null;
        }
        TextStyle next = pending != null ? pending : natural();
        area.setTextInsertionStyle(next);
        IndexRange selection = area.getSelection();
        shown.set(selection.getLength() == 0 ? next : shared(area.getStyleSpans(selection)));
    }

    /** The style of the text before the caret (footnote calls skipped), without a link the caret only touches. */
    private TextStyle natural() {
        int paragraph = area.getCurrentParagraph();
        int column = area.getCaretColumn();
        String text = area.getText(paragraph);
        int before = Math.min(column, text.length()) - 1;
        while (before >= 0 && text.charAt(before) == FootnoteSegment.CHARACTER) {
            before--;
        }
        TextStyle style;
        if (before >= 0) {
            style = area.getStyleOfChar(paragraph, before);
        } else {
            int after = column;
            while (after < text.length() && text.charAt(after) == FootnoteSegment.CHARACTER) {
                after++;
            }
            style = after < text.length() ? area.getStyleOfChar(paragraph, after)
                    : area.getStyleAtPosition(paragraph, Math.min(column, text.length()));
        }
        if (style == null) {
            return TextStyle.PLAIN;
        }
        if (style.isLink()) {
            boolean inside = before >= 0 && column < text.length()
                    && Objects.equals(area.getStyleOfChar(paragraph, column).link(), style.link());
            if (!inside) {
                style = style.withLink(null);
            }
        }
        return style;
    }

    private static TextStyle shared(StyleSpans<TextStyle> spans) {
        boolean bold = spans.styleStream().allMatch(TextStyle::bold);
        boolean italic = spans.styleStream().allMatch(TextStyle::italic);
        boolean underline = spans.styleStream().allMatch(TextStyle::underline);
        boolean superscript = spans.styleStream().allMatch(TextStyle::superscript);
        String link = spans.styleStream().map(TextStyle::link).distinct().count() == 1
                ? spans.getStyleSpan(0).getStyle().link() : null;
        return new TextStyle(bold, italic, underline, superscript, link);
    }
}
