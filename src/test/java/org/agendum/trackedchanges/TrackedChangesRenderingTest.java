package org.agendum.trackedchanges;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.agendum.docx.ExportOptions;
import org.agendum.docx.LibreOfficePdf;
import org.agendum.model.Meeting;
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
}
