package org.agendum.changes;

import static org.agendum.changes.ChangeMeetings.ADOPTION;
import static org.agendum.changes.ChangeMeetings.ADOPTION_ENTRY;
import static org.agendum.changes.ChangeMeetings.FOURTH;
import static org.agendum.changes.ChangeMeetings.MONDAY_AFTERNOON;
import static org.agendum.changes.ChangeMeetings.MONDAY_MORNING;
import static org.agendum.changes.ChangeMeetings.NOTE;
import static org.agendum.changes.ChangeMeetings.NOTE_BY;
import static org.agendum.changes.ChangeMeetings.OPENING;
import static org.agendum.changes.ChangeMeetings.OPENING_ENTRY;
import static org.agendum.changes.ChangeMeetings.OTHER;
import static org.agendum.changes.ChangeMeetings.REPORT;
import static org.agendum.changes.ChangeMeetings.THIRD;
import static org.agendum.changes.ChangeMeetings.TUESDAY_MORNING;
import static org.agendum.changes.ChangeMeetings.edited;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.agendum.edit.AddDay;
import org.agendum.edit.AddDocumentation;
import org.agendum.edit.AddItem;
import org.agendum.edit.AddMeetingSlot;
import org.agendum.edit.AddScheduleEntry;
import org.agendum.edit.DeleteItem;
import org.agendum.edit.DropPosition;
import org.agendum.edit.EditDetails;
import org.agendum.edit.EditDocumentation;
import org.agendum.edit.EditItemHeading;
import org.agendum.edit.EditMeetingSlot;
import org.agendum.edit.EditNote;
import org.agendum.edit.MoveDocumentation;
import org.agendum.edit.MoveItem;
import org.agendum.edit.MoveScheduleEntry;
import org.agendum.edit.RemoveDay;
import org.agendum.edit.RemoveDocumentation;
import org.agendum.edit.RemoveMeetingSlot;
import org.agendum.edit.RemoveScheduleEntry;
import org.agendum.edit.RenameItem;
import org.agendum.edit.ReplaceAnnotation;
import org.agendum.edit.SetListEnd;
import org.agendum.model.AgendaItem;
import org.agendum.model.Day;
import org.agendum.model.DetailField;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Inline;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Language;
import org.agendum.model.ListEnd;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingInfo;
import org.agendum.model.MeetingSlot;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.SlotId;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;
import org.agendum.typography.DocumentLanguage;
import org.junit.jupiter.api.Test;

class MeetingChangesTest {
    private final Meeting old = ChangeMeetings.meeting();

    private List<String> changesAfter(org.agendum.edit.Edit... edits) {
        return MeetingChanges.between(old, edited(old, edits)).stream().map(Change::description).toList();
    }

    @Test
    void aMeetingComparedWithItselfHasNoChanges() {
        assertThat(MeetingChanges.between(old, old)).isEmpty();
        assertThat(MeetingChanges.between(old, ChangeMeetings.meeting())).isEmpty();
    }

    @Test
    void movingItem4AboveItem2ShowsAsAMoveWithItsNewAndOldNumbersNotADeletion() {
        Meeting current = edited(old, MoveItem.relativeTo(old.agenda(), FOURTH, ADOPTION, DropPosition.BEFORE));

        List<Change> changes = MeetingChanges.between(old, current);

        assertThat(changes).containsExactly(new Change.ItemMoved(FOURTH, "4", "2", "Smuggling of migrants"));
        assertThat(changes.get(0).description()).isEqualTo("Item 4 moved to 2: \u201cSmuggling of migrants\u201d");
        assertThat(changes.get(0).target()).isEqualTo(new ChangeTarget.Item(FOURTH));
    }

    @Test
    void anItemPutUnderAnotherMovesWithItsNewNumber() {
        assertThat(changesAfter(MoveItem.indent(old.agenda(), THIRD)))
                .containsExactly("Item 3 moved to 2 (a): \u201cTrafficking in persons\u201d");
    }

    @Test
    void numbersAreTheVersionsOwn() {
        Meeting russian = edited(old, new EditDetails<>(DetailField.LANGUAGES,
                new org.agendum.model.Masthead.Languages(Language.ENGLISH, Language.RUSSIAN)));
        Meeting moved = edited(russian, MoveItem.indent(russian.agenda(), THIRD));

        String subItem = DocumentLanguage.of(Language.RUSSIAN.code()).numbering().reference(List.of(2, 1));
        assertThat(subItem).isNotEqualTo("2 (a)");
        assertThat(MeetingChanges.between(russian, moved)).containsExactly(
                new Change.ItemMoved(THIRD, "3", subItem, "Trafficking in persons"));
    }

    @Test
    void addedRemovedAndRenamedItemsAreSaidWithTheirNumbers() {
        ItemId added = new ItemId("added");
        assertThat(changesAfter(new AddItem(null, 5, AgendaItem.of(added, "Adoption of the report")),
                new DeleteItem(OTHER, true), new RenameItem(ADOPTION, "Adoption of the agenda and organization of work")))
                .containsExactly(
                        "Item 5 removed: \u201cOther matters\u201d",
                        "Item 2 renamed: \u201cAdoption of the agenda\u201d \u2192 "
                                + "\u201cAdoption of the agenda and organization of work\u201d",
                        "Item 5 added: \u201cAdoption of the report\u201d");
    }

    @Test
    void removingAnItemMovesNothingElse() {
        List<Change> changes = MeetingChanges.between(old, edited(old, new DeleteItem(ADOPTION, true)));

        assertThat(changes).hasSize(2);
        assertThat(changes.get(0)).isEqualTo(new Change.ItemRemoved(ADOPTION, "2", "Adoption of the agenda"));
        assertThat(changes.get(0).target()).isEqualTo(new ChangeTarget.Agenda());
        assertThat(changes.get(1).description())
                .isEqualTo("Organization of work: item 2 removed from Monday, 2 July, 10 a.m.\u20131 p.m.");
    }

    @Test
    void annotationTextIsComparedWordByWordWithItsContext() {
        List<Change> changes = MeetingChanges.between(old, edited(old, new ReplaceAnnotation(THIRD,
                RichText.of("The meeting will be held on three days.", "Delegations are invited to attend."))));

        assertThat(changes).containsExactly(new Change.AnnotationChanged(THIRD, "3", 1, List.of("two"),
                List.of("three"), List.of("be", "held", "on"), List.of("days.")));
        assertThat(changes.get(0).description()).isEqualTo(
                "Item 3, paragraph 1: \u201cbe held on two days.\u201d now reads "
                        + "\u201cbe held on three days.\u201d");
        assertThat(changes.get(0).target()).isEqualTo(new ChangeTarget.Annotation(THIRD));
    }

    @Test
    void wordsAddedToTheSecondParagraphNameItAndANewParagraphShowsItsBreak() {
        assertThat(changesAfter(new ReplaceAnnotation(THIRD, RichText.of("The meeting will be held on two days.",
                "All delegations are invited to attend.", "Observers may attend."))))
                .containsExactly(
                        "Item 3, paragraph 2: \u201cDelegations are invited to\u201d now reads "
                                + "\u201cAll delegations are invited to\u201d",
                        "Item 3, paragraph 2: \u201cinvited to attend.\u201d now reads "
                                + "\u201cinvited to attend. \u00b6 Observers may attend.\u201d");
    }

    @Test
    void documentationEntriesAddedRemovedAndChanged() {
        DocumentationEntry corrected = new DocumentationEntry("Report of the Secretariat", "CTOC/COP/WG.4/2018/4");
        DocumentationEntry added = new DocumentationEntry("Conference room paper", "CTOC/COP/WG.4/2018/CRP.1");
        List<Change> changes = MeetingChanges.between(old, edited(old, new EditDocumentation(FOURTH, 0, corrected),
                new RemoveDocumentation(FOURTH, 1), new AddDocumentation(THIRD, 0, added)));

        assertThat(changes).containsExactly(
                new Change.DocumentationAdded(THIRD, "3", 0, added),
                new Change.DocumentationChanged(FOURTH, "4", 0, REPORT, corrected),
                new Change.DocumentationRemoved(FOURTH, "4", NOTE_BY));
        assertThat(changes.get(1).description()).isEqualTo("Item 4, Documentation: "
                + "\u201cReport of the Secretariat (CTOC/COP/WG.4/2018/2)\u201d \u2192 "
                + "\u201cReport of the Secretariat (CTOC/COP/WG.4/2018/4)\u201d");
        assertThat(changes.get(1).target()).isEqualTo(new ChangeTarget.Documentation(FOURTH, 0));
    }

    @Test
    void aDocumentationEntryDraggedElsewhereInItsListMovedAndWasNeitherRemovedNorAdded() {
        List<Change> changes = MeetingChanges.between(old, edited(old, new MoveDocumentation(FOURTH, 0, 1)));

        assertThat(changes).hasSize(1).first().isInstanceOf(Change.DocumentationMoved.class);
        assertThat(changes).map(Change::description).containsAnyOf(
                "Item 4, Documentation: \u201cReport of the Secretariat (CTOC/COP/WG.4/2018/2)\u201d moved from place 1 to 2",
                "Item 4, Documentation: \u201cNote by the Secretariat (CTOC/COP/WG.4/2018/3)\u201d moved from place 2 to 1");
    }

    @Test
    void detailsFieldsChangedUnderTheirLabels() {
        List<Change> changes = MeetingChanges.between(old, edited(old, new EditDetails<>(DetailField.VENUE, "Geneva"),
                new EditDetails<>(DetailField.DATES,
                        new MeetingInfo.Dates(LocalDate.of(2018, 7, 2), LocalDate.of(2018, 7, 4))),
                new EditDetails<>(DetailField.JOB_NUMBER, "V.18-01966")));

        assertThat(changes).map(Change::description).containsExactly(
                "Venue: \u201cVienna\u201d \u2192 \u201cGeneva\u201d",
                "Dates: \u201c2 and 3 July 2018\u201d \u2192 \u201c2\u20134 July 2018\u201d",
                "Job number: (blank) \u2192 \u201cV.18-01966\u201d");
        assertThat(changes.get(0).target()).isEqualTo(new ChangeTarget.Detail(DetailField.VENUE));
    }

    @Test
    void entriesAddedMovedAndRemovedByTheirIds() {
        Meeting current = edited(old, new MoveScheduleEntry(ADOPTION_ENTRY, TUESDAY_MORNING, 0),
                new RemoveScheduleEntry(OPENING_ENTRY), new AddScheduleEntry(MONDAY_MORNING, 0, ItemEntry.of(THIRD)),
                new EditNote(NOTE, "Informal consultations on item 3"));
        List<Change> changes = MeetingChanges.between(old, current);

        assertThat(changes).map(Change::description).containsExactly(
                "Organization of work: item 1 removed from Monday, 2 July, 10 a.m.\u20131 p.m.",
                "Organization of work: item 3 added to Monday, 2 July, 10 a.m.\u20131 p.m.",
                "Organization of work, Monday, 2 July, 3\u20136 p.m.: note \u201cInformal consultations\u201d \u2192 "
                        + "\u201cInformal consultations on item 3\u201d",
                "Organization of work: item 2 moved from Monday, 2 July, 10 a.m.\u20131 p.m. to "
                        + "Tuesday, 3 July, 10 a.m.\u20131 p.m.");
        assertThat(changes.get(0).target()).isEqualTo(new ChangeTarget.Slot(MONDAY_MORNING));
        assertThat(changes.get(3).target()).isEqualTo(new ChangeTarget.Entry(ADOPTION_ENTRY));
    }

    @Test
    void meetingsRetimedAddedAndRemovedByTheirIds() {
        SlotId evening = new SlotId("tue-pm");
        Meeting current = edited(old, new EditMeetingSlot(MONDAY_MORNING, LocalTime.of(9, 30), LocalTime.of(13, 0), ""),
                new RemoveMeetingSlot(MONDAY_AFTERNOON),
                new AddMeetingSlot(1, 1, new MeetingSlot(evening, LocalTime.of(15, 0), LocalTime.of(18, 0), "",
                        List.of())));

        assertThat(MeetingChanges.between(old, current)).map(Change::description).containsExactly(
                "Organization of work: meeting removed, Monday, 2 July, 3\u20136 p.m.",
                "Organization of work: note \u201cInformal consultations\u201d removed from Monday, 2 July, 3\u20136 p.m.",
                "Organization of work: meeting of Monday, 2 July, 10 a.m.\u20131 p.m. now "
                        + "Monday, 2 July, 9.30 a.m.\u20131 p.m.",
                "Organization of work: meeting added, Tuesday, 3 July, 3\u20136 p.m.");
    }

    // ---- what the words alone do not show -----------------------------------------------------------------------

    /** Item 3's annotation: "The meeting will be held on two days.[footnote]" and "Delegations are invited to attend." */
    private static RichText third(Inline... firstParagraph) {
        return RichText.of(Paragraph.body(firstParagraph), Paragraph.body("Delegations are invited to attend."));
    }

    private static Meeting withAnnotations(RichText third, RichText fourth) {
        return edited(ChangeMeetings.meeting(), new ReplaceAnnotation(THIRD, third), new ReplaceAnnotation(FOURTH, fourth));
    }

    private static final RichText FOURTH_NOTED = RichText.of(Paragraph.body(TextRun.plain("Migrants."),
            FootnoteMark.of("General Assembly resolution 55/25, annex III.")));

    @Test
    void aFootnoteWhoseTextAloneChangedIsReportedWithItsNumberAndBothTexts() {
        Meeting issued = withAnnotations(third(TextRun.plain("The meeting will be held on two days."),
                FootnoteMark.of("See CTOC/COP/WG.4/2017/4.")), FOURTH_NOTED);
        Meeting corrected = edited(issued, new ReplaceAnnotation(THIRD, third(
                TextRun.plain("The meeting will be held on two days."), FootnoteMark.of("See CTOC/COP/WG.4/2017/5."))),
                new ReplaceAnnotation(FOURTH, RichText.of(Paragraph.body(TextRun.plain("Migrants."),
                        FootnoteMark.of("General Assembly resolution 55/25, annex II.")))));

        List<Change> changes = MeetingChanges.between(issued, corrected);

        assertThat(changes).map(Change::description).containsExactly(
                "Item 3, paragraph 1: footnote 1 changed: \u201cSee CTOC/COP/WG.4/2017/4.\u201d \u2192 "
                        + "\u201cSee CTOC/COP/WG.4/2017/5.\u201d",
                "Item 4, paragraph 1: footnote 2 changed: \u201cGeneral Assembly resolution 55/25, annex III.\u201d "
                        + "\u2192 \u201cGeneral Assembly resolution 55/25, annex II.\u201d");
        assertThat(changes.get(0).target()).isEqualTo(new ChangeTarget.Annotation(THIRD));
    }

    @Test
    void footnotesAddedRemovedAndCalledElsewhereAreReported() {
        Meeting issued = withAnnotations(third(TextRun.plain("The meeting will be held"),
                FootnoteMark.of("In Vienna."), TextRun.plain(" on two days.")), FOURTH_NOTED);
        Meeting corrected = withAnnotations(third(TextRun.plain("The meeting will be held on two days."),
                FootnoteMark.of("In Vienna."), FootnoteMark.of("From 10 a.m.")), RichText.of("Migrants."));

        assertThat(MeetingChanges.between(issued, corrected)).map(Change::description).containsExactly(
                "Item 3, paragraph 1: footnote 1 now called after \u201con two days.\u201d",
                "Item 3, paragraph 1: footnote 2 added: \u201cFrom 10 a.m.\u201d",
                "Item 4: footnote 2 removed: \u201cGeneral Assembly resolution 55/25, annex III.\u201d");
    }

    @Test
    void formattingAloneIsReportedOnTheWordsItChanged() {
        TextStyle link = TextStyle.link("https://undocs.org/CTOC/COP/WG.4/2017/4");
        Meeting issued = withAnnotations(third(TextRun.plain("The meeting will be held on two days. See "),
                new TextRun("CTOC/COP/WG.4/2017/4.", link)), RichText.EMPTY);
        Meeting corrected = withAnnotations(third(TextRun.plain("The meeting will be held on "),
                new TextRun("two days.", TextStyle.BOLD), TextRun.plain(" See "),
                new TextRun("CTOC/COP/WG.4/2017/4.", TextStyle.link("https://undocs.org/CTOC/COP/WG.4/2017/4/Rev.1"))),
                RichText.EMPTY);

        List<Change> changes = MeetingChanges.between(issued, corrected);

        assertThat(changes).map(Change::description).containsExactly(
                "Item 3, paragraph 1: formatting of \u201ctwo days.\u201d changed: now bold",
                "Item 3, paragraph 1: formatting of \u201cCTOC/COP/WG.4/2017/4.\u201d changed: link "
                        + "\u201chttps://undocs.org/CTOC/COP/WG.4/2017/4\u201d \u2192 "
                        + "\u201chttps://undocs.org/CTOC/COP/WG.4/2017/4/Rev.1\u201d");
        assertThat(changes.get(0).target()).isEqualTo(new ChangeTarget.Annotation(THIRD));
    }

    @Test
    void aParagraphMadeASubparagraphIsReportedWithItsLabelNotTheRelettering() {
        RichText issued = RichText.of(Paragraph.body("The Working Group will consider:"),
                Paragraph.subparagraph(1, "Prevention;"), Paragraph.subparagraph(1, "Protection."));
        RichText corrected = RichText.of(Paragraph.subparagraph(1, "The Working Group will consider:"),
                Paragraph.subparagraph(2, "Prevention;"), Paragraph.subparagraph(1, "Protection."));

        List<Change> changes = MeetingChanges.between(withAnnotations(issued, RichText.EMPTY),
                withAnnotations(corrected, RichText.EMPTY));

        assertThat(changes).map(Change::description).containsExactly(
                "Item 3, paragraph 1 is now subparagraph (a)",
                "Item 3, paragraph 2 is now subparagraph (i), not (a)");
        assertThat(changes.get(0).target()).isEqualTo(new ChangeTarget.Annotation(THIRD));
        assertThat(MeetingChanges.between(withAnnotations(corrected, RichText.EMPTY),
                withAnnotations(issued, RichText.EMPTY))).map(Change::description).containsExactly(
                "Item 3, paragraph 1 is now body text, not subparagraph (a)",
                "Item 3, paragraph 2 is now subparagraph (a), not (i)");
    }

    @Test
    void anAnnotationHeadingAndListPunctuationAreReported() {
        List<Change> changes = MeetingChanges.between(old, edited(old,
                new EditItemHeading(OPENING, "Opening of the eighth meeting"), new SetListEnd(ADOPTION, ListEnd.NONE)));

        assertThat(changes).map(Change::description).containsExactly(
                "Item 1, annotation heading: (the title) \u2192 \u201cOpening of the eighth meeting\u201d",
                "Item 2, list punctuation: As the rule says \u2192 Nothing");
        assertThat(changes.get(0).target()).isEqualTo(new ChangeTarget.Item(OPENING));
        assertThat(changes.get(1).target()).isEqualTo(new ChangeTarget.Punctuation(ADOPTION));
    }

    /** Of two entries swapped either moved; as for items, the one java-diff-utils does not keep is said. */
    @Test
    void anEntryReorderedWithinItsMeetingIsReported() {
        List<Change> changes = MeetingChanges.between(old, edited(old,
                new MoveScheduleEntry(ADOPTION_ENTRY, MONDAY_MORNING, 0)));

        assertThat(changes).map(Change::description).containsExactly(
                "Organization of work, Monday, 2 July, 10 a.m.\u20131 p.m.: item 1 moved after item 2");
        assertThat(changes.get(0).target()).isEqualTo(new ChangeTarget.Entry(OPENING_ENTRY));
    }

    /** A file may hold a meeting that ends before it starts (the validator reports it): it is compared as typed. */
    @Test
    void aMeetingEndingBeforeItStartsIsComparedAsTyped() {
        Meeting backwards = old.withOrganization(old.organization().replaceSlot(TUESDAY_MORNING,
                slot -> slot.withTimes(LocalTime.of(13, 0), LocalTime.of(10, 0), "")));

        assertThat(MeetingChanges.between(old, backwards)).map(Change::description).containsExactly(
                "Organization of work: meeting of Tuesday, 3 July, 10 a.m.\u20131 p.m. now "
                        + "Tuesday, 3 July, 1 p.m.\u201310 a.m.");
    }

    /** Two meetings at the same times keep the order they are in; retimed and timed back, one goes first. */
    @Test
    void aMeetingPutBeforeAnotherAtTheSameTimesIsReported() {
        SlotId committee = new SlotId("mon-am-committee");
        Meeting parallel = edited(old, new AddMeetingSlot(0, 1,
                new MeetingSlot(committee, LocalTime.of(10, 0), LocalTime.of(13, 0), "Committee of the Whole", List.of())));
        Meeting current = edited(parallel,
                new EditMeetingSlot(committee, LocalTime.of(9, 0), LocalTime.of(13, 0), "Committee of the Whole"),
                new EditMeetingSlot(committee, LocalTime.of(10, 0), LocalTime.of(13, 0), "Committee of the Whole"));

        List<Change> changes = MeetingChanges.between(parallel, current);

        assertThat(changes).map(Change::description).containsAnyOf(
                "Organization of work: meeting of Monday, 2 July, 10 a.m.\u20131 p.m. (Committee of the Whole) now "
                        + "before the meeting of Monday, 2 July, 10 a.m.\u20131 p.m.",
                "Organization of work: meeting of Monday, 2 July, 10 a.m.\u20131 p.m. now after the meeting of "
                        + "Monday, 2 July, 10 a.m.\u20131 p.m. (Committee of the Whole)");
        assertThat(changes).hasSize(1);
    }

    @Test
    void aDayWithoutMeetingsAddedOrRemovedIsReportedByItsDate() {
        Meeting current = edited(old, new AddDay(2, new Day(LocalDate.of(2018, 7, 4), List.of())));

        List<Change> changes = MeetingChanges.between(old, current);

        assertThat(changes).map(Change::description)
                .containsExactly("Organization of work: day added, Wednesday, 4 July (no meetings)");
        assertThat(changes.get(0).target()).isEqualTo(new ChangeTarget.Day(2));
        assertThat(MeetingChanges.between(current, old)).map(Change::description)
                .containsExactly("Organization of work: day removed, Wednesday, 4 July (no meetings)");
        assertThat(MeetingChanges.between(old, edited(old, new RemoveDay(1)))).map(Change::description)
                .as("a day with meetings is told by its meetings").containsExactly(
                        "Organization of work: meeting removed, Tuesday, 3 July, 10 a.m.\u20131 p.m.");
    }
}
