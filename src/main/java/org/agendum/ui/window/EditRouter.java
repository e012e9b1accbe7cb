package org.agendum.ui.window;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import org.agendum.ui.common.FocusedUndo;
import org.fxmisc.richtext.ClipboardActions;
import org.fxmisc.richtext.UndoActions;

/**
 * Where Edit ▸ Undo, Redo, Cut, Copy and Paste go: to the editor that has the keyboard focus when there is one,
 * so that the menu and the toolbar do what the keys do there; otherwise the window acts on the meeting (its
 * command stack, the selected agenda item). For undo the order is: a {@link FocusedUndo} among the focus owner
 * and its parents, then a text field or RichTextFX area that can undo.
 */
final class EditRouter {
    private final Supplier<Node> focusOwner;

    EditRouter(Supplier<Node> focusOwner) {
        this.focusOwner = focusOwner;
    }

    /** Whether an editor has the focus, so that Undo and the clipboard commands go to it first. */
    boolean editorFocused() {
        Node focus = focusOwner.get();
        return focusedUndo(focus) != null || focus instanceof TextInputControl || focus instanceof UndoActions;
    }

    /** Whether a text editor has the focus, so that Cut, Copy and Paste act on its text. */
    boolean textFocused() {
        Node focus = focusOwner.get();
        return focus instanceof TextInputControl || focus instanceof ClipboardActions;
    }

    /** Undoes in the focused editor; false when none has anything to undo (the meeting's stack then does). */
    boolean undo() {
        Node focus = focusOwner.get();
        FocusedUndo editor = focusedUndo(focus);
        if (editor != null) {
            return editor.undo();
        }
        if (focus instanceof TextInputControl text && text.isUndoable()) {
            text.undo();
            return true;
        }
        if (focus instanceof UndoActions area && area.isUndoAvailable()) {
            area.undo();
            return true;
        }
        return false;
    }

    boolean redo() {
        Node focus = focusOwner.get();
        FocusedUndo editor = focusedUndo(focus);
        if (editor != null) {
            return editor.redo();
        }
        if (focus instanceof TextInputControl text && text.isRedoable()) {
            text.redo();
            return true;
        }
        if (focus instanceof UndoActions area && area.isRedoAvailable()) {
            area.redo();
            return true;
        }
        return false;
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

    private static FocusedUndo focusedUndo(Node focus) {
        for (Node node = focus; node != null; node = node.getParent()) {
            if (node instanceof FocusedUndo editor) {
                return editor;
            }
        }
        return null;
    }
}
