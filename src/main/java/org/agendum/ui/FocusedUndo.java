package org.agendum.ui;

/**
 * A pane with an undo history of its own (the annotation pane while the officer types). Edit ▸ Undo and Ctrl+Z ask
 * the focused pane first; when it answers false, the command goes to the meeting's command stack.
 */
public interface FocusedUndo {
    /** Undoes the pane's last local change; false when the pane has none (or does not hold the focus). */
    boolean undo();

    /** Redoes the pane's last undone local change; false when the pane has none (or does not hold the focus). */
    boolean redo();
}
