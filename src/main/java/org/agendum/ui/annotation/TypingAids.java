package org.agendum.ui.annotation;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.IndexRange;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import java.util.function.Supplier;
import org.agendum.typography.QuoteMarks;
import org.agendum.typography.Quotes;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * What both rich-text areas do while the officer types: a straight quote becomes the quotation mark of the
 * document's language ({@link Quotes#typed}: “ ” in English, « » with no-break spaces in French); control characters (from shortcuts the area does not know) are never inserted.
 */
final class TypingAids {
    private TypingAids() {
    }

    static void install(GenericStyledArea<?, ?, ?> area, Supplier<QuoteMarks> marks) {
        area.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            String typed = event.getCharacter();
            if (typed.length() != 1 || event.isControlDown() || event.isMetaDown()) {
                if (typed.length() == 1 && Character.isISOControl(typed.charAt(0))) {
                    event.consume();
                }
                return;
            }
            char c = typed.charAt(0);
            if ((c == '"' || c == '\'') && area.isEditable()) {
                event.consume();
                IndexRange selection = area.getSelection();
                int[] at = position(area, selection.getStart());
                String before = area.getText(at[0]).substring(0, at[1]);
                Quotes.Insertion insertion = Quotes.typed(before, c, marks.get());
                area.selectRange(selection.getStart() - insertion.replaced(), selection.getEnd());
                area.replaceSelection(insertion.text());
                area.requestFollowCaret();
            }
        });
    }

    /**
     * Keyboard shortcuts of an area, ahead of its own key handling. The character event that follows a shortcut
     * (Ctrl+Alt+F types an "f" on some systems) is swallowed, so that a shortcut never also inserts text.
     */
    static final class Shortcuts {
        private final Map<KeyCombination, Runnable> actions = new LinkedHashMap<>();
        private boolean swallowTyped;

        Shortcuts(GenericStyledArea<?, ?, ?> area) {
            area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
                for (Map.Entry<KeyCombination, Runnable> entry : actions.entrySet()) {
                    if (entry.getKey().match(event)) {
                        event.consume();
                        swallowTyped = true;
                        entry.getValue().run();
                        return;
                    }
                }
                swallowTyped = false;
            });
            area.addEventFilter(KeyEvent.KEY_TYPED, event -> {
                if (swallowTyped) {
                    event.consume();
                }
            });
            area.addEventFilter(KeyEvent.KEY_RELEASED, event -> swallowTyped = false);
        }

        Shortcuts on(KeyCombination keys, Runnable action) {
            actions.put(keys, action);
            return this;
        }
    }

    /** Paragraph and column of a character offset; an offset at a paragraph's end belongs to that paragraph. */
    static int[] position(GenericStyledArea<?, ?, ?> area, int offset) {
        int start = 0;
        var paragraphs = area.getParagraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            int length = paragraphs.get(i).length();
            if (offset <= start + length) {
                return new int[] {i, Math.max(0, offset - start)};
            }
            start += length + 1;
        }
        int last = paragraphs.size() - 1;
        return new int[] {last, paragraphs.get(last).length()};
    }
}
