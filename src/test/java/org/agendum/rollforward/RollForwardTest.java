package org.agendum.rollforward;

import static org.agendum.testing.Fixtures.ITEM_1A;
import static org.agendum.testing.Fixtures.ITEM_1B;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.agendum.file.SampleMeeting;
import org.agendum.model.AgendaItem;
import org.agendum.model.ItemMark;
import org.agendum.model.Day;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;
import org.agendum.testing.MeetingArbitraries;
import org.junit.jupiter.api.Test;

/** Next session from the sample, CTOC/COP/WG.4/2018/1, the eighth meeting of the Working Group (2 and 3 July 2018). */
class RollForwardTest {
    private static final Meeting SAMPLE = SampleMeeting.load();
    private static final LocalDate TODAY = LocalDate.of(2019, 4, 1);

    private static NewSession ninthMeeting() {
        return new NewSession(LocalDate.of(2019, 7, 1), LocalDate.of(2019, 7, 2), "Vienna", "CTOC/COP/WG.4/2019/1",
                "Working Group on Trafficking in Persons", "", TODAY);
    }

    @Test
    void theSessionNumberIsTheEighthAndItsTwoMentionsAreProposedWithTheirSentences() {
        RollForward.Proposals proposals = RollForward.propose(SAMPLE);

        assertThat(proposals.sessionNumber()).hasValue(8);
        assertThat(proposals.changes()).extracting(ProposedChange::where, ProposedChange::before, ProposedChange::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Item 1 (a), annotation", "eighth", "ninth"),
                        org.assertj.core.groups.Tuple.tuple("Item 1 (b), annotation", "eighth", "ninth"));
        assertThat(proposals.changes().get(0).snippet().toString())
                .isEqualTo("The eighth meeting of the Working Group on\u2026");
    }

    @Test
    void lastSessionsDatesAnotherSessionsNumberAndLastSessionsDocumentsAreListedToCheck() {
        List<ToCheck> toCheck = RollForward.propose(SAMPLE).toCheck();

        assertThat(toCheck).filteredOn(c -> c.reason().equals(ToCheck.OLD_DATE)).extracting(c -> c.snippet().text())
                .containsExactly("Monday, 2 July 2018", "22 January 2018", "2 and 3 July 2018", "23 March 2018",
                        "6 to 8 September 2017");
        assertThat(toCheck).filteredOn(c -> c.reason().equals(ToCheck.OTHER_NUMBER)).extracting(c -> c.snippet().text())
                .as("the Conference's ninth session, the Working Group's seventh meeting").containsExactly("ninth", "seventh");
        assertThat(toCheck).filteredOn(c -> c.reason().equals(ToCheck.OLD_DOCUMENT)).extracting(c -> c.snippet().text())
                .isNotEmpty().allMatch(symbol -> symbol.contains("/2018/"));
    }

    @Test
    void theSuggestionIsAYearOnOnTheSameWeekdaysWithTheSymbolsYearMovedOn() {
        NewSession suggested = RollForward.suggest(SAMPLE, TODAY);

        assertThat(suggested.start()).isEqualTo(LocalDate.of(2019, 7, 1));
        assertThat(suggested.end()).isEqualTo(LocalDate.of(2019, 7, 2));
        assertThat(suggested.symbol()).isEqualTo("CTOC/COP/WG.4/2019/1");
        assertThat(suggested.venue()).isEqualTo("Vienna");
        assertThat(suggested.issueDate()).isEqualTo(TODAY);
        assertThat(suggested.problem()).isEmpty();
    }

    @Test
    void theSessionLineAndTheSymbolsSessionNumberMoveOn() {
        assertThat(RollForward.bumped("Sixth session")).isEqualTo("Seventh session");
        assertThat(RollForward.bumped("Fifty-eighth session, 24 February–4 April 2025"))
                .isEqualTo("Fifty-ninth session, 24 February–4 April 2025");
        assertThat(RollForward.nextSymbol("A/HRC/58/1", 2025, 2026, OptionalInt.of(58))).isEqualTo("A/HRC/59/1");
        assertThat(RollForward.nextSymbol("CTOC/COP/WG.4/2018/1", 2018, 2019, OptionalInt.of(8)))
                .isEqualTo("CTOC/COP/WG.4/2019/1");
        assertThat(RollForward.nextSymbol("E/CN.7/2025/1", 2024, 2025, OptionalInt.empty())).isEqualTo("E/CN.7/2025/1");
    }

    @Test
    void theSessionLineGivesTheNumberBeforeTheTexts() {
        Meeting sixth = SAMPLE.withDetails(SAMPLE.details().toBuilder().sessionLine("Sixth session").build());

        assertThat(RollForward.sessionNumber(sixth)).hasValue(6);
        assertThat(RollForward.propose(sixth).changes()).isEmpty();
        assertThat(RollForward.propose(sixth).toCheck()).filteredOn(c -> c.reason().equals(ToCheck.OTHER_NUMBER))
                .extracting(c -> c.snippet().text()).containsExactly("eighth", "eighth", "ninth", "seventh");
    }

    @Test
    void theNewMeetingKeepsTheAgendaMarksEveryItemBumpsWhatWasKeptAndClearsTheJob() {
        Meeting withJob = SAMPLE.withDetails(SAMPLE.details().toBuilder().jobNumber("V.18-02176")
                .processedOn(LocalDate.of(2018, 4, 3)).build());
        RollForward.Proposals proposals = RollForward.propose(withJob);

        RollForward.Result result = RollForward.apply(withJob, ninthMeeting(), List.of(proposals.changes().get(0)));
        Meeting next = result.meeting();

        assertThat(next.agenda().get(ITEM_1A).annotation().plainText())
                .startsWith("The ninth meeting of the Working Group on Trafficking in Persons will be opened on "
                        + "Monday, 2 July 2018");
        assertThat(next.agenda().get(ITEM_1B).annotation().plainText())
                .as("the second was unticked").contains("agreed that the eighth meeting of the Working Group");
        assertThat(next.agenda().allItems()).allMatch(item -> item.mark() == ItemMark.REVIEW);
        assertThat(next.agenda().allItems()).extracting(AgendaItem::title)
                .containsExactlyElementsOf(SAMPLE.agenda().allItems().stream().map(AgendaItem::title).toList());
        MeetingDetails details = next.details();
        assertThat(details.processing().jobNumber()).isEmpty();
        assertThat(details.processing().processedOn()).isEmpty();
        assertThat(details.masthead().issueDate()).isEqualTo(TODAY);
        assertThat(details.masthead().symbol()).isEqualTo("CTOC/COP/WG.4/2019/1");
        assertThat(details.meetingInfo().startDate()).isEqualTo(LocalDate.of(2019, 7, 1));
        assertThat(details.masthead().bodyName()).isEqualTo(SAMPLE.details().masthead().bodyName());
        assertThat(next.organization().days()).extracting(Day::date)
                .containsExactly(LocalDate.of(2019, 7, 1), LocalDate.of(2019, 7, 2));
        assertThat(next.organization().days()).extracting(Day::meetings)
                .containsExactlyElementsOf(SAMPLE.organization().days().stream().map(Day::meetings).toList());
        assertThat(result.notes()).isEmpty();
    }

    /** A late-submission footnote on the title belongs to last session's document: cleared, and said. */
    @Test
    void theTitlesFootnoteIsClearedAndSaid() {
        String late = "The present document was submitted late owing to consultations.";
        Meeting withNote = SAMPLE.withDetails(SAMPLE.details().withTitleBlock(
                SAMPLE.details().titleBlock().withTitleNote(late)));

        RollForward.Result result = RollForward.apply(withNote, ninthMeeting(), List.of());

        assertThat(result.meeting().details().titleBlock().titleNote()).isEmpty();
        assertThat(result.notes()).containsExactly(
                "The title's footnote of last session's document was not kept: \u201C" + late + "\u201D.");
    }

    @Test
    void aVenueInAnotherDutyStationIsSaid() {
        NewSession inGeneva = new NewSession(LocalDate.of(2019, 7, 1), LocalDate.of(2019, 7, 2), "Geneva",
                "CTOC/COP/WG.4/2019/1", "Working Group on Trafficking in Persons", "", TODAY);

        assertThat(RollForward.apply(SAMPLE, inGeneva, List.of()).notes())
                .containsExactly("The session is in Geneva but the document is still issued in Vienna (Meeting details, "
                        + "duty station: paper size and job line).");
    }

    @Test
    void badAnswersAreSaidInASentence() {
        NewSession ok = ninthMeeting();
        assertThat(new NewSession(ok.start(), ok.start().minusDays(1), "", ok.symbol(), "", "", TODAY).problem())
                .contains("The session ends before it starts: the end date must be on or after the start date.");
        assertThat(new NewSession(ok.start(), ok.end(), "", "CTOC/COP/WG.4/2019 /1", "", "", TODAY).problem())
                .contains("The symbol contains a space (symbols are written without spaces, e.g. A/80/590).");
        assertThat(new NewSession(LocalDate.of(1919, 7, 1), ok.end(), "", ok.symbol(), "", "", TODAY).problem())
                .contains("The start date is in the year 1919; dates must be between 1945 and 2200.");
        assertThat(new NewSession(ok.start(), LocalDate.of(2201, 1, 1), "", ok.symbol(), "", "", TODAY).problem())
                .contains("The end date is in the year 2201; dates must be between 1945 and 2200.");
        assertThat(new NewSession(ok.start(), ok.end(), "", ok.symbol(), "", "", LocalDate.of(1900, 1, 1)).problem())
                .contains("The date of issue is in the year 1900; dates must be between 1945 and 2200.");
    }

    /** What an item says, its sub-items and its review mark aside. */
    private static List<Object> content(AgendaItem item) {
        return List.of(item.id(), item.title(), item.annotation(), item.documentation(), item.heading(), item.listEnd());
    }

    @Provide
    Arbitrary<Meeting> meetings() {
        return MeetingArbitraries.meetings();
    }

    @Property(tries = 200)
    void everyProposalTakenGivesTheSameTextsWithOnlyTheNumbersChanged(@ForAll("meetings") Meeting last) {
        RollForward.Proposals proposals = RollForward.propose(last);
        NewSession next = RollForward.suggest(last, TODAY);

        Meeting none = RollForward.apply(last, next, List.of()).meeting();
        Meeting all = RollForward.apply(last, next, proposals.changes()).meeting();

        assertThat(none.agenda().allItems()).allMatch(item -> item.mark() == ItemMark.REVIEW);
        assertThat(none.agenda().allItems().stream().map(RollForwardTest::content).toList())
                .isEqualTo(last.agenda().allItems().stream().map(RollForwardTest::content).toList());
        assertThat(RollForward.propose(all).changes().stream().filter(c -> proposals.sessionNumber().isPresent())
                .filter(c -> c.ordinal().value() == proposals.sessionNumber().getAsInt()).toList())
                .as("no mention of the old number is left").isEmpty();
        assertThat(all.organization().allEntries()).isEqualTo(last.organization().allEntries().stream()
                .map(e -> none.organization().entry(e.id()).orElseThrow()).toList());
    }
}
