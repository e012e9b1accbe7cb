package org.agendum.trackedchanges;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.agendum.docx.ExportOptions;
import org.agendum.docx.LibreOfficePdf;
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
