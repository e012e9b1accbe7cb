package org.agendum.validation;

import static org.agendum.testing.Fixtures.ITEM_1;
import static org.agendum.testing.Fixtures.ITEM_2;
import static org.agendum.testing.Fixtures.ITEM_4;
import static org.agendum.testing.Fixtures.MON_AM;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.agendum.edit.AddDay;
import org.agendum.edit.EditDetails;
import org.agendum.edit.SetListEnd;
import org.agendum.edit.AddDocumentation;
import org.agendum.edit.AddItem;
import org.agendum.edit.DeleteItem;
import org.agendum.edit.Edit;
import org.agendum.edit.RemoveScheduleEntry;
import org.agendum.edit.RenameItem;
import org.agendum.edit.ReplaceAnnotation;
import org.agendum.model.AgendaItem;
import org.agendum.model.AgendaLayout;
import org.agendum.model.ListEnd;
import org.agendum.model.Day;
import org.agendum.model.DetailField;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.FootnoteMark;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingSlot;
import org.agendum.model.OrganizationOfWork;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;
import org.agendum.testing.Fixtures;
import org.junit.jupiter.api.Test;

class MeetingValidatorTest {
    private final Meeting reference = Fixtures.referenceMeeting();

    private static List<String> messages(Meeting m) {
        return MeetingValidator.validate(m).stream().map(Problem::toString).toList();
    }

    private Meeting after(Edit... edits) {
        Meeting m = reference;
        for (Edit e : edits) {
            m = e.apply(m);
        }
        return m;
    }

    @Test
    void theReferenceMeetingHasNoProblems() {
        assertThat(MeetingValidator.validate(reference)).isEmpty();
    }

    @Test
    void aLinkToALocalFileOrAScriptIsAnErrorNamingTheItemAndTheAddress() {
        RichText annotation = RichText.of(
                Paragraph.body(TextRun.plain("See "), new TextRun("CTOC/COP/WG.4/2018/2",
                        TextStyle.link("file:///etc/passwd")), TextRun.plain(" and "),
                        new TextRun("this", TextStyle.link("JAVASCRIPT:alert(1)")),
                        new FootnoteMark(List.of(new TextRun("share", TextStyle.link("\\\\server\\share"))))),
                Paragraph.body(new TextRun("again", TextStyle.link("file:///etc/passwd")),
                        new TextRun(" ODS", TextStyle.link("https://docs.un.org/en/A/80/590")),
                        new TextRun(" mail", TextStyle.link("mailto:someone@un.org"))));
        List<Problem> problems = MeetingValidator.validate(after(new ReplaceAnnotation(ITEM_2, annotation)));

        assertThat(problems).extracting(Problem::toString).containsExactly(
                "error: Item 2: the annotation links to \u201Cfile:///etc/passwd\u201D, which is not a web or e-mail "
                        + "address (http, https, ftp, mailto); it will not open and is left out of the Word file.",
                "error: Item 2: the annotation links to \u201CJAVASCRIPT:alert(1)\u201D, which is not a web or e-mail "
                        + "address (http, https, ftp, mailto); it will not open and is left out of the Word file.",
                "error: Item 2: the annotation links to \u201C\\\\server\\share\u201D, which is not a web or e-mail "
                        + "address (http, https, ftp, mailto); it will not open and is left out of the Word file.");
        assertThat(problems).extracting(Problem::target).containsOnly(new Target.Annotation(ITEM_2));
    }

    @Test
    void aLinkHoldingEscapeSequencesIsShownPrintably() {
        RichText annotation = RichText.of(Paragraph.body(new TextRun("x", TextStyle.link("\u001B[2Kfile:x"))));
        List<Problem> problems = MeetingValidator.validate(after(new ReplaceAnnotation(ITEM_2, annotation)));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("\u201C?[2Kfile:x\u201D")
                .doesNotContain("\u001B"));
    }

    @Test
    void anItemNeverTakenUpIsReported() {
        var entry = reference.organization().allEntries().stream()
                .filter(e -> e instanceof org.agendum.model.ItemEntry i && i.item().equals(ITEM_4)).findFirst().orElseThrow();
        List<Problem> problems = MeetingValidator.validate(after(new RemoveScheduleEntry(entry.id())));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.toString()).isEqualTo("warning: Item 4 is not taken up in any meeting of the organization of work.");
            assertThat(p.target()).isEqualTo(new Target.Item(ITEM_4));
        });
    }

    @Test
    void aParentIsCoveredByItsSubItemsAndItsSubItemsByIt() {
        Meeting withNewSub = after(new AddItem(ITEM_1, 2, AgendaItem.of(new ItemId("item-1c"), "Election of officers")));
        assertThat(messages(withNewSub)).containsExactly(
                "warning: Item 1 (c) is not taken up in any meeting of the organization of work.");
    }

    @Test
    void entriesLeftPointingAtADeletedItemAreErrors() {
        List<Problem> problems = MeetingValidator.validate(after(new DeleteItem(ITEM_2, false)));
        assertThat(problems).hasSize(2).allSatisfy(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
            assertThat(p.target()).isInstanceOf(Target.Entry.class);
        });
        assertThat(problems.get(0).message()).isEqualTo(
                "An entry in the meeting of Monday, 2 July, 10 a.m.–1 p.m. refers to an agenda item that was deleted.");
    }

    @Test
    void emptyTitlesAndTypedPunctuation() {
        assertThat(messages(after(new RenameItem(ITEM_2, "  ")))).containsExactly("error: Item 2 has no title.");
        assertThat(messages(after(new RenameItem(ITEM_2, "Other matters.")))).singleElement().asString()
                .contains("Item 2 ends with punctuation");
    }

    @Test
    void malformedSymbolsInDetailsAndDocumentation() {
        Meeting bad = reference.withDetails(reference.details().toBuilder().symbol("CTOC/COP/WG.4/2018 /1").build());
        assertThat(MeetingValidator.validate(bad)).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("The document symbol \"CTOC/COP/WG.4/2018 /1\" contains a space "
                    + "(symbols are written without spaces, e.g. A/80/590).");
            assertThat(p.target()).isEqualTo(new Target.Detail(DetailField.SYMBOL));
        });
        Meeting badDoc = after(new AddDocumentation(ITEM_2, 0, new DocumentationEntry("Background paper", "ctoc/cop/1")));
        assertThat(MeetingValidator.validate(badDoc)).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("Item 2: the symbol \"ctoc/cop/1\" of document 1 must start with capital");
            assertThat(p.target()).isEqualTo(new Target.Documentation(ITEM_2, 0));
        });
    }

    @Test
    void daysOutsideTheMeetingsDatesAndMisorderedDays() {
        Meeting later = after(new AddDay(2, new Day(LocalDate.of(2018, 7, 5), List.of())));
        assertThat(messages(later)).containsExactly(
                "error: Thursday, 5 July is outside the meeting's dates (2 and 3 July 2018).");
        Meeting early = reference.withDetails(reference.details().toBuilder()
                .dates(LocalDate.of(2018, 7, 1), LocalDate.of(2018, 7, 5)).build());
        Meeting misordered = after(new AddDay(2, new Day(LocalDate.of(2018, 7, 1), List.of())))
                .withDetails(early.details());
        assertThat(messages(misordered)).containsExactly(
                "warning: Sunday, 1 July comes after a later day; the annex prints days in this order.");
    }

    @Test
    void meetingDatesBackwardsAndRequiredDetails() {
        Meeting m = reference.withDetails(reference.details().toBuilder()
                .dates(LocalDate.of(2018, 7, 3), LocalDate.of(2018, 7, 2)).bodyName("").build());
        assertThat(messages(m)).contains("error: The name of the body is missing (e.g. Conference of the Parties to …).",
                "error: The meeting ends (2 July 2018) before it starts (3 July 2018).");
    }

    @Test
    void datesOutsideSensibleYearsAreFlagged() {
        LocalDate absurd = LocalDate.of(-999_999_999, 1, 1);
        Meeting m = reference.withDetails(reference.details().toBuilder()
                .issueDate(LocalDate.of(2201, 1, 1)).dates(absurd, LocalDate.of(2018, 7, 3)).build());
        Meeting withDay = m.withOrganization(m.organization().withDays(List.of(
                new Day(LocalDate.of(1944, 12, 31), List.of()))));
        List<Problem> problems = MeetingValidator.validate(withDay);
        assertThat(problems).extracting(Problem::toString).contains(
                "error: The date of issue is in the year 2201; dates must be between 1945 and 2200. Check the year.",
                "error: The meeting's first day is in the year -999999999; dates must be between 1945 and 2200."
                        + " Check the year.",
                "error: Day 1 of the organization of work is in the year 1944; dates must be between 1945 and 2200."
                        + " Check the year.");
        assertThat(problems).extracting(Problem::target).contains(new Target.Detail(DetailField.ISSUE_DATE),
                new Target.Detail(DetailField.DATES), new Target.Day(0));
        assertThat(messages(reference)).noneMatch(message -> message.contains("Check the year"));
    }

    @Test
    void anEmptyOrganizationIsOneWarningNotOnePerItem() {
        Meeting none = reference.withOrganization(OrganizationOfWork.EMPTY);
        assertThat(messages(none)).containsExactly(
                "warning: The organization of work has no meetings yet, so the document has no annex.");
    }

    @Test
    void aSubItemTakenUpBeforeItsGroupOpensIsFlagged() {
        var tuesdayMorning = reference.organization().days().get(1).meetings().get(0).id();
        Meeting groupLate = after(new org.agendum.edit.AddScheduleEntry(tuesdayMorning, 0,
                new org.agendum.model.ItemEntry(new org.agendum.model.EntryId("open-1"), ITEM_1)));
        List<Problem> problems = MeetingValidator.validate(groupLate);
        assertThat(problems).extracting(Problem::toString).containsExactly(
                "warning: Item 1 (a) is taken up before item 1 opens.",
                "warning: Item 1 (b) is taken up before item 1 opens.");
        Meeting groupFirst = after(new org.agendum.edit.AddScheduleEntry(MON_AM, 0,
                new org.agendum.model.ItemEntry(new org.agendum.model.EntryId("open-1"), ITEM_1)));
        assertThat(MeetingValidator.validate(groupFirst)).isEmpty();
    }

    @Test
    void aMeetingThatEndsBeforeItStartsIsFlagged() {
        var work = reference.organization().replaceSlot(MON_AM,
                s -> new MeetingSlot(s.id(), LocalTime.of(13, 0), LocalTime.of(10, 0), "", s.entries()));
        assertThat(messages(reference.withOrganization(work)))
                .contains("error: The meeting of Monday, 2 July ends before it starts.");
    }

    @Test
    void aSessionOfTheBodyItselfNeedsNoMeetingNameAndATreatyBodysDateLineNoVenue() {
        Meeting ownSession = after(new EditDetails<>(DetailField.MEETING_NAME, ""),
                new EditDetails<>(DetailField.SESSION_LINE, "Sixth session"), new EditDetails<>(DetailField.VENUE, ""));
        assertThat(messages(ownSession)).isEmpty();
        assertThat(messages(after(new EditDetails<>(DetailField.MEETING_NAME, "")))).containsExactly(
                "error: The name of the meeting is missing (e.g. Working Group on Trafficking in Persons); for a "
                        + "session of the body itself, give the session line (e.g. Sixth session) instead.");
    }

    @Test
    void anEmptyAgendaIsSaidAndPointsAtTheAgenda() {
        Meeting empty = reference.withAgenda(org.agendum.model.Agenda.EMPTY)
                .withOrganization(OrganizationOfWork.EMPTY);
        List<Problem> problems = MeetingValidator.validate(empty);
        assertThat(problems).extracting(Problem::toString)
                .containsExactly("warning: The agenda has no items yet; the document would have an empty agenda.");
        assertThat(problems.get(0).target()).isEqualTo(new Target.Agenda());
    }

    @Test
    void aDateOfIssueAfterTheFirstDayIsAWarning() {
        assertThat(messages(after(new EditDetails<>(DetailField.ISSUE_DATE, LocalDate.of(2018, 7, 3)))))
                .containsExactly("warning: The date of issue (3 July 2018) is after the meeting's first day "
                        + "(2 July 2018); an agenda is issued before its meeting.");
        assertThat(messages(after(new EditDetails<>(DetailField.ISSUE_DATE, LocalDate.of(2018, 7, 2))))).isEmpty();
    }

    @Test
    void aListEndOtherThanTheRuleIsAWarningAndTheRulesOwnMarkIsNot() {
        assertThat(messages(after(new SetListEnd(ITEM_1, ListEnd.SEMICOLON)))).containsExactly(
                "warning: Item 1 ends its list entry with a semicolon where the rule gives a colon.");
        assertThat(messages(after(new SetListEnd(ITEM_4, ListEnd.NONE)))).containsExactly(
                "warning: Item 4 ends its list entry with no punctuation where the rule gives a full stop.");
        assertThat(messages(after(new SetListEnd(ITEM_1, ListEnd.COLON)))).isEmpty();
        assertThat(MeetingValidator.validate(after(new SetListEnd(ITEM_4, ListEnd.NONE))))
                .extracting(Problem::target).as("the problem leads to the item's punctuation")
                .containsExactly(new Target.Punctuation(ITEM_4));
    }

    @Test
    void aFormWithoutAnnotationsSaysWhatItLeavesOut() {
        List<Problem> problems = MeetingValidator.validate(
                after(new EditDetails<>(DetailField.LAYOUT, AgendaLayout.PROVISIONAL_AGENDA)));
        assertThat(problems).extracting(Problem::toString).containsExactly(
                "warning: The form \u201CProvisional agenda (no annotations)\u201D leaves out the annotations and "
                        + "Documentation lists of 1 item.");
        assertThat(problems.get(0).target()).isEqualTo(new Target.Detail(DetailField.LAYOUT));
        assertThat(messages(after(new EditDetails<>(DetailField.LAYOUT, AgendaLayout.AGENDA_AND_ANNOTATIONS))))
                .isEmpty();
    }

    @Test
    void aFootnoteOfSpacesOrWithItsOwnAsteriskIsAWarningBesideItsField() {
        assertThat(messages(after(new EditDetails<>(DetailField.TITLE_NOTE, "  ")))).containsExactly(
                "warning: The title's footnote holds only spaces, so no asterisk or footnote is printed.");
        assertThat(messages(after(new EditDetails<>(DetailField.AGENDA_ITEM_LINE, "Item 2 of the provisional agenda"),
                new EditDetails<>(DetailField.AGENDA_ITEM_NOTE, "* E/CN.15/2011/1.")))).containsExactly(
                "warning: The agenda item line's footnote begins with \u201C*\u201D: the export prints the asterisk "
                        + "itself, so the document would show it twice.");
        assertThat(MeetingValidator.validate(after(new EditDetails<>(DetailField.TITLE_NOTE,
                "The late submission of this document was caused by the workload."))))
                .noneMatch(p -> p.target().equals(new Target.Detail(DetailField.TITLE_NOTE)));
    }

    @Test
    void theItemLinesTitleOrFootnoteWithoutTheLineAndJobDatesTheWrongWayRoundAreWarnings() {
        assertThat(messages(after(new EditDetails<>(DetailField.AGENDA_ITEM_TITLE, "Adoption of the agenda"),
                new EditDetails<>(DetailField.AGENDA_ITEM_NOTE, "E/CN.15/2011/1.")))).containsExactly(
                "warning: The agenda item's title is given without the line above it (e.g. Item 2 of the provisional "
                        + "agenda); the title is printed alone.",
                "warning: The agenda item line is empty, so its asterisk footnote is left out of the document.");
        assertThat(messages(after(new EditDetails<>(DetailField.PROCESSED_ON, java.util.Optional.of(LocalDate.of(2018, 4, 10))),
                new EditDetails<>(DetailField.RELEASED_ON, java.util.Optional.of(LocalDate.of(2018, 4, 9))))))
                .containsExactly("warning: The job line's processing date (10 April 2018) is after its release date "
                        + "(9 April 2018).");
    }
}
