package org.agendum.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.agendum.edit.CommandStack;
import org.agendum.edit.RandomEdits;
import org.agendum.model.Agenda;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.testing.TestMeetings;

/**
 * For a meeting and a random sequence of the officer's edits: a version compared with itself has no changes, and
 * every item added, removed, renamed or moved is reported once, with the right numbers and titles, checked against
 * the two versions' sets of ids.
 */
class MeetingChangesPropertyTest {
    @Provide
    Arbitrary<List<RandomEdits.Step>> scripts() {
        return RandomEdits.scripts();
    }

    @Property(tries = 200)
    void itemsAreReportedOnceEachByTheirIds(@ForAll("scripts") List<RandomEdits.Step> script) {
        Meeting old = TestMeetings.sample();
        CommandStack stack = new CommandStack(old);
        script.forEach(step -> RandomEdits.run(stack, step));
        Meeting current = stack.meeting();

        assertThat(MeetingChanges.between(old, old)).isEmpty();
        assertThat(MeetingChanges.between(current, current)).isEmpty();
        List<Change> changes = MeetingChanges.between(old, current);
        if (old.equals(current)) {
            assertThat(changes).isEmpty();
        }

        Set<ItemId> before = old.agenda().allIds();
        Set<ItemId> after = current.agenda().allIds();
        assertThat(ids(changes, Change.ItemAdded.class)).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(difference(after, before));
        assertThat(ids(changes, Change.ItemRemoved.class)).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(difference(before, after));
        assertThat(ids(changes, Change.ItemRenamed.class)).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(after.stream().filter(before::contains)
                        .filter(id -> !old.agenda().get(id).title().equals(current.agenda().get(id).title())).toList());

        List<Change.ItemMoved> moves = changes.stream().filter(Change.ItemMoved.class::isInstance)
                .map(Change.ItemMoved.class::cast).toList();
        Set<ItemId> moved = new HashSet<>();
        for (Change.ItemMoved move : moves) {
            assertThat(moved.add(move.id())).as("reported once: %s", move).isTrue();
            assertThat(before).contains(move.id());
            assertThat(after).contains(move.id());
            assertThat(move.oldNumber()).isEqualTo(old.agenda().numbered(move.id()).orElseThrow().reference());
            assertThat(move.newNumber()).isEqualTo(current.agenda().numbered(move.id()).orElseThrow().reference());
        }
        // an item under another parent moved; among the rest, those not said to move kept their order
        for (ItemId id : after) {
            if (before.contains(id) && !Objects.equals(parent(old, id), parent(current, id))) {
                assertThat(moved).as("moved to another parent").contains(id);
            }
        }
        assertThat(staying(current, before, moved)).isEqualTo(staying(old, after, moved));
    }

    private static List<ItemId> ids(List<Change> changes, Class<? extends Change> kind) {
        return changes.stream().filter(kind::isInstance).map(MeetingChangesPropertyTest::idOf).toList();
    }

    private static ItemId idOf(Change change) {
        if (change instanceof Change.ItemAdded added) {
            return added.id();
        }
        if (change instanceof Change.ItemRemoved removed) {
            return removed.id();
        }
        if (change instanceof Change.ItemRenamed renamed) {
            return renamed.id();
        }
        throw new AssertionError("Not an item's change: " + change);
    }

    private static List<ItemId> difference(Set<ItemId> from, Set<ItemId> without) {
        return from.stream().filter(id -> !without.contains(id)).toList();
    }

    private static ItemId parent(Meeting meeting, ItemId id) {
        return meeting.agenda().numbered(id).orElseThrow().parent();
    }

    /** Per parent, in this version's order, the items that are in the other version too and were not said to move. */
    private static Map<ItemId, List<ItemId>> staying(Meeting meeting, Set<ItemId> other, Set<ItemId> moved) {
        Map<ItemId, List<ItemId>> out = new LinkedHashMap<>();
        for (Agenda.NumberedItem numbered : meeting.agenda().numbered()) {
            ItemId id = numbered.item().id();
            if (other.contains(id) && !moved.contains(id)) {
                out.computeIfAbsent(numbered.parent(), p -> new ArrayList<>()).add(id);
            }
        }
        return out;
    }
}
