package org.agendum.ui.tree;

import static org.assertj.core.api.Assertions.assertThat;

import org.agendum.model.Agenda;
import org.agendum.model.ItemMark;
import org.agendum.model.AgendaItem;
import org.agendum.model.ItemId;
import org.agendum.testing.TestMeetings;
import org.junit.jupiter.api.Test;

class AgendaRowTest {
    @Test
    void labelsTheSampleAsTheAgendaListDoes() {
        assertThat(TestMeetings.sample().agenda().numbered()).map(n -> AgendaRow.of(n, false).text()).containsExactly(
                "1. Organizational matters",
                "(a) Opening of the meeting",
                "(b) Adoption of the agenda and organization of work",
                "2. International cooperation in cases of trafficking in persons: considering the needs and rights "
                        + "of victims",
                "3. Preparation of the questionnaire to review the implementation of the Trafficking in Persons "
                        + "Protocol",
                "4. Other matters",
                "5. Adoption of the report");
    }

    @Test
    void keepsTheReferenceForHeadingsAndCrossReferences() {
        AgendaRow opening = AgendaRow.of(TestMeetings.sample().agenda().numbered().get(1), false);
        assertThat(opening.label()).isEqualTo("(a)");
        assertThat(opening.reference()).isEqualTo("1 (a)");
    }

    @Test
    void anUntitledItemShowsAPlaceholder() {
        Agenda agenda = new Agenda(java.util.List.of(AgendaItem.of(new ItemId("blank"), "  ")));
        AgendaRow row = AgendaRow.of(agenda.numbered().get(0), false);
        assertThat(row.isUntitled()).isTrue();
        assertThat(row.text()).isEqualTo("1. Untitled item");
    }

    @Test
    void aScreenReaderHearsThatAnItemIsNotScheduled() {
        Agenda.NumberedItem other = TestMeetings.sample().agenda().numbered().get(5);
        assertThat(AgendaRow.of(other, false).accessibleText()).isEqualTo("4. Other matters");
        AgendaRow unscheduled = AgendaRow.of(other, true);
        assertThat(unscheduled.text()).isEqualTo("4. Other matters");
        assertThat(unscheduled.accessibleText())
                .isEqualTo("4. Other matters. Not taken up in any meeting of the organization of work.");
        assertThat(unscheduled.withTitle("Any other business").unscheduled()).isTrue();
    }

    @Test
    void aScreenReaderHearsThatAnItemIsStillToReview() {
        Agenda.NumberedItem other = TestMeetings.sample().agenda().numbered().get(5);
        Agenda marked = TestMeetings.sample().agenda().replace(other.item().id(), item -> item.withMark(ItemMark.REVIEW));
        AgendaRow row = AgendaRow.of(marked.numbered().get(5), true);

        assertThat(row.mark()).isEqualTo(ItemMark.REVIEW);
        assertThat(row.text()).isEqualTo("4. Other matters");
        assertThat(row.accessibleText()).isEqualTo("4. Other matters. To review: taken over from last session\u2019s "
                + "meeting and not changed since. Not taken up in any meeting of the organization of work.");
        assertThat(row.withTitle("Any other business").mark()).isEqualTo(ItemMark.REVIEW);
    }

    @Test
    void aScreenReaderHearsThatAnItemIsStillToTranslate() {
        Agenda.NumberedItem other = TestMeetings.sample().agenda().numbered().get(5);
        Agenda marked = TestMeetings.sample().agenda().replace(other.item().id(),
                item -> item.withMark(ItemMark.TRANSLATE));
        AgendaRow row = AgendaRow.of(marked.numbered().get(5), false);

        assertThat(row.accessibleText()).isEqualTo("4. Other matters. To translate: copied from the original "
                + "language\u2019s version and not changed since.");
    }
}
