package org.agendum.ui.common;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.control.IndexRange;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import org.agendum.typography.QuoteMarks;
import org.agendum.typography.Quotes;

/**
 * Straight quotes typed into a plain text field become the quotation marks of the document's language (a title, a
 * document's description "entitled “…”", « … » in a French version), as they do in the annotation. Not for symbol
 * fields.
 */
public final class CurlyQuotes {
    private CurlyQuotes() {
    }

    /** With the marks {@code marks} gives at each keystroke (the version's language may change meanwhile). */
    public static <T extends TextInputControl> T install(T field, Supplier<QuoteMarks> marks) {
        Objects.requireNonNull(marks, "marks");
        field.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            String typed = event.getCharacter();
            if (field.isEditable() && !event.isControlDown() && !event.isMetaDown()
                    && (typed.equals("\"") || typed.equals("'"))) {
                event.consume();
                IndexRange selection = field.getSelection();
                String before = field.getText().substring(0, selection.getStart());
                Quotes.Insertion insertion = Quotes.typed(before, typed.charAt(0), marks.get());
                field.selectRange(selection.getStart() - insertion.replaced(), selection.getEnd());
                field.replaceSelection(insertion.text());
            }
        });
        return field;
    }
}
