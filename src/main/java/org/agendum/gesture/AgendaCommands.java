package org.agendum.gesture;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.agendum.edit.AddItem;
import org.agendum.edit.CommandStack;
import org.agendum.edit.CompositeEdit;
import org.agendum.edit.DeleteItem;
import org.agendum.edit.DropPosition;
import org.agendum.edit.Edit;
import org.agendum.edit.EditRejectedException;
import org.agendum.edit.MarkReviewed;
import org.agendum.edit.MoveItem;
import org.agendum.edit.RenameItem;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.ItemId;

/**
 * What each gesture on the agenda tree does to the meeting, whether it comes from a key, a menu, the toolbar or
 * a drag: one command on the stack, about the selected item. A refused command changes nothing and its message
 * goes to {@code refused} (the status bar), never a dialog or an exception. No JavaFX: plain tests cover it.
 */
public final class AgendaCommands {
    public static final String NOTHING_SELECTED = "Select an agenda item first.";

    private final CommandStack stack;
    private final ItemSelection selection;
    private final Consumer<String> refused;
    private final Consumer<String> told;

    public AgendaCommands(CommandStack stack, ItemSelection selection, Consumer<String> refused) {
        this(stack, selection, refused, refused);
    }

    /** {@code told}: what a command did, where it is worth saying (a deletion). */
    public AgendaCommands(CommandStack stack, ItemSelection selection, Consumer<String> refused,
            Consumer<String> told) {
        this.stack = stack;
        this.selection = selection;
        this.refused = refused;
        this.told = told;
    }

    private CommandStack stack() {
        return stack;
    }

    private Agenda agenda() {
        return stack().meeting().agenda();
    }

    /** The selected item, if it is still in the agenda. */
    public Optional<ItemId> selected() {
        return Optional.ofNullable(selection.selectedItem()).filter(agenda()::contains);
    }

    /** A new, untitled item after the selected one at its level (at the end when nothing is selected), selected. */
    public Optional<ItemId> addItem() {
        AgendaItem item = AgendaItem.titled("");
        Optional<ItemId> after = selected();
        Edit edit = after.map(id -> {
            Agenda.Location at = agenda().locate(id).orElseThrow();
            return (Edit) new AddItem(at.parent(), at.index() + 1, item);
        }).orElseGet(() -> new AddItem(null, agenda().items().size(), item));
        return added(edit, item.id());
    }

    /** A new, untitled item as the last sub-item of the selected one, selected. */
    public Optional<ItemId> addSubItem() {
        Optional<ItemId> parent = selected();
        if (parent.isEmpty()) {
            refused.accept(NOTHING_SELECTED);
            return Optional.empty();
        }
        AgendaItem item = AgendaItem.titled("");
        return added(new AddItem(parent.get(), agenda().childrenOf(parent.get()).size(), item), item.id());
    }

    /**
     * Deletes the selected item with its sub-items and their entries in the organization of work, one undo step, and
     * says what went ({@link DeletedItem}).
     */
    public boolean delete() {
        Optional<ItemId> id = selected();
        String what = id.filter(agenda()::contains).map(i -> DeletedItem.describe(stack().meeting(), i)).orElse("");
        boolean deleted = onSelected(i -> new DeleteItem(i, true));
        if (deleted) {
            told.accept(what);
        }
        return deleted;
    }

    /** Sets an item's title as one undo step of its own (a rename in the tree never merges with earlier typing). */
    public boolean rename(ItemId id, String title) {
        stack().preventMerge();
        return run(() -> new RenameItem(id, title));
    }

    /** A keystroke of a rename in place: merges with the rename's earlier keystrokes into one step. */
    public boolean renameTyping(ItemId id, String title) {
        return run(() -> new RenameItem(id, title));
    }

    /** Takes the review mark off the selected item without changing it (one undoable step; none if not marked). */
    public boolean markReviewed() {
        return onSelected(MarkReviewed::new);
    }

    public boolean moveUp() {
        return onSelected(id -> MoveItem.up(agenda(), id));
    }

    public boolean moveDown() {
        return onSelected(id -> MoveItem.down(agenda(), id));
    }

    public boolean indent() {
        return onSelected(id -> MoveItem.indent(agenda(), id));
    }

    public boolean outdent() {
        return onSelected(id -> MoveItem.outdent(agenda(), id));
    }

    /** A dragged item dropped before, into or after another. */
    public boolean drop(ItemId dragged, ItemId target, DropPosition position) {
        return run(() -> MoveItem.relativeTo(agenda(), dragged, target, position));
    }

    /** A move decided elsewhere (a drop whose target the tree worked out). */
    public boolean move(MoveItem move) {
        return run(() -> move);
    }

    /** The selected item with everything below it, for the clipboard; empty (and said) when nothing is selected. */
    public List<AgendaItem> copy() {
        Optional<ItemId> id = selected();
        if (id.isEmpty()) {
            refused.accept(NOTHING_SELECTED);
            return List.of();
        }
        return List.of(agenda().get(id.get()));
    }

    /**
     * Removes the selected item for a paste elsewhere. Its entries in the organization of work stay, so that cut
     * and paste in the same meeting is a move that keeps the item scheduled; until it is pasted, validation lists
     * those entries. One undo step, "Cut item".
     */
    public boolean cut() {
        return onSelected(id -> new CompositeEdit("Cut item", List.of(new DeleteItem(id, false))));
    }

    /**
     * Inserts the items after the selected one, at its level (at the end when nothing is selected), as one undo
     * step. Items whose id is already used in this agenda (a copy pasted into its own meeting) get fresh ids.
     * Selects the first pasted item.
     */
    public Optional<ItemId> paste(List<AgendaItem> items) {
        if (items.isEmpty()) {
            refused.accept("The clipboard holds no agenda items.");
            return Optional.empty();
        }
        List<AgendaItem> fresh = FreshIds.renew(items, agenda().allIds());
        ItemId parent = null;
        int index = agenda().items().size();
        Optional<ItemId> after = selected();
        if (after.isPresent()) {
            Agenda.Location at = agenda().locate(after.get()).orElseThrow();
            parent = at.parent();
            index = at.index() + 1;
        }
        List<Edit> adds = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            adds.add(new AddItem(parent, index + i, fresh.get(i)));
        }
        String label = fresh.size() == 1 ? "Paste item" : "Paste " + fresh.size() + " items";
        return added(new CompositeEdit(label, adds), fresh.get(0).id());
    }

    private Optional<ItemId> added(Edit edit, ItemId id) {
        if (!run(() -> edit)) {
            return Optional.empty();
        }
        selection.select(id);
        return Optional.of(id);
    }

    private boolean onSelected(java.util.function.Function<ItemId, Edit> edit) {
        Optional<ItemId> id = selected();
        if (id.isEmpty()) {
            refused.accept(NOTHING_SELECTED);
            return false;
        }
        return run(() -> edit.apply(id.get()));
    }

    /** Builds and executes the edit; a refusal (from the factory or from the edit) is told, not thrown. */
    private boolean run(Supplier<Edit> edit) {
        try {
            long before = stack().revision();
            stack().execute(edit.get());
            return stack().revision() != before;
        } catch (EditRejectedException e) {
            refused.accept(e.getMessage());
            return false;
        }
    }
}
