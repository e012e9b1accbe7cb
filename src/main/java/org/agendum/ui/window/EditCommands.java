package org.agendum.ui.window;

import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.agendum.edit.CommandStack;
import org.agendum.file.MeetingFileException;
import org.agendum.gesture.AgendaCommands;
import org.agendum.ui.tree.ItemClipboard;

/**
 * The Edit menu's commands: Undo and Redo (named after the command they revert, "Undo Move item", "Undo Edit
 * annotation"), always on the meeting's one command stack, whatever has the focus; Cut, Copy and Paste, which go to
 * the focused text editor first ({@link EditRouter}), otherwise to the selected agenda item ({@link ItemClipboard}).
 */
final class EditCommands {
    private final CommandStack stack;
    private final AgendaCommands commands;
    private final EditRouter router;
    private final ItemClipboard clipboard;
    private final Consumer<String> message;
    private final BooleanProperty pasteAvailable = new SimpleBooleanProperty(this, "pasteAvailable");

    EditCommands(CommandStack stack, AgendaCommands commands, EditRouter router, ItemClipboard clipboard,
            Consumer<String> message) {
        this.stack = stack;
        this.commands = commands;
        this.router = router;
        this.clipboard = clipboard;
        this.message = message;
    }

    /**
     * @param changes   fires on every change of the meeting or its saved state
     * @param focus     the scene's focus owner
     * @param selection the selected agenda item
     */
    void bind(Actions actions, Observable changes, Observable focus, Observable selection) {
        actions.on(AppAction.UNDO, stack::undo, Bindings.createBooleanBinding(stack::canUndo, changes));
        actions.text(AppAction.UNDO, Bindings.createStringBinding(
                () -> stack.undoLabel().map(label -> "Undo " + label).orElse("Undo"), changes));
        actions.on(AppAction.REDO, stack::redo, Bindings.createBooleanBinding(stack::canRedo, changes));
        actions.text(AppAction.REDO, Bindings.createStringBinding(
                () -> stack.redoLabel().map(label -> "Redo " + label).orElse("Redo"), changes));
        var textOrSelection = Bindings.createBooleanBinding(
                () -> router.textFocused() || commands.selected().isPresent(), focus, selection, changes);
        actions.on(AppAction.CUT, this::cut, textOrSelection)
                .on(AppAction.COPY, this::copy, textOrSelection)
                .on(AppAction.PASTE, this::paste, Bindings.createBooleanBinding(
                        () -> router.textFocused() || pasteAvailable.get(), focus, pasteAvailable));
    }

    void undo() {
        stack.undo();
    }

    void redo() {
        stack.redo();
    }

    void cut() {
        if (router.cut()) {
            return;
        }
        var items = commands.copy();
        if (!items.isEmpty()) {
            clipboard.put(stack.meeting().agenda(), items);
            commands.cut();
            refreshPaste();
        }
    }

    void copy() {
        if (router.copy()) {
            return;
        }
        var items = commands.copy();
        if (!items.isEmpty()) {
            clipboard.put(stack.meeting().agenda(), items);
            refreshPaste();
        }
    }

    void paste() {
        if (router.paste()) {
            return;
        }
        try {
            commands.paste(clipboard.items());
        } catch (MeetingFileException e) {
            message.accept(e.getMessage());
        }
    }

    /**
     * Finds out whether the clipboard holds agenda items, for Paste. The clipboard does not say when it changes, so
     * the window asks when it gets the focus back and before the Edit menu opens.
     */
    void refreshPaste() {
        pasteAvailable.set(clipboard.hasItems());
    }
}
