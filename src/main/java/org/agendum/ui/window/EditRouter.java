package org.agendum.ui.window;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import org.fxmisc.richtext.ClipboardActions;

/**
 * Where Edit ▸ Cut, Copy and Paste go: to the text editor that has the keyboard focus when there is one, so that the
 * menu and the toolbar do what the keys do there; otherwise the window acts on the selected agenda item. Undo and
 * Redo need no routing: every editor's typing is on the meeting's one command stack.
 */
final class EditRouter {
    private final Supplier<Node> focusOwner;

    EditRouter(Supplier<Node> focusOwner) {
        this.focusOwner = focusOwner;
    }

    /** Whether a text editor has the focus, so that Cut, Copy and Paste act on its text. */
    boolean textFocused() {
        Node focus = focusOwner.get();
        return focus instanceof TextInputControl || focus instanceof ClipboardActions;
    }

    /** Cuts the focused editor's selected text; false when no text editor has the focus. */
    boolean cut() {
        Node focus = focusOwner.get();
        if (focus instanceof TextInputControl text) {
            text.cut();
            return true;
        }
        if (focus instanceof ClipboardActions<?, ?, ?> area) {
            area.cut();
            return true;
        }
        return false;
    }

    boolean copy() {
        Node focus = focusOwner.get();
        if (focus instanceof TextInputControl text) {
            text.copy();
            return true;
        }
        if (focus instanceof ClipboardActions<?, ?, ?> area) {
            area.copy();
            return true;
        }
        return false;
    }

    boolean paste() {
        Node focus = focusOwner.get();
        if (focus instanceof TextInputControl text) {
            text.paste();
            return true;
        }
        if (focus instanceof ClipboardActions<?, ?, ?> area) {
            area.paste();
            return true;
        }
        return false;
    }
}
