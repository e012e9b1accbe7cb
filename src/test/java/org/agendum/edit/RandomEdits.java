package org.agendum.edit;

import java.time.LocalTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.agendum.model.AgendaItem;
import org.agendum.model.Day;
import org.agendum.model.DetailField;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingSlot;
import org.agendum.model.NoteEntry;
import org.agendum.model.RichText;
import org.agendum.model.ScheduleEntry;

/**
 * Random edits for property tests. A {@link Step} is a few random numbers; {@link #edit} turns it into an
 * edit of whatever meeting is current, so a sequence stays meaningful as the meeting changes. Public for the
 * property tests of other packages that need a meeting and its edited self (the changes between them).
 */
public final class RandomEdits {
    private RandomEdits() {
    }

    public record Step(int kind, int a, int b, int c) {
    }

    static final int KINDS = 20;
    static final int MOVE_KINDS_FROM = 0;
    static final int MOVE_KINDS_TO = 5;

    static Arbitrary<Step> steps(int fromKind, int toKind) {
        return Combinators.combine(Arbitraries.integers().between(fromKind, toKind),
                Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 1000)).as(Step::new);
    }

    public static Arbitrary<List<Step>> scripts() {
        return steps(0, KINDS - 1).list().ofMaxSize(40);
    }

    static Arbitrary<List<Step>> moveScripts() {
        return steps(MOVE_KINDS_FROM, MOVE_KINDS_TO).list().ofMaxSize(40);
    }

    /** The edit a step stands for in {@code m}; it may be one the meeting refuses, which is part of the test. */
    static Edit edit(Meeting m, Step s) {
        List<ItemId> ids = m.agenda().numbered().stream().map(n -> n.item().id()).toList();
        List<ScheduleEntry> entries = m.organization().allEntries();
        List<MeetingSlot> slots = m.organization().allSlots();
        ItemId item = ids.isEmpty() ? new ItemId("none") : ids.get(s.a() % ids.size());
        ItemId other = ids.isEmpty() ? null : ids.get(s.b() % ids.size());
        DropPosition position = DropPosition.values()[s.c() % 3];
        return switch (s.kind()) {
            case 0 -> MoveItem.relativeTo(m.agenda(), item, other, position);
            case 1 -> MoveItem.up(m.agenda(), item);
            case 2 -> MoveItem.down(m.agenda(), item);
            case 3 -> MoveItem.indent(m.agenda(), item);
            case 4 -> MoveItem.outdent(m.agenda(), item);
            case 5 -> new MoveItem(item, s.c() % 2 == 0 ? null : other, s.c() % 4, "Move item");
            case 6 -> new AddItem(s.c() % 2 == 0 ? null : item, s.b() % 3, AgendaItem.titled("New " + s.b()));
            case 7 -> new DeleteItem(item, s.c() % 2 == 0);
            case 8 -> new RenameItem(item, "Title " + s.b());
            case 9 -> new ReplaceAnnotation(item, RichText.of("Paragraph " + s.b(), "Another " + s.c()));
            case 10 -> new AddDocumentation(item, 0, new DocumentationEntry("Paper " + s.b(), "A/80/" + s.c()));
            case 11 -> new RemoveDocumentation(item, s.b() % 2);
            case 12 -> new EditDetails<>(DetailField.VENUE, "Venue " + s.b());
            case 13 -> slots.isEmpty()
                    ? new AddDay(0, new Day(m.details().meetingInfo().startDate().plusDays(s.b() % 5), List.of()))
                    : new AddScheduleEntry(slots.get(s.b() % slots.size()).id(), s.c() % 3, ItemEntry.of(item));
            case 14 -> entries.isEmpty() || slots.isEmpty()
                    ? new AddDay(0, new Day(m.details().meetingInfo().startDate(), List.of()))
                    : new MoveScheduleEntry(entries.get(s.b() % entries.size()).id(),
                            slots.get(s.c() % slots.size()).id(), s.a() % 3);
            case 15 -> entries.isEmpty() ? new RenameItem(item, "x") : new RemoveScheduleEntry(entries.get(s.b() % entries.size()).id());
            case 16 -> new AddDay(s.a() % 3, new Day(m.details().meetingInfo().startDate().plusDays(s.b() % 9),
                    List.of(MeetingSlot.of(LocalTime.of(10, 0), LocalTime.of(13, 0)))));
            case 17 -> new RemoveDay(s.b() % 4);
            case 18 -> slots.isEmpty() ? new MoveDay(0, 1)
                    : new AddScheduleEntry(slots.get(s.b() % slots.size()).id(), 0, NoteEntry.of("Note " + s.c()));
            default -> slots.isEmpty() ? new RemoveDay(0) : new EditMeetingSlot(slots.get(s.b() % slots.size()).id(),
                    LocalTime.of(s.c() % 20, 0), LocalTime.of(s.c() % 20 + 1 + s.a() % 3, 0), "");
        };
    }

    /** Executes the step on the stack; a refused edit must leave the stack exactly as it was. */
    public static boolean run(CommandStack stack, Step step) {
        Meeting before = stack.meeting();
        long revision = stack.revision();
        try {
            stack.execute(edit(before, step));
            return true;
        } catch (EditRejectedException refused) {
            if (!stack.meeting().equals(before) || stack.revision() != revision) {
                throw new AssertionError("A refused edit changed the meeting: " + step, refused);
            }
            return false;
        }
    }
}
