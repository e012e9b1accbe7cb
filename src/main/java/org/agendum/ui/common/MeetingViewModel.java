package org.agendum.ui.common;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.agendum.edit.CommandStack;
import org.agendum.edit.MeetingChange;
import org.agendum.gesture.ItemSelection;
import org.agendum.model.Agenda;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.validation.MeetingValidator;
import org.agendum.validation.Problem;
import org.agendum.validation.Target;

/**
 * The state of one meeting's window: the meeting as the command stack last announced it, the selected
 * item and the validation problems (the file and the title are the session's {@code DocumentState}'s). Views bind to it;
 * edits go through {@link #commandStack()}. Use it on the FX thread only.
 */
public final class MeetingViewModel implements ItemSelection {
    private final CommandStack stack;
    private final ReadOnlyObjectWrapper<Meeting> meeting;
    private final ObjectProperty<ItemId> selectedItem = new SimpleObjectProperty<>(this, "selectedItem");
    private final ReadOnlyObjectWrapper<List<Problem>> problems = new ReadOnlyObjectWrapper<>(this, "problems");
    private static final System.Logger LOG = System.getLogger(MeetingViewModel.class.getName());
    private final Consumer<MeetingChange> listener = this::changed;

    public MeetingViewModel(CommandStack stack) {
        this(stack, true);
    }

    /**
     * With {@code checkNow} false the meeting is not validated yet: its problems are null until {@link #check()} or
     * the first change (a window's start checks once its first frame is up, which does not need them).
     */
    public MeetingViewModel(CommandStack stack, boolean checkNow) {
        this.stack = Objects.requireNonNull(stack, "stack");
        this.meeting = new ReadOnlyObjectWrapper<>(this, "meeting", stack.meeting());
        if (checkNow) {
            refreshDerived(stack.meeting());
        }
        selectedItem.set(firstItem(stack.meeting().agenda()));
        stack.addListener(listener);
    }

    public CommandStack commandStack() {
        return stack;
    }

    public ReadOnlyObjectProperty<Meeting> meetingProperty() {
        return meeting.getReadOnlyProperty();
    }

    public Meeting meeting() {
        return meeting.get();
    }

    /** The item the tree selects and the item editor shows; null when the agenda is empty. */
    public ObjectProperty<ItemId> selectedItemProperty() {
        return selectedItem;
    }

    @Override
    public ItemId selectedItem() {
        return selectedItem.get();
    }

    @Override
    public void select(ItemId id) {
        selectedItem.set(id);
    }

    /** The meeting's problems; null only while a window starts, before {@link #check()}. */
    public ReadOnlyObjectProperty<List<Problem>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** The meeting's problems, checked now if they have not been yet. */
    public List<Problem> problems() {
        check();
        return problems.get();
    }

    /** Validates the meeting if it has not been yet (see {@link #MeetingViewModel(CommandStack, boolean)}). */
    public void check() {
        if (problems.get() == null) {
            refreshDerived(meeting.get());
        }
    }

    /** Stops listening to the command stack (the window closed). */
    public void dispose() {
        stack.removeListener(listener);
    }

    private void changed(MeetingChange change) {
        ItemId next = change.kind() == MeetingChange.Kind.RESET
                ? firstItem(change.after().agenda())
                : selectionAfter(change.before().agenda(), change.after().agenda(), selectedItem.get());
        meeting.set(change.after());
        selectedItem.set(next);
        refreshDerived(change.after());
    }

    private void refreshDerived(Meeting current) {
        problems.set(validate(current));
    }

    /** The validator's findings; should it fail on a meeting, that is reported as a problem, not a broken window. */
    static List<Problem> validate(Meeting current) {
        try {
            return MeetingValidator.validate(current);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Validation failed", e);
            return List.of(new Problem(Problem.Severity.ERROR,
                    "Agendum could not check this meeting (" + e.getMessage() + ").", new Target.Organization()));
        }
    }

    /**
     * The selection after an edit: the same item while it exists; when it was deleted, the item that took its
     * place in document order (or the last one); with no selection before, the first item.
     */
    static ItemId selectionAfter(Agenda before, Agenda after, ItemId selected) {
        List<Agenda.NumberedItem> items = after.numbered();
        if (items.isEmpty()) {
            return null;
        }
        if (selected == null) {
            return items.get(0).item().id();
        }
        if (after.contains(selected)) {
            return selected;
        }
        List<Agenda.NumberedItem> old = before.numbered();
        int position = 0;
        for (int i = 0; i < old.size(); i++) {
            if (old.get(i).item().id().equals(selected)) {
                position = i;
                break;
            }
        }
        // the first item after the old position that survived, else the last item
        for (int i = position; i < old.size(); i++) {
            ItemId candidate = old.get(i).item().id();
            if (after.contains(candidate)) {
                return candidate;
            }
        }
        return items.get(items.size() - 1).item().id();
    }

    private static ItemId firstItem(Agenda agenda) {
        return agenda.items().isEmpty() ? null : agenda.items().get(0).id();
    }
}
