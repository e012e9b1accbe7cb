package org.agendum.gesture;

import static org.agendum.testing.Fixtures.ITEM_1;
import static org.agendum.testing.Fixtures.ITEM_1A;
import static org.agendum.testing.Fixtures.ITEM_1B;
import static org.agendum.testing.Fixtures.ITEM_4;
import static org.agendum.testing.Fixtures.ITEM_5;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.agendum.edit.DropPosition;
import org.agendum.file.SampleMeeting;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.OrganizationOfWork;
import org.junit.jupiter.api.Test;

/** Where a drop lands and whether it is allowed, decided without the screen. */
class DropRulesTest {
    private final Meeting sample = SampleMeeting.load();

    @Test
    void theTopQuarterIsBeforeTheBottomQuarterAfterTheMiddleInto() {
        assertThat(DropRules.positionAt(0, 40)).isEqualTo(DropPosition.BEFORE);
        assertThat(DropRules.positionAt(9.9, 40)).isEqualTo(DropPosition.BEFORE);
        assertThat(DropRules.positionAt(10, 40)).isEqualTo(DropPosition.INTO);
        assertThat(DropRules.positionAt(30, 40)).isEqualTo(DropPosition.INTO);
        assertThat(DropRules.positionAt(30.1, 40)).isEqualTo(DropPosition.AFTER);
        assertThat(DropRules.positionAt(40, 40)).isEqualTo(DropPosition.AFTER);
        assertThat(DropRules.positionAt(5, 0)).isEqualTo(DropPosition.INTO);
    }

    @Test
    void anAllowedDropCarriesItsMove() {
        var verdict = DropRules.check(sample, ITEM_5, ITEM_4, DropPosition.BEFORE, false);
        assertThat(verdict).isInstanceOf(DropRules.Allowed.class);
        var moved = ((DropRules.Allowed) verdict).move().apply(sample);
        assertThat(moved.agenda().items()).extracting(AgendaItem::id).containsSubsequence(ITEM_5, ITEM_4);
    }

    @Test
    void aDropIntoTheDraggedItemsOwnSubtreeIsRefusedWithTheReason() {
        for (DropPosition position : DropPosition.values()) {
            assertThat(DropRules.check(sample, ITEM_1, ITEM_1B, position, false))
                    .isEqualTo(new DropRules.Refused("An item cannot be moved into itself or one of its own sub-items."));
        }
    }

    @Test
    void theDraggedItemItselfAndUnknownItemsShowNothing() {
        assertThat(DropRules.check(sample, ITEM_4, ITEM_4, DropPosition.INTO, false))
                .isInstanceOf(DropRules.Ignored.class);
        assertThat(DropRules.check(sample, new ItemId("elsewhere"), ITEM_4, DropPosition.INTO, false))
                .isInstanceOf(DropRules.Ignored.class);
    }

    /** Leaving the tree for the grid, the pointer crosses the lower edge of the item's own (expanded) row. */
    @Test
    void theLowerEdgeOfTheDraggedItemsOwnExpandedRowIsNoRefusal() {
        for (DropPosition position : DropPosition.values()) {
            assertThat(DropRules.check(sample, ITEM_1, ITEM_1, position, true)).as(position.name())
                    .isInstanceOf(DropRules.Ignored.class);
        }
    }

    @Test
    void belowAnOpenItemMeansItsFirstSubItem() {
        var verdict = (DropRules.Allowed) DropRules.check(sample, ITEM_5, ITEM_1, DropPosition.AFTER, true);
        Agenda after = verdict.move().apply(sample).agenda();
        assertThat(after.get(ITEM_1).subItems()).extracting(AgendaItem::id).containsExactly(ITEM_5, ITEM_1A, ITEM_1B);
        // the indicator stays where the pointer is
        assertThat(verdict.target()).isEqualTo(ITEM_1);
        assertThat(verdict.position()).isEqualTo(DropPosition.AFTER);
        // collapsed, it is after the whole item
        var collapsed = (DropRules.Allowed) DropRules.check(sample, ITEM_5, ITEM_1, DropPosition.AFTER, false);
        assertThat(collapsed.move().apply(sample).agenda().items()).extracting(AgendaItem::id)
                .startsWith(ITEM_1, ITEM_5);
    }

    @Test
    void aDropThatWouldNestTooDeepIsRefused() {
        AgendaItem chain = AgendaItem.of(new ItemId("deep-1"), "deep");
        for (int level = 2; level <= Agenda.MAX_DEPTH; level++) {
            chain = AgendaItem.of(new ItemId("deep-" + level), "deep").withSubItems(List.of(chain));
        }
        List<AgendaItem> items = new ArrayList<>(List.of(chain, AgendaItem.of(new ItemId("leaf"), "leaf")));
        Meeting deep = new Meeting(sample.details(), new Agenda(items), OrganizationOfWork.EMPTY);
        assertThat(DropRules.check(deep, new ItemId("leaf"), new ItemId("deep-1"), DropPosition.INTO, false))
                .isEqualTo(new DropRules.Refused("Items can be nested at most " + Agenda.MAX_DEPTH + " levels deep."));
    }
}
