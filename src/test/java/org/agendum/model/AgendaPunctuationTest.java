package org.agendum.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agendum.testing.Fixtures;
import org.junit.jupiter.api.Test;

class AgendaPunctuationTest {
    /** The provisional agenda as the reference document prints it, without the extraction's " - " bullets. */
    private static List<String> referenceAgendaLines() {
        List<String> lines = Fixtures.referenceLines();
        int start = lines.indexOf("Provisional agenda") + 1;
        int end = lines.indexOf("Annotations");
        return lines.subList(start, end).stream()
                .map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> l.startsWith("- ") ? l.substring(2) : l)
                .toList();
    }

    @Test
    void theProvisionalAgendaReadsExactlyAsTheReference() {
        Agenda agenda = Fixtures.referenceMeeting().agenda();
        List<String> printed = AgendaPunctuation.listEntries(agenda).stream()
                .map(e -> e.numbered().listLabel() + " " + e.text())
                .toList();
        assertThat(printed).containsExactlyElementsOf(referenceAgendaLines());
    }

    @Test
    void headingsRepeatTheTitlesWithoutFinalPunctuation() {
        List<String> lines = Fixtures.referenceLines();
        Agenda agenda = Fixtures.referenceMeeting().agenda();
        for (Agenda.NumberedItem n : agenda.numbered()) {
            String heading = n.listLabel() + " " + AgendaPunctuation.heading(n.item().title());
            assertThat(lines).contains(heading);
        }
    }

    @Test
    void aNestedSeriesStaysOneSentenceUntilItsItemEnds() {
        AgendaItem item = AgendaItem.titled("Review").withSubItems(List.of(
                AgendaItem.titled("Status").withSubItems(List.of(
                        AgendaItem.titled("Ratifications"), AgendaItem.titled("Reservations"))),
                AgendaItem.titled("Outlook")));
        Agenda agenda = new Agenda(List.of(item, AgendaItem.titled("Other matters")));
        assertThat(AgendaPunctuation.listEntries(agenda).stream().map(AgendaPunctuation.ListEntry::text))
                .containsExactly("Review:", "Status:", "Ratifications;", "Reservations;", "Outlook.",
                        "Other matters.");
    }

    @Test
    void punctuationTheAuthorTypedIsReplacedNotDoubled() {
        Agenda agenda = new Agenda(List.of(AgendaItem.titled("Other matters. "), AgendaItem.titled("Closing;")));
        assertThat(AgendaPunctuation.listEntries(agenda).stream().map(AgendaPunctuation.ListEntry::text))
                .containsExactly("Other matters.", "Closing.");
        assertThat(AgendaPunctuation.heading("Organizational matters:")).isEqualTo("Organizational matters");
    }

    @Test
    void punctuationInsideTheTitleStays() {
        assertThat(AgendaPunctuation.heading("International cooperation: victims")).isEqualTo(
                "International cooperation: victims");
    }
}
