package org.agendum.corrigendum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.agendum.changes.Change;
import org.agendum.file.SampleMeeting;
import org.agendum.model.DetailField;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.EntryId;
import org.agendum.model.IssueKind;
import org.agendum.model.IssuedVersion;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.SlotId;
import org.junit.jupiter.api.Test;

class CorrigendumInstructionsTest {
    private static final ItemId ITEM = new ItemId("item");
    private static final EntryId ENTRY = new EntryId("entry");
    private static final SlotId SLOT = new SlotId("slot");
    private static final String MONDAY = "Monday, 2 July, 3\u20136 p.m.";
    private static final String TUESDAY = "Tuesday, 3 July, 10 a.m.\u20131 p.m.";
    private static final DocumentationEntry REPORT = new DocumentationEntry("Report of the Secretariat",
            "CTOC/COP/WG.4/2018/2");
    private static final DocumentationEntry NOTE = new DocumentationEntry("Note by the Secretariat", "");

    private static Instruction only(Change change) {
        List<Instruction> instructions = CorrigendumInstructions.of(List.of(change));
        assertThat(instructions).hasSize(1);
        return instructions.get(0);
    }

    @Test
    void noChangesGiveNoInstructions() {
        Meeting sample = SampleMeeting.load();
        assertThat(CorrigendumInstructions.between(sample, sample)).isEmpty();
        assertThat(CorrigendumInstructions.of(List.of())).isEmpty();
    }

    @Test
    void aRenamedItemIsForTheOldTitleReadTheNewOne() {
        assertThat(only(new Change.ItemRenamed(ITEM, "4", "Other matters", "Other matters and closing")))
                .isEqualTo(new Instruction("Item 4, title",
                        "For \u201cOther matters\u201d read \u201cOther matters and closing\u201d"));
    }

    @Test
    void addedRemovedAndMovedItemsAreInsertedAndDeletedInTheList() {
        assertThat(only(new Change.ItemAdded(ITEM, "6", "Closing"))).isEqualTo(
                new Instruction("Provisional agenda, item 6", "Insert a new item 6, \u201cClosing\u201d"));
        assertThat(only(new Change.ItemRemoved(ITEM, "5", "Other matters"))).isEqualTo(
                new Instruction("Provisional agenda, item 5", "Delete item 5, \u201cOther matters\u201d"));
        assertThat(only(new Change.ItemMoved(ITEM, "4", "2", "Smuggling of migrants"))).isEqualTo(
                new Instruction("Provisional agenda, item 4",
                        "Delete item 4, \u201cSmuggling of migrants\u201d, and insert it as item 2"));
    }

    @Test
    void changedAnnotationWordsAreForReadWithTheirContext() {
        Change change = new Change.AnnotationChanged(ITEM, "3", 1, List.of("two"), List.of("three"),
                List.of("be", "held", "on"), List.of("days."));
        assertThat(only(change)).isEqualTo(new Instruction("Item 3, paragraph 1",
                "For \u201cbe held on two days.\u201d read \u201cbe held on three days.\u201d"));
    }

    @Test
    void annotationWordsOnlyAddedOrRemovedAreInsertedOrDeletedAfterTheWordsBeforeThem() {
        assertThat(only(new Change.AnnotationChanged(ITEM, "2", 3, List.of(), List.of("informal"),
                List.of("hold"), List.of("consultations")))).isEqualTo(
                new Instruction("Item 2, paragraph 3", "Insert \u201cinformal\u201d after \u201chold\u201d"));
        assertThat(only(new Change.AnnotationChanged(ITEM, "2", 1, List.of("Also,"), List.of(),
                List.of(), List.of("the", "Group")))).isEqualTo(
                new Instruction("Item 2, paragraph 1", "Delete \u201cAlso,\u201d before \u201cthe Group\u201d"));
    }

    @Test
    void documentationEntriesAreInsertedDeletedOrReplaced() {
        assertThat(only(new Change.DocumentationAdded(ITEM, "2", 0, REPORT))).isEqualTo(new Instruction(
                "Item 2, Documentation", "Insert \u201cReport of the Secretariat (CTOC/COP/WG.4/2018/2)\u201d"));
        assertThat(only(new Change.DocumentationRemoved(ITEM, "2", NOTE))).isEqualTo(new Instruction(
                "Item 2, Documentation", "Delete \u201cNote by the Secretariat\u201d"));
        assertThat(only(new Change.DocumentationChanged(ITEM, "2", 0, NOTE, REPORT)).text()).isEqualTo(
                "For \u201cNote by the Secretariat\u201d read \u201cReport of the Secretariat "
                        + "(CTOC/COP/WG.4/2018/2)\u201d");
    }

    /** The masthead and the title block are on page 1; a field of the form, which prints nowhere, by its name. */
    @Test
    void aDetailIsCorrectedOnPageOne() {
        assertThat(only(new Change.DetailChanged(DetailField.VENUE, "Vienna", "Geneva"))).isEqualTo(
                new Instruction("Page 1", "For \u201cVienna\u201d read \u201cGeneva\u201d"));
        assertThat(only(new Change.DetailChanged(DetailField.STANDARD_SENTENCE, "None.", "Nothing.")).location())
                .isEqualTo(DetailField.STANDARD_SENTENCE.label());
        assertThat(only(new Change.DetailChanged(DetailField.VENUE, "", "Geneva")).text())
                .isEqualTo("Insert \u201cGeneva\u201d");
    }

    @Test
    void theAnnexIsCorrectedMeetingByMeeting() {
        assertThat(only(new Change.EntryAdded(ENTRY, "item 3", MONDAY)))
                .isEqualTo(new Instruction("Annex, " + MONDAY, "Insert item 3"));
        assertThat(only(new Change.EntryRemoved(ENTRY, "item 3", MONDAY, SLOT, true)))
                .isEqualTo(new Instruction("Annex, " + MONDAY, "Delete item 3"));
        assertThat(CorrigendumInstructions.of(List.of(new Change.EntryMoved(ENTRY, "item 2", MONDAY, TUESDAY))))
                .containsExactly(new Instruction("Annex, " + MONDAY, "Delete item 2"),
                        new Instruction("Annex, " + TUESDAY, "Insert item 2"));
        assertThat(only(new Change.NoteChanged(ENTRY, MONDAY, "Informal", "Informal consultations")))
                .isEqualTo(new Instruction("Annex, " + MONDAY,
                        "For \u201cInformal\u201d read \u201cInformal consultations\u201d"));
        assertThat(only(new Change.MeetingAdded(SLOT, TUESDAY)))
                .isEqualTo(new Instruction("Annex", "Insert a meeting on " + TUESDAY));
        assertThat(only(new Change.MeetingRemoved(SLOT, MONDAY)))
                .isEqualTo(new Instruction("Annex", "Delete the meeting of " + MONDAY));
        assertThat(only(new Change.MeetingRetimed(SLOT, MONDAY, TUESDAY)))
                .isEqualTo(new Instruction("Annex, " + MONDAY, "For \u201c" + MONDAY + "\u201d read \u201c"
                        + TUESDAY + "\u201d"));
    }

    @Test
    void anEntryReorderedInItsMeetingIsDeletedAndInsertedBeforeItsNeighbour() {
        assertThat(CorrigendumInstructions.of(List.of(new Change.EntryReordered(ENTRY, "item 1", MONDAY,
                new EntryId("next"), "item 2", false)))).containsExactly(
                new Instruction("Annex, " + MONDAY, "Delete item 1"),
                new Instruction("Annex, " + MONDAY, "Insert item 1 after item 2"));
        assertThat(CorrigendumInstructions.of(List.of(new Change.DocumentationMoved(ITEM, "2", 1, 0, NOTE))))
                .containsExactly(new Instruction("Item 2, Documentation", "Delete \u201cNote by the Secretariat\u201d"),
                        new Instruction("Item 2, Documentation", "Insert \u201cNote by the Secretariat\u201d"));
    }

    /** A footnote is corrected by its number through the document, as the UN's corrigenda place one. */
    @Test
    void aFootnoteByItsNumberAndAnAnnotationHeading() {
        assertThat(CorrigendumInstructions.of(List.of(
                new Change.FootnoteChanged(ITEM, "3", 2, 1, "See A/72/1.", "See A/73/1."),
                new Change.FootnoteAdded(ITEM, "3", 2, 2, "In Vienna."),
                new Change.FootnoteRemoved(ITEM, "3", 2, "In Vienna."),
                new Change.HeadingChanged(ITEM, "3", "Opening", "Opening of the session")))).containsExactly(
                new Instruction("Footnote 1", "For \u201cSee A/72/1.\u201d read \u201cSee A/73/1.\u201d"),
                new Instruction("Footnote 2", "Insert \u201cIn Vienna.\u201d"),
                new Instruction("Footnote 2", "Delete \u201cIn Vienna.\u201d"),
                new Instruction("Annotations, item 3", "For \u201cOpening\u201d read \u201cOpening of the session\u201d"));
    }

    /** What has no plain words (formatting, a level, a footnote's place, punctuation, a day) gives no instruction. */
    @Test
    void changesWithoutAnInstructionsWordsGiveNone() {
        assertThat(CorrigendumInstructions.of(List.of(
                new Change.FootnoteChanged(ITEM, "3", 2, 1, "See A/72/1.", "See A/72/1."),
                new Change.FootnoteMoved(ITEM, "3", 1, 1, List.of("two", "days.")),
                new Change.FormattingChanged(ITEM, "3", 1, List.of("two"), "now bold"),
                new Change.SubparagraphChanged(ITEM, "3", 2, "", "(a)"),
                new Change.ListEndChanged(ITEM, "3", org.agendum.model.ListEnd.DERIVED, org.agendum.model.ListEnd.NONE),
                new Change.DayAdded(2, "Wednesday, 4 July"),
                new Change.DayRemoved("Wednesday, 4 July"),
                new Change.MeetingReordered(SLOT, MONDAY, "the meeting of " + TUESDAY, true)))).isEmpty();
    }

    @Test
    void theKeywordsOutsideQuotesAreSetApartForItalics() {
        Instruction instruction = new Instruction("Item 4, title",
                "For \u201cread the report after the break\u201d read \u201cDelete it\u201d");
        assertThat(instruction.parts()).containsExactly(
                new InstructionWords.Part("For", true),
                new InstructionWords.Part(" \u201cread the report after the break\u201d ", false),
                new InstructionWords.Part("read", true),
                new InstructionWords.Part(" \u201cDelete it\u201d", false));
        assertThat(new Instruction("Annex", "Insert item 2 after item 1").parts()).extracting(
                InstructionWords.Part::keyword).containsExactly(true, false, true, false);
    }

    @Test
    void aCorrigendumTakesTheNextFreeNumberOfTheDocumentItCorrects() {
        Meeting sample = SampleMeeting.load();
        LocalDate day = LocalDate.of(2018, 4, 9);
        Meeting issued = sample.withIssued(new IssuedVersion("CTOC/COP/WG.4/2018/1", day, IssueKind.ORIGINAL, sample));
        CorrectedDocument corrected = CorrectedDocument.lastIssued(issued).orElseThrow();
        assertThat(corrected.corrigendumSymbol(issued.issued())).isEqualTo("CTOC/COP/WG.4/2018/1/Corr.1");

        Meeting corrigendum = issued.withIssued(new IssuedVersion("CTOC/COP/WG.4/2018/1/Corr.1", day,
                IssueKind.CORRIGENDUM, sample));
        assertThat(CorrectedDocument.lastIssued(corrigendum).orElseThrow().corrigendumSymbol(corrigendum.issued()))
                .isEqualTo("CTOC/COP/WG.4/2018/1/Corr.2");
        assertThat(CorrectedDocument.lastIssued(sample)).isEmpty();
    }
}
