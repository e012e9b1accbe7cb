package org.agendum.ui.common;

/**
 * An editor with an undo history of its own, such as the annotation pane while text is being typed. When it (or
 * a node inside it) has the keyboard focus, Edit ▸ Undo and Edit ▸ Redo, the toolbar buttons and Ctrl+Z / Ctrl+Y
 * go to it first; only when it answers {@code false} (nothing of its own to undo) do they go to the meeting's
 * command stack.
 *
 * <p>How the window finds it: from the scene's focus owner up through its parents, the first node that implements
 * this interface. So the annotation pane implements it on its root node or on the text area itself. Before that,
 * without any code in the pane: a focused {@link javafx.scene.control.TextInputControl} or RichTextFX area
 * ({@link org.fxmisc.richtext.UndoActions}) that can undo is asked first, so the menu does what Ctrl+Z does there.
 * See the window's {@code EditRouter}.
 */
public interface FocusedUndo {
    /** Undoes the editor's own last change; {@code false} when it has nothing to undo. */
    boolean undo();

    /** Redoes the editor's own last undone change; {@code false} when it has nothing to redo. */
    boolean redo();
}
