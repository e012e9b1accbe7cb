package org.agendum.trackedchanges;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.agendum.docx.ExportOptions;
import org.agendum.docx.LibreOfficePdf;
import org.agendum.docx.WordExport;
import org.agendum.edit.CommandStack;
import org.agendum.edit.MoveItem;
import org.agendum.model.ItemEntry;
import org.agendum.model.Meeting;
import org.agendum.model.SlotId;
import org.agendum.testing.TestMeetings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice opens the tracked-changes document and shows the changes: its PDF prints the removed words (struck
 * through) beside the added ones, and the rest of the paragraph once.
 */
class TrackedChangesRenderingTest {
    @BeforeAll
    static void tools() {
        LibreOfficePdf.requireTools();
    }

    @Test
    void thePdfShowsTheOldAndTheNewWordsOfAChangedSentence(@TempDir Path dir) throws Exception {
        Meeting old = TestMeetings.sample();
        Path docx = dir.resolve("changes.docx");
        Files.write(docx, TrackedChanges.between(old, ChangedMeetings.openingMoved(old), ExportOptions.DEFAULT,
                TrackedChangesPropertyTest.REVISION));

        String text = LibreOfficePdf.text(LibreOfficePdf.convertToPdf(docx, dir));

        assertThat(text).contains("will be opened on Monday, 2 Tuesday, 3 July 2018, at 10 a.m.");
    }

    /**
     * Item 4 moved above item 3: LibreOffice opens the document with w:moveFrom and w:moveTo, and with changes shown
     * prints the item's annotation at both places, its old one and its new one.
     */
    @Test
    void thePdfOfAMovedItemShowsItsAnnotationAtBothPlaces(@TempDir Path dir) throws Exception {
        Meeting old = TestMeetings.sample();
        CommandStack stack = new CommandStack(old);
        stack.execute(MoveItem.up(old.agenda(), TestMeetings.idOf(old, "Other matters")));
        byte[] tracked = TrackedChanges.between(old, stack.meeting(), ExportOptions.DEFAULT,
                TrackedChangesPropertyTest.REVISION);
        assertThat(new String(ExportedPackage.read(tracked).parts.get(ExportedPackage.DOCUMENT),
                java.nio.charset.StandardCharsets.UTF_8)).contains("<w:moveFrom ").contains("<w:moveTo ");
        Path docx = dir.resolve("moved.docx");
        Files.write(docx, tracked);

        String text = LibreOfficePdf.text(LibreOfficePdf.convertToPdf(docx, dir));

        String annotation = "As no issues to be raised under agenda item 4 have come to the attention";
        assertThat(text.indexOf(annotation)).isNotEqualTo(text.lastIndexOf(annotation)).isNotNegative();
    }

    /**
     * A word made bold (w:rPrChange), a row added at the annex's end (w:tcPrChange for the row before) and the
     * annex's last line moved to the new row: LibreOffice opens it, and the bold word prints once, not struck out
     * and written again.
     */
    @Test
    void thePdfOfChangedFormatsAndPropertiesPrintsTheWordsOnce(@TempDir Path dir) throws Exception {
        Meeting old = TestMeetings.sample();
        Meeting now = ChangedMeetings.openingDayInBold(old);
        now = now.withOrganization(now.organization().replaceSlot(new SlotId("m-0703-pm"), slot ->
                slot.withEntries(Stream.concat(slot.entries().stream(),
                        Stream.of(ItemEntry.of(TestMeetings.idOf(old, "Other matters")))).toList())));
        Path docx = dir.resolve("formats.docx");
        Files.write(docx, TrackedChanges.between(old, now, ExportOptions.DEFAULT, TrackedChangesPropertyTest.REVISION));

        String text = LibreOfficePdf.text(LibreOfficePdf.convertToPdf(docx, dir));

        assertThat(text).contains("will be opened on Monday, 2 July 2018, at 10 a.m.");
        assertThat(text).contains("5 Adoption of the report 4 Other matters");
    }

    /**
     * LibreOffice's own Accept All gives the new export's paragraphs and its Reject All the old one's, for a word
     * made bold, an item moved, a row added at the annex's end and one removed there.
     */
    @Test
    void libreOfficesAcceptAllAndRejectAllGiveEachVersion(@TempDir Path dir) throws Exception {
        Meeting sample = TestMeetings.sample();
        CommandStack stack = new CommandStack(sample);
        stack.execute(MoveItem.up(sample.agenda(), TestMeetings.idOf(sample, "Other matters")));
        Meeting rowAdded = sample.withOrganization(sample.organization().replaceSlot(new SlotId("m-0703-pm"),
                slot -> slot.withEntries(Stream.concat(slot.entries().stream(),
                        Stream.of(ItemEntry.of(TestMeetings.idOf(sample, "Other matters")))).toList())));
        LibreOfficeReview office = LibreOfficeReview.in(dir);
        Map<Meeting, List<String>> saved = new HashMap<>();
        for (Meeting[] versions : new Meeting[][] {{sample, ChangedMeetings.openingDayInBold(sample)},
                {sample, stack.meeting()}, {sample, rowAdded}, {rowAdded, sample}}) {
            byte[] old = WordExport.toBytes(versions[0], ExportOptions.DEFAULT);
            byte[] now = WordExport.toBytes(versions[1], ExportOptions.DEFAULT);
            byte[] tracked = TrackedChanges.compare(old, now, TrackedChangesPropertyTest.REVISION);

            // each against the version saved by LibreOffice too (it writes a page break as a break in the text)
            for (int i = 0; i < 2; i++) {
                byte[] export = i == 0 ? old : now;
                saved.computeIfAbsent(versions[i], v -> savedByLibreOffice(office, export, dir));
            }
            assertThat(ReviewedDocument.paragraphs(office.acceptedAll(tracked, dir))).isEqualTo(saved.get(versions[1]));
            assertThat(ReviewedDocument.paragraphs(office.rejectedAll(tracked, dir))).isEqualTo(saved.get(versions[0]));
        }
    }

    private static List<String> savedByLibreOffice(LibreOfficeReview office, byte[] export, Path dir) {
        try {
            return ReviewedDocument.paragraphs(office.acceptedAll(export, dir));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
