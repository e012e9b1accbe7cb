package org.agendum.gesture;

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
    private static final ItemId ORGANIZATIONAL = new ItemId("item-1");
    private static final ItemId OPENING = new ItemId("item-1a");
    private static final ItemId ADOPTION = new ItemId("item-1b");
    private static final ItemId OTHER = new ItemId("item-4");
    private static final ItemId REPORT = new ItemId("item-5");
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
        var verdict = DropRules.check(sample, REPORT, OTHER, DropPosition.BEFORE, false);
        assertThat(verdict).isInstanceOf(DropRules.Allowed.class);
        var moved = ((DropRules.Allowed) verdict).move().apply(sample);
        assertThat(moved.agenda().items()).extracting(AgendaItem::id).containsSubsequence(REPORT, OTHER);
    }

    @Test
    void aDropIntoTheDraggedItemsOwnSubtreeIsRefusedWithTheReason() {
        for (DropPosition position : DropPosition.values()) {
            assertThat(DropRules.check(sample, ORGANIZATIONAL, ADOPTION, position, false))
                    .isEqualTo(new DropRules.Refused("An item cannot be moved into itself or one of its own sub-items."));
        }
    }

    @Test
    void theDraggedItemItselfAndUnknownItemsShowNothing() {
        assertThat(DropRules.check(sample, OTHER, OTHER, DropPosition.INTO, false)).isInstanceOf(DropRules.Ignored.class);
        assertThat(DropRules.check(sample, new ItemId("elsewhere"), OTHER, DropPosition.INTO, false))
                .isInstanceOf(DropRules.Ignored.class);
    }

    @Test
    void belowAnOpenItemMeansItsFirstSubItem() {
        var verdict = (DropRules.Allowed) DropRules.check(sample, REPORT, ORGANIZATIONAL, DropPosition.AFTER, true);
        Agenda after = verdict.move().apply(sample).agenda();
        assertThat(after.get(ORGANIZATIONAL).subItems()).extracting(AgendaItem::id).containsExactly(REPORT, OPENING, ADOPTION);
        // the indicator stays where the pointer is
        assertThat(verdict.target()).isEqualTo(ORGANIZATIONAL);
        assertThat(verdict.position()).isEqualTo(DropPosition.AFTER);
        // collapsed, it is after the whole item
        var collapsed = (DropRules.Allowed) DropRules.check(sample, REPORT, ORGANIZATIONAL, DropPosition.AFTER, false);
        assertThat(collapsed.move().apply(sample).agenda().items()).extracting(AgendaItem::id)
                .startsWith(ORGANIZATIONAL, REPORT);
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
