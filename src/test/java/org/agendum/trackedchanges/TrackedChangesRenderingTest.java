package org.agendum.trackedchanges;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.agendum.docx.ExportOptions;
import org.agendum.docx.LibreOfficePdf;
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
}
