package org.agendum.trackedchanges;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.agendum.docx.ExportOptions;
import org.agendum.docx.WordExport;
import org.agendum.model.ItemEntry;
import org.agendum.model.Meeting;
import org.agendum.model.OrganizationOfWork;
import org.agendum.model.SlotId;
import org.agendum.testing.TestMeetings;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The ends of things, where Word is strict: the last paragraph of the body and of a cell (Word cannot remove it, so
 * its mark must stay in both versions) and the last row of the annex's table (it carries the rule under the table).
 * Each document must be valid, and Accept All and Reject All must give each version with its formatting.
 */
class TrackedChangesEdgeTest {
    private static final Revision REVISION = TrackedChangesPropertyTest.REVISION;

    @Test
    void aDeletedLastParagraphOfTheBodyLeavesTheLastMarkInPlace() throws Exception {
        byte[] now = WordExport.toBytes(TestMeetings.sample(), ExportOptions.DEFAULT);
        byte[] old = edited(now, document -> append(bodyOf(document), paragraph(document, "SingleTxt", "Closing.")));

        byte[] tracked = reviewedAsBoth(old, now);

        List<Element> paragraphs = bodyParagraphs(tracked);
        Element last = paragraphs.get(paragraphs.size() - 1);
        assertThat(ParagraphMarks.kindOf(last)).as("the last mark is neither deleted nor inserted").isNull();
        assertThat(WordXml.descendants(last, "del").stream().map(Element::getTextContent)).containsExactly("Closing.");
        // the spacer before it gives up its mark, and the last paragraph takes its properties
        assertThat(ParagraphMarks.kindOf(paragraphs.get(paragraphs.size() - 2))).isEqualTo(ChangeMarks.DELETED);
        assertThat(WordXml.descendants(last, "pPrChange")).hasSize(1);
    }

    @Test
    void anInsertedLastParagraphOfTheBodyLeavesTheLastMarkInPlace() throws Exception {
        byte[] old = WordExport.toBytes(TestMeetings.sample(), ExportOptions.DEFAULT);
        byte[] now = edited(old, document -> append(bodyOf(document), paragraph(document, "SingleTxt", "Closing.")));

        byte[] tracked = reviewedAsBoth(old, now);

        List<Element> paragraphs = bodyParagraphs(tracked);
        Element last = paragraphs.get(paragraphs.size() - 1);
        assertThat(ParagraphMarks.kindOf(last)).isNull();
        assertThat(ParagraphMarks.kindOf(paragraphs.get(paragraphs.size() - 2))).isEqualTo(ChangeMarks.INSERTED);
    }

    @Test
    void theAnnexRemovedOrAddedEndsTheBodyWithAMarkBothVersionsHave() throws Exception {
        Meeting sample = TestMeetings.sample();
        Meeting withoutAnnex = sample.withOrganization(OrganizationOfWork.EMPTY);
        byte[] with = WordExport.toBytes(sample, ExportOptions.DEFAULT);
        byte[] without = WordExport.toBytes(withoutAnnex, ExportOptions.DEFAULT);
        assertThat(ReviewedDocument.paragraphs(without)).doesNotContain("Date and time");

        for (byte[] tracked : List.of(reviewedAsBoth(with, without), reviewedAsBoth(without, with))) {
            List<Element> paragraphs = bodyParagraphs(tracked);
            assertThat(ParagraphMarks.kindOf(paragraphs.get(paragraphs.size() - 1))).isNull();
        }
    }

    @Test
    void aCellWhoseOnlyParagraphIsReplacedKeepsOneParagraph() throws Exception {
        byte[] old = WordExport.toBytes(TestMeetings.sample(), ExportOptions.DEFAULT);
        // the cell of "3–6 p.m." now reads "Withdrawn", in a paragraph of other properties (kept on one page)
        byte[] now = edited(old, document -> {
            Element cell = cellWith(document, "3–6 p.m.");
            Element replacement = paragraph(document, "TableText", "Withdrawn");
            WordXml.child(replacement, "pPr").appendChild(WordXml.element(document, "keepLines"));
            cell.replaceChild(replacement, WordXml.child(cell, "p"));
        });

        byte[] tracked = reviewedAsBoth(old, now);

        Element cell = cellWith(ReviewedDocument.document(tracked), "Withdrawn");
        assertThat(WordXml.children(cell, "p")).singleElement().satisfies(p -> {
            assertThat(ParagraphMarks.kindOf(p)).isNull();
            assertThat(WordXml.descendants(p, "del")).extracting(Element::getTextContent).containsExactly("3–6 p.m.");
            assertThat(WordXml.descendants(p, "ins")).extracting(Element::getTextContent).containsExactly("Withdrawn");
            assertThat(WordXml.descendants(p, "pPrChange")).hasSize(1);
        });
    }

    @Test
    void aCellsDeletedLastParagraphLeavesItsMarkInPlace() throws Exception {
        byte[] now = WordExport.toBytes(TestMeetings.sample(), ExportOptions.DEFAULT);
        byte[] old = edited(now, document ->
                append(cellWith(document, "Other matters"), paragraph(document, "TableText", "(to be confirmed)")));

        byte[] tracked = reviewedAsBoth(old, now);

        Element cell = cellWith(ReviewedDocument.document(tracked), "Other matters");
        List<Element> paragraphs = WordXml.children(cell, "p");
        assertThat(paragraphs).hasSize(2);
        assertThat(ParagraphMarks.kindOf(paragraphs.get(0))).isEqualTo(ChangeMarks.DELETED);
        assertThat(ParagraphMarks.kindOf(paragraphs.get(1))).isNull();
    }

    @Test
    void aRowAddedAtTheEndOfTheAnnexTakesTheRuleUnderTheTable() throws Exception {
        Meeting old = TestMeetings.sample();
        Meeting now = old.withOrganization(old.organization().replaceSlot(new SlotId("m-0703-pm"), slot ->
                slot.withEntries(Stream.concat(slot.entries().stream(),
                        Stream.of(ItemEntry.of(TestMeetings.idOf(old, "Other matters")))).toList())));

        byte[] tracked = reviewedAsBoth(WordExport.toBytes(old, ExportOptions.DEFAULT),
                WordExport.toBytes(now, ExportOptions.DEFAULT));

        List<Element> rows = WordXml.children(annex(tracked), "tr");
        assertThat(WordXml.child(WordXml.child(rows.get(rows.size() - 1), "trPr"), "ins")).isNotNull();
        // the row that was last loses its rule, recorded as a change of its cells' properties
        assertThat(WordXml.descendants(rows.get(rows.size() - 2), "tcPrChange")).hasSize(3)
                .allSatisfy(change -> assertThat(WordXml.descendants(change, "bottom")).hasSize(1));
    }

    @Test
    void aRowRemovedAtTheEndOfTheAnnexGivesTheRuleToTheRowBefore() throws Exception {
        Meeting old = TestMeetings.sample();
        var lastItem = TestMeetings.idOf(old, "Adoption of the report");
        Meeting now = old.withOrganization(old.organization().withoutEntries(entry ->
                entry instanceof ItemEntry item && item.item().equals(lastItem)));

        byte[] tracked = reviewedAsBoth(WordExport.toBytes(old, ExportOptions.DEFAULT),
                WordExport.toBytes(now, ExportOptions.DEFAULT));

        List<Element> rows = WordXml.children(annex(tracked), "tr");
        Element last = rows.get(rows.size() - 1);
        assertThat(WordXml.child(WordXml.child(last, "trPr"), "del")).isNotNull();
        assertThat(WordXml.descendants(last, "delText").stream().map(Element::getTextContent))
                .contains("Adoption of the report");
        assertThat(WordXml.descendants(rows.get(rows.size() - 2), "tcPrChange")).hasSize(3);
    }

    /** The tracked document between two exports, checked: Word's rules, and each version with its formatting. */
    private static byte[] reviewedAsBoth(byte[] old, byte[] now) throws Exception {
        byte[] tracked = TrackedChanges.compare(old, now, REVISION);
        assertThat(ReviewedDocument.formattedAcceptedAll(tracked)).isEqualTo(ReviewedDocument.formattedParagraphs(now));
        assertThat(ReviewedDocument.formattedRejectedAll(tracked)).isEqualTo(ReviewedDocument.formattedParagraphs(old));
        assertThat(ReviewedDocument.acceptedAll(tracked)).isEqualTo(ReviewedDocument.paragraphs(now));
        assertThat(ReviewedDocument.rejectedAll(tracked)).isEqualTo(ReviewedDocument.paragraphs(old));
        WordRules.check(tracked);
        return tracked;
    }

    /** An export with its main part changed, as no meeting exports it (a closing paragraph, a cell's second line). */
    private static byte[] edited(byte[] docx, Consumer<Document> change) throws Exception {
        DocxParts parts = DocxParts.read(docx);
        Document document = WordXml.parse(parts.get(ExportedPackage.DOCUMENT));
        change.accept(document);
        parts.put(ExportedPackage.DOCUMENT, WordXml.write(document));
        return parts.toBytes();
    }

    private static Element bodyOf(Document document) {
        return WordXml.child(document.getDocumentElement(), "body");
    }

    /** Appends a block to the body (before its section properties) or to a cell. */
    private static void append(Element container, Element block) {
        container.insertBefore(block, WordXml.child(container, "sectPr"));
    }

    private static Element paragraph(Document document, String style, String text) {
        Element paragraph = WordXml.element(document, "p");
        Element properties = WordXml.element(document, "pPr");
        Element styleId = WordXml.element(document, "pStyle");
        WordXml.setAttribute(styleId, "val", style);
        properties.appendChild(styleId);
        paragraph.appendChild(properties);
        Element run = WordXml.element(document, "r");
        Element t = WordXml.element(document, "t");
        t.setTextContent(text);
        run.appendChild(t);
        paragraph.appendChild(run);
        return paragraph;
    }

    private static Element cellWith(Document document, String text) {
        return WordXml.descendants(document.getDocumentElement(), "tc").stream()
                .filter(cell -> cell.getTextContent().contains(text)).findFirst().orElseThrow();
    }

    private static List<Element> bodyParagraphs(byte[] tracked) throws Exception {
        return WordXml.children(bodyOf(ReviewedDocument.document(tracked)), "p");
    }

    private static Element annex(byte[] tracked) throws Exception {
        return WordXml.descendants(ReviewedDocument.document(tracked).getDocumentElement(), "tbl").get(0);
    }
}
