package org.agendum.ui.common;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.agendum.edit.CommandStack;

/**
 * Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) in the editors' plain fields. Their typing is already on the meeting's command
 * stack (each keystroke one merging edit), so a field's own text undo would only fight it: these keys undo and redo
 * the stack instead, as the Edit menu does.
 */
public final class CommandKeys {
    public static final KeyCodeCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCodeCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCodeCombination REDO_ALT =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private CommandKeys() {
    }

    public static boolean isUndo(KeyEvent event) {
        return UNDO.match(event);
    }

    public static boolean isRedo(KeyEvent event) {
        return REDO.match(event) || REDO_ALT.match(event);
    }

    /** Routes the undo and redo keys pressed in {@code field} to {@code stack}. */
    public static void routeToStack(Node field, CommandStack stack) {
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (isUndo(event)) {
                event.consume();
                stack.undo();
            } else if (isRedo(event)) {
                event.consume();
                stack.redo();
            }
        });
    }
}
