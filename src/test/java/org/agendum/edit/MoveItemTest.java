package org.agendum.edit;

import static org.agendum.testing.Fixtures.ITEM_1;
import static org.agendum.testing.Fixtures.ITEM_1A;
import static org.agendum.testing.Fixtures.ITEM_1B;
import static org.agendum.testing.Fixtures.ITEM_2;
import static org.agendum.testing.Fixtures.ITEM_3;
import static org.agendum.testing.Fixtures.ITEM_4;
import static org.agendum.testing.Fixtures.ITEM_5;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.agendum.model.Agenda;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.testing.Fixtures;
import org.junit.jupiter.api.Test;

class MoveItemTest {
    private final Meeting meeting = Fixtures.referenceMeeting();
    private final Agenda agenda = meeting.agenda();

    /** "reference title" lines of the agenda after an edit, e.g. "1 (a) Opening of the meeting". */
    private static List<String> outline(Meeting m) {
        return m.agenda().numbered().stream().map(n -> n.reference() + " " + n.item().id()).toList();
    }

    private Meeting apply(Edit edit) {
        return edit.apply(meeting);
    }

    @Test
    void dropBeforeAnItem() {
        Meeting after = apply(MoveItem.relativeTo(agenda, ITEM_5, ITEM_2, DropPosition.BEFORE));
        assertThat(outline(after)).containsExactly("1 item-1", "1 (a) item-1a", "1 (b) item-1b", "2 item-5",
                "3 item-2", "4 item-3", "5 item-4");
    }

    @Test
    void dropAfterAnItemFurtherDown() {
        Meeting after = apply(MoveItem.relativeTo(agenda, ITEM_2, ITEM_4, DropPosition.AFTER));
        assertThat(outline(after)).containsExactly("1 item-1", "1 (a) item-1a", "1 (b) item-1b", "2 item-3",
                "3 item-4", "4 item-2", "5 item-5");
    }

    @Test
    void dropIntoAnItemMakesItsLastSubItem() {
        Meeting after = apply(MoveItem.relativeTo(agenda, ITEM_4, ITEM_1, DropPosition.INTO));
        assertThat(outline(after)).containsExactly("1 item-1", "1 (a) item-1a", "1 (b) item-1b", "1 (c) item-4",
                "2 item-2", "3 item-3", "4 item-5");
    }

    @Test
    void aSubItemCanBeDroppedOutToTheTopLevel() {
        Meeting after = apply(MoveItem.relativeTo(agenda, ITEM_1B, ITEM_3, DropPosition.AFTER));
        assertThat(outline(after)).containsExactly("1 item-1", "1 (a) item-1a", "2 item-2", "3 item-3",
                "4 item-1b", "5 item-4", "6 item-5");
    }

    @Test
    void aMoveCarriesTheSubItems() {
        Meeting after = apply(MoveItem.relativeTo(agenda, ITEM_1, ITEM_5, DropPosition.AFTER));
        assertThat(outline(after)).endsWith("5 item-1", "5 (a) item-1a", "5 (b) item-1b");
    }

    @Test
    void anItemCannotGoIntoItsOwnSubtree() {
        assertThatThrownBy(() -> MoveItem.relativeTo(agenda, ITEM_1, ITEM_1A, DropPosition.INTO))
                .isInstanceOf(EditRejectedException.class).hasMessageContaining("own sub-items");
        assertThatThrownBy(() -> MoveItem.relativeTo(agenda, ITEM_1, ITEM_1, DropPosition.AFTER))
                .isInstanceOf(EditRejectedException.class);
        assertThatThrownBy(() -> apply(new MoveItem(ITEM_1, ITEM_1B, 0, "Move item")))
                .isInstanceOf(EditRejectedException.class);
    }

    @Test
    void upDownIndentAndOutdent() {
        assertThat(outline(apply(MoveItem.up(agenda, ITEM_3)))).containsSubsequence("2 item-3", "3 item-2");
        assertThat(outline(apply(MoveItem.down(agenda, ITEM_1A)))).containsSubsequence("1 (a) item-1b",
                "1 (b) item-1a");
        assertThat(outline(apply(MoveItem.indent(agenda, ITEM_3)))).containsSubsequence("2 item-2", "2 (a) item-3",
                "3 item-4");
        assertThat(outline(apply(MoveItem.outdent(agenda, ITEM_1A)))).containsSubsequence("1 item-1",
                "1 (a) item-1b", "2 item-1a", "3 item-2");
    }

    @Test
    void movesAtTheEdgesAreRefusedWithAReason() {
        assertThatThrownBy(() -> MoveItem.up(agenda, ITEM_1)).hasMessageContaining("already the first");
        assertThatThrownBy(() -> MoveItem.down(agenda, ITEM_1B)).hasMessageContaining("already the last");
        assertThatThrownBy(() -> MoveItem.indent(agenda, ITEM_1A)).hasMessageContaining("no item above");
        assertThatThrownBy(() -> MoveItem.outdent(agenda, ITEM_2)).hasMessageContaining("top level");
        assertThatThrownBy(() -> MoveItem.up(agenda, new ItemId("gone"))).hasMessageContaining("no longer exists");
    }

    @Test
    void theIndexCountsSiblingsAfterRemoval() {
        assertThatThrownBy(() -> apply(new MoveItem(ITEM_2, null, 5, "Move item")))
                .isInstanceOf(EditRejectedException.class);
        assertThat(outline(apply(new MoveItem(ITEM_2, null, 4, "Move item")))).endsWith("5 item-2");
    }

    @Test
    void nestingIsBounded() {
        Meeting deep = meeting;
        ItemId parent = ITEM_5;
        for (int depth = 1; depth < Agenda.MAX_DEPTH; depth++) {
            var child = org.agendum.model.AgendaItem.of(new ItemId("deep-" + depth), "Level " + depth);
            deep = new AddItem(parent, 0, child).apply(deep);
            parent = child.id();
        }
        Meeting full = deep;
        ItemId deepest = parent;
        assertThatThrownBy(() -> new AddItem(deepest, 0, org.agendum.model.AgendaItem.titled("too deep")).apply(full))
                .isInstanceOf(EditRejectedException.class).hasMessageContaining("at most");
    }
}
