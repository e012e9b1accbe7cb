package org.agendum.ui.common;

import javafx.scene.control.IndexRange;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import org.agendum.typography.Quotes;

/**
 * Straight quotes typed into a plain text field become the curly ones the Editorial Manual requires (a title, a
 * document's description "entitled “…”"), as they do in the annotation. Not for symbol fields.
 */
public final class CurlyQuotes {
    private CurlyQuotes() {
    }

    public static <T extends TextInputControl> T install(T field) {
        field.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            String typed = event.getCharacter();
            if (field.isEditable() && !event.isControlDown() && !event.isMetaDown()
                    && (typed.equals("\"") || typed.equals("'"))) {
                event.consume();
                IndexRange selection = field.getSelection();
                String before = field.getText().substring(0, selection.getStart());
                field.replaceSelection(String.valueOf(Quotes.forTypedQuote(before, typed.charAt(0))));
            }
        });
        return field;
    }
}
