package org.agendum.gesture;

import static org.agendum.testing.Fixtures.ITEM_1;
import static org.agendum.testing.Fixtures.ITEM_1B;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.agendum.file.SampleMeeting;
import org.agendum.model.Agenda;
import org.agendum.model.ItemMark;
import org.agendum.model.AgendaItem;
import org.agendum.model.ItemId;
import org.junit.jupiter.api.Test;

/** What Copy puts on the clipboard for other programs, and the ids a paste gets. */
class ClipboardTextTest {
    private final Agenda agenda = SampleMeeting.load().agenda();

    @Test
    void theTextNumbersTheItemsAndIndentsSubItems() {
        assertThat(ItemsText.of(agenda, List.of(agenda.get(ITEM_1)))).isEqualTo("""
                1. Organizational matters
                    (a) Opening of the meeting
                    (b) Adoption of the agenda and organization of work
                """);
    }

    @Test
    void aSubItemOnItsOwnSaysWhereItCameFrom() {
        assertThat(ItemsText.of(agenda, List.of(agenda.get(ITEM_1B))))
                .isEqualTo("1 (b) Adoption of the agenda and organization of work\n");
    }

    @Test
    void pastedItemsKeepTheirIdsUnlessTakenAndNeverRepeatOne() {
        AgendaItem item = AgendaItem.of(new ItemId("a"), "A").withSubItems(List.of(AgendaItem.of(new ItemId("b"), "B")));
        assertThat(FreshIds.renew(List.of(item), Set.of())).containsExactly(item);
        List<AgendaItem> renewed = FreshIds.renew(List.of(item, item), Set.of(new ItemId("b")));
        assertThat(renewed.get(0).id()).isEqualTo(new ItemId("a"));
        assertThat(renewed.get(0).subItems().get(0).id()).isNotEqualTo(new ItemId("b"));
        assertThat(renewed.get(1).id()).isNotEqualTo(new ItemId("a"));
        assertThat(renewed.stream().flatMap(i -> i.selfAndDescendants().stream()).map(AgendaItem::id))
                .doesNotHaveDuplicates().hasSize(4);
        assertThat(renewed.get(1).subItems().get(0).title()).isEqualTo("B");
    }

    @Test
    void aPastedCopyKeepsItsHeadingListPunctuationAndReviewMark() {
        AgendaItem item = AgendaItem.of(new ItemId("a"), "Opening of the sixth session of the Conference")
                .withHeading("Opening of the session").withListEnd(org.agendum.model.ListEnd.FULL_STOP).withMark(ItemMark.REVIEW);

        AgendaItem copy = FreshIds.renew(List.of(item), Set.of(new ItemId("a"))).get(0);

        assertThat(copy.id()).isNotEqualTo(item.id());
        assertThat(copy.withMark(ItemMark.NONE)).isEqualTo(new AgendaItem(copy.id(), item.title(), item.annotation(),
                item.documentation(), List.of(), item.heading(), item.listEnd()));
        assertThat(copy.mark()).isEqualTo(ItemMark.REVIEW);
    }
}
