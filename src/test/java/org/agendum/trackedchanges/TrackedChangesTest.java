package org.agendum.trackedchanges;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.agendum.docx.ExportOptions;
import org.agendum.docx.WordExport;
import org.agendum.edit.CommandStack;
import org.agendum.edit.MoveItem;
import org.agendum.model.Meeting;
import org.agendum.testing.TestMeetings;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class TrackedChangesTest {
    private static final Revision REVISION = TrackedChangesPropertyTest.REVISION;

    @Test
    void aChangedSentenceShowsTheRemovedAndTheAddedWordsAndKeepsTheRest() throws Exception {
        Meeting old = TestMeetings.sample();
        byte[] tracked = TrackedChanges.between(old, ChangedMeetings.openingMoved(old), ExportOptions.DEFAULT,
                REVISION);

        Element body = ReviewedDocument.document(tracked).getDocumentElement();
        List<String> deleted = WordXml.descendants(body, "del").stream().map(Element::getTextContent).toList();
        List<String> inserted = WordXml.descendants(body, "ins").stream().map(Element::getTextContent).toList();
        assertThat(deleted).containsExactly("Monday, 2");
        assertThat(inserted).containsExactly("Tuesday, 3");
        Element mark = WordXml.descendants(body, "del").get(0);
        assertThat(WordXml.attribute(mark, "author")).isEqualTo("Agendum");
        assertThat(WordXml.attribute(mark, "date")).isEqualTo("2026-12-07T10:15:30Z");
        // the paragraph reads as before around the change
        assertThat(ReviewedDocument.rejectedAll(tracked)).contains(ChangedMeetings.OPENING_WAS);
        assertThat(ReviewedDocument.acceptedAll(tracked)).contains(ChangedMeetings.OPENING_IS);
        WordRules.check(tracked);
    }

    @Test
    void aWordMadeBoldKeepsItsTextAndRecordsItsOldFormat() throws Exception {
        Meeting old = TestMeetings.sample();
        Meeting now = ChangedMeetings.openingDayInBold(old);
        byte[] oldExport = WordExport.toBytes(old, ExportOptions.DEFAULT);
        byte[] newExport = WordExport.toBytes(now, ExportOptions.DEFAULT);
        byte[] tracked = TrackedChanges.compare(oldExport, newExport, REVISION);

        Element body = ReviewedDocument.document(tracked).getDocumentElement();
        assertThat(WordXml.descendants(body, "ins")).isEmpty();
        assertThat(WordXml.descendants(body, "del")).isEmpty();
        List<Element> changes = WordXml.descendants(body, "rPrChange");
        assertThat(changes).hasSize(1);
        Element change = changes.get(0);
        assertThat(WordXml.attribute(change, "author")).isEqualTo("Agendum");
        assertThat(WordXml.attribute(change, "date")).isEqualTo("2026-12-07T10:15:30Z");
        assertThat(WordXml.attribute(change, "id")).isNotEmpty();
        // in the bold run's w:rPr, after its w:b, with the old format (none) inside
        Element format = (Element) change.getParentNode();
        assertThat(format.getParentNode().getTextContent()).isEqualTo("Monday");
        assertThat(WordXml.children(format)).extracting(Element::getLocalName).containsExactly("b", "rPrChange");
        assertThat(WordXml.children(WordXml.child(change, "rPr"))).isEmpty();

        assertThat(ReviewedDocument.formattedAcceptedAll(tracked))
                .isEqualTo(ReviewedDocument.formattedParagraphs(newExport));
        assertThat(ReviewedDocument.formattedRejectedAll(tracked))
                .isEqualTo(ReviewedDocument.formattedParagraphs(oldExport))
                .isNotEqualTo(ReviewedDocument.formattedParagraphs(newExport));
        WordRules.check(tracked);
    }

    @Test
    void aWordNoLongerBoldRecordsItsBoldFormat() throws Exception {
        Meeting old = ChangedMeetings.openingDayInBold(TestMeetings.sample());
        Meeting now = TestMeetings.sample();
        byte[] oldExport = WordExport.toBytes(old, ExportOptions.DEFAULT);
        byte[] newExport = WordExport.toBytes(now, ExportOptions.DEFAULT);
        byte[] tracked = TrackedChanges.compare(oldExport, newExport, REVISION);

        Element body = ReviewedDocument.document(tracked).getDocumentElement();
        List<Element> changes = WordXml.descendants(body, "rPrChange");
        assertThat(changes).singleElement().satisfies(change -> assertThat(
                WordXml.children(WordXml.child(change, "rPr"))).extracting(Element::getLocalName).containsExactly("b"));
        assertThat(ReviewedDocument.formattedAcceptedAll(tracked))
                .isEqualTo(ReviewedDocument.formattedParagraphs(newExport));
        assertThat(ReviewedDocument.formattedRejectedAll(tracked))
                .isEqualTo(ReviewedDocument.formattedParagraphs(oldExport));
        WordRules.check(tracked);
    }

    @Test
    void theDocumentTracksTheOfficersFurtherEditsAndItsSettingsStayInTheSchemasOrder() throws Exception {
        Meeting old = TestMeetings.sample();
        byte[] export = WordExport.toBytes(old, ExportOptions.DEFAULT);
        byte[] tracked = TrackedChanges.between(old, ChangedMeetings.openingMoved(old), ExportOptions.DEFAULT,
                REVISION);

        Element settings = WordXml.parse(ExportedPackage.read(tracked).parts.get(TrackedSettings.SETTINGS))
                .getDocumentElement();
        List<String> names = WordXml.children(settings).stream().map(Element::getLocalName).toList();
        List<String> exported = WordXml.children(WordXml.parse(ExportedPackage.read(export).parts
                .get(TrackedSettings.SETTINGS)).getDocumentElement()).stream().map(Element::getLocalName).toList();
        // on, before the default tab stop as CT_Settings orders them, the rest as exported
        assertThat(names).containsOnlyOnce("trackRevisions").startsWith("trackRevisions", "defaultTabStop");
        assertThat(names.subList(1, names.size())).isEqualTo(exported);
        assertThat(exported).doesNotContain("trackRevisions");
        WordRules.check(tracked); // validates the settings part against the schema
    }

    @Test
    void aMovedItemsAnnotationIsMovedFromItsOldPlaceToItsNewOne() throws Exception {
        Meeting old = TestMeetings.sample();
        CommandStack stack = new CommandStack(old);
        stack.execute(MoveItem.up(old.agenda(), TestMeetings.idOf(old, "Other matters")));
        Meeting now = stack.meeting();
        byte[] oldExport = WordExport.toBytes(old, ExportOptions.DEFAULT);
        byte[] newExport = WordExport.toBytes(now, ExportOptions.DEFAULT);
        byte[] tracked = TrackedChanges.compare(oldExport, newExport, REVISION);

        Element body = ReviewedDocument.document(tracked).getDocumentElement();
        String annotation = "As no issues to be raised under agenda item 4 have come to the attention of the "
                + "Secretariat, no documentation regarding the item is currently foreseen.";
        List<Element> from = WordXml.descendants(body, "moveFrom").stream()
                .filter(move -> !WordXml.is(move.getParentNode(), "rPr")).toList();
        List<Element> to = WordXml.descendants(body, "moveTo").stream()
                .filter(move -> !WordXml.is(move.getParentNode(), "rPr")).toList();
        assertThat(from).extracting(Element::getTextContent).contains(annotation);
        assertThat(to).extracting(Element::getTextContent).contains(annotation);
        // its paragraph mark moves with it, and the two places are one move by name
        Element moved = (Element) to.stream().filter(m -> m.getTextContent().equals(annotation)).findFirst()
                .orElseThrow().getParentNode();
        assertThat(ParagraphMarks.kindOf(moved)).isNull();
        assertThat(WordXml.child(WordXml.child(WordXml.child(moved, "pPr"), "rPr"), "moveTo")).isNotNull();
        assertThat(WordXml.descendants(body, "del").stream().map(Element::getTextContent)).doesNotContain(annotation);

        assertThat(ReviewedDocument.formattedAcceptedAll(tracked))
                .isEqualTo(ReviewedDocument.formattedParagraphs(newExport));
        assertThat(ReviewedDocument.formattedRejectedAll(tracked))
                .isEqualTo(ReviewedDocument.formattedParagraphs(oldExport));
        WordRules.check(tracked);
    }

    @Test
    void theSameMeetingHasNoChanges() throws Exception {
        Meeting sample = TestMeetings.sample();
        byte[] tracked = TrackedChanges.between(sample, sample, ExportOptions.DEFAULT, REVISION);

        Element body = ReviewedDocument.document(tracked).getDocumentElement();
        assertThat(WordXml.descendants(body, "ins")).isEmpty();
        assertThat(WordXml.descendants(body, "del")).isEmpty();
        assertThat(ReviewedDocument.paragraphs(tracked))
                .isEqualTo(ReviewedDocument.paragraphs(WordExport.toBytes(sample, ExportOptions.DEFAULT)));
    }

    @Test
    void aRemovedItemsFootnoteStaysForItsDeletedReferenceAndComesBackOnRejectAll() throws Exception {
        Meeting old = TestMeetings.styled();
        byte[] tracked = TrackedChanges.between(old, ChangedMeetings.styledWithoutTheFootnote(),
                ExportOptions.DEFAULT, REVISION);

        Element body = ReviewedDocument.document(tracked).getDocumentElement();
        List<Element> references = WordXml.descendants(body, "footnoteReference");
        assertThat(references).anyMatch(reference -> WordXml.is(reference.getParentNode().getParentNode(), "del"));
        assertThat(ReviewedDocument.rejectedAll(tracked)).anyMatch(p -> p.contains("[\tThe first footnote.]"));
        assertThat(ReviewedDocument.acceptedAll(tracked)).noneMatch(p -> p.contains("The first footnote."));
        WordRules.check(tracked);
    }

    @Test
    void aRenamedItemChangesInTheListTheAnnotationsAndTheAnnex() throws Exception {
        Meeting old = TestMeetings.sample();
        Meeting now = ChangedMeetings.renamed(old, "item-1b", "Adoption of the agenda");
        byte[] tracked = TrackedChanges.between(old, now, ExportOptions.DEFAULT, REVISION);

        Element body = ReviewedDocument.document(tracked).getDocumentElement();
        assertThat(WordXml.descendants(body, "del").stream().map(Element::getTextContent))
                .allMatch(text -> text.contains("organization of work"));
        assertThat(ReviewedDocument.acceptedAll(tracked))
                .isEqualTo(ReviewedDocument.paragraphs(WordExport.toBytes(now, ExportOptions.DEFAULT)));
        WordRules.check(tracked);
    }

    /** A title extended keeps its words: "Other matters[, including … meeting]." in the list, not a new line. */
    @Test
    void aTitleExtendedIsShownWordByWord() throws Exception {
        Meeting old = TestMeetings.sample();
        Meeting now = ChangedMeetings.renamed(old, "item-4", "Other matters, including the date of the next meeting");
        byte[] tracked = TrackedChanges.between(old, now, ExportOptions.DEFAULT, REVISION);

        Element body = ReviewedDocument.document(tracked).getDocumentElement();
        List<Element> listLine = WordXml.descendants(body, "p").stream()
                .filter(p -> p.getTextContent().startsWith("4.") && p.getTextContent().endsWith("meeting."))
                .toList();
        assertThat(listLine).hasSize(1).allSatisfy(p -> {
            assertThat(WordXml.descendants(p, "del")).isEmpty();
            assertThat(WordXml.descendants(p, "ins").stream().map(Element::getTextContent))
                    .containsExactly(", including the date of the next meeting");
        });
        assertThat(ReviewedDocument.acceptedAll(tracked))
                .isEqualTo(ReviewedDocument.paragraphs(WordExport.toBytes(now, ExportOptions.DEFAULT)));
        assertThat(ReviewedDocument.rejectedAll(tracked))
                .isEqualTo(ReviewedDocument.paragraphs(WordExport.toBytes(old, ExportOptions.DEFAULT)));
        WordRules.check(tracked);
    }

    @Test
    void anItemAfterARemovedOneIsRenumberedNotDeleted() throws Exception {
        byte[] tracked = TrackedChanges.between(TestMeetings.styled(), ChangedMeetings.styledWithoutTheFootnote(),
                ExportOptions.DEFAULT, REVISION);

        Element body = ReviewedDocument.document(tracked).getDocumentElement();
        // in the list and over the annotations: "2" struck through, "1" inserted, "Second item" kept as it was
        List<Element> renumbered = WordXml.descendants(body, "p").stream()
                .filter(p -> p.getTextContent().startsWith("21") && p.getTextContent().contains("Second item"))
                .toList();
        assertThat(renumbered).hasSize(2).allSatisfy(p -> {
            assertThat(WordXml.descendants(p, "del").stream().map(Element::getTextContent)).containsExactly("2");
            assertThat(WordXml.descendants(p, "ins").stream().map(Element::getTextContent)).containsExactly("1");
        });
    }

    @Test
    void anEntryMovedInTheAnnexChangesTheTimeInItsCellsNotTheirLines() throws Exception {
        Meeting old = TestMeetings.sample();
        Meeting now = ChangedMeetings.otherMattersOnTuesdayMorning(old);
        byte[] tracked = TrackedChanges.between(old, now, ExportOptions.DEFAULT, REVISION);

        Element body = ReviewedDocument.document(tracked).getDocumentElement();
        // "3–6 p.m." struck out beside item 4 and written beside item 5, each cell still one paragraph
        Element annex = WordXml.descendants(body, "tbl").get(0);
        assertThat(WordXml.descendants(annex, "del").stream().map(Element::getTextContent)).containsExactly("3–6 p.m.");
        assertThat(WordXml.descendants(annex, "ins").stream().map(Element::getTextContent)).containsExactly("3–6 p.m.");
        assertThat(WordXml.descendants(annex, "tc")).allSatisfy(cell ->
                assertThat(WordXml.children(cell, "p")).hasSize(1));
        WordRules.check(tracked);
    }

    @Test
    void whenOnlyTheOldVersionHasNotesTheDocumentGetsAFootnotesPartForThem() throws Exception {
        Meeting old = TestMeetings.styled();
        Meeting now = old.withAgenda(old.agenda().remove(TestMeetings.STYLED).remove(TestMeetings.SECOND));
        byte[] newExport = WordExport.toBytes(now, ExportOptions.DEFAULT);
        assertThat(ExportedPackage.read(newExport).parts.has(ExportedPackage.FOOTNOTES)).as("no notes now").isFalse();

        byte[] tracked = TrackedChanges.between(old, now, ExportOptions.DEFAULT, REVISION);

        ExportedPackage document = ExportedPackage.read(tracked);
        assertThat(document.parts.has(ExportedPackage.FOOTNOTES)).isTrue();
        assertThat(new String(document.parts.get(ExportedPackage.CONTENT_TYPES), StandardCharsets.UTF_8))
                .contains("/word/footnotes.xml");
        assertThat(document.relationships.values()).anyMatch(r -> r.getAttribute("Target").equals("footnotes.xml"));
        assertThat(ReviewedDocument.rejectedAll(tracked))
                .isEqualTo(ReviewedDocument.paragraphs(WordExport.toBytes(old, ExportOptions.DEFAULT)));
        assertThat(ReviewedDocument.acceptedAll(tracked)).isEqualTo(ReviewedDocument.paragraphs(newExport));
        WordRules.check(tracked);
    }
}
