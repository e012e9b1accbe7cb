package org.agendum.model;

import static org.agendum.testing.Fixtures.ITEM_1;
import static org.agendum.testing.Fixtures.ITEM_1A;
import static org.agendum.testing.Fixtures.ITEM_1B;
import static org.agendum.testing.Fixtures.ITEM_2;
import static org.agendum.testing.Fixtures.ITEM_5;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agendum.testing.Fixtures;
import org.junit.jupiter.api.Test;

class AgendaTest {
    private final Agenda agenda = Fixtures.referenceMeeting().agenda();

    @Test
    void numbersAreDerivedFromPositions() {
        assertThat(agenda.numbered().stream().map(Agenda.NumberedItem::reference))
                .containsExactly("1", "1 (a)", "1 (b)", "2", "3", "4", "5");
        assertThat(agenda.numbered(ITEM_1B).orElseThrow().listLabel()).isEqualTo("(b)");
    }

    @Test
    void locatesItemsByParentIndexAndDepth() {
        assertThat(agenda.locate(ITEM_1B)).contains(new Agenda.Location(ITEM_1, 1, 1));
        assertThat(agenda.locate(ITEM_5)).contains(new Agenda.Location(null, 4, 0));
        assertThat(agenda.locate(new ItemId("nope"))).isEmpty();
    }

    @Test
    void knowsWhatLiesWithinAnItem() {
        assertThat(agenda.isWithin(ITEM_1A, ITEM_1)).isTrue();
        assertThat(agenda.isWithin(ITEM_1, ITEM_1)).isTrue();
        assertThat(agenda.isWithin(ITEM_1, ITEM_1A)).isFalse();
        assertThat(agenda.isWithin(ITEM_2, ITEM_1)).isFalse();
    }

    @Test
    void aChangeSharesEveryUntouchedSubtree() {
        Agenda renamed = agenda.replace(ITEM_2, i -> i.withTitle("Renamed"));
        assertThat(renamed.items().get(0)).isSameAs(agenda.items().get(0));
        assertThat(renamed.items().get(4)).isSameAs(agenda.items().get(4));
        assertThat(renamed.get(ITEM_2).title()).isEqualTo("Renamed");
        assertThat(agenda.get(ITEM_2).title()).startsWith("International cooperation");
    }

    @Test
    void removeTakesTheSubItemsAlong() {
        Agenda removed = agenda.remove(ITEM_1);
        assertThat(removed.size()).isEqualTo(4);
        assertThat(removed.contains(ITEM_1A)).isFalse();
    }

    @Test
    void insertAndUnknownIdsAreChecked() {
        Agenda inserted = agenda.insert(ITEM_1, 2, AgendaItem.of(new ItemId("item-1c"), "Election of officers"));
        assertThat(inserted.numbered(new ItemId("item-1c")).orElseThrow().reference()).isEqualTo("1 (c)");
        assertThatThrownBy(() -> agenda.remove(new ItemId("missing"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> agenda.insert(null, 9, AgendaItem.titled("x")))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void footnotesAreNumberedThroughTheDocument() {
        Agenda withNotes = agenda
                .replace(ITEM_1A, i -> i.withAnnotation(RichText.of(Paragraph.body(TextRun.plain("a"),
                        FootnoteMark.of("one"), TextRun.plain("b"), FootnoteMark.of("two")))))
                .replace(ITEM_5, i -> i.withAnnotation(RichText.of(Paragraph.body(FootnoteMark.of("three")))));
        assertThat(withNotes.firstFootnoteNumber(ITEM_1)).isEqualTo(1);
        assertThat(withNotes.firstFootnoteNumber(ITEM_1A)).isEqualTo(1);
        assertThat(withNotes.firstFootnoteNumber(ITEM_1B)).isEqualTo(3);
        assertThat(withNotes.firstFootnoteNumber(ITEM_5)).isEqualTo(3);
    }

    @Test
    void heightCountsLevels() {
        assertThat(Agenda.height(agenda.get(ITEM_1))).isEqualTo(2);
        assertThat(Agenda.height(agenda.get(ITEM_5))).isEqualTo(1);
    }
}
