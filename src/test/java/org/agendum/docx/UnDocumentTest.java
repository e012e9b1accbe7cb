package org.agendum.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.agendum.file.SampleMeeting;
import org.agendum.model.Meeting;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The one-pass save of the main part writes what POI's own save writes, byte for byte. */
class UnDocumentTest {
    @Test
    void theDemandingMeetingsMainPartIsWhatPoiWrites() throws IOException {
        assertSameMainPart(DemandingMeeting.meeting());
    }

    @Test
    void theSamplesMainPartIsWhatPoiWrites() throws IOException {
        assertSameMainPart(SampleMeeting.load());
    }

    private static void assertSameMainPart(Meeting meeting) throws IOException {
        String ours = mainPart(new UnDocument(), meeting);
        String poi = mainPart(new XWPFDocument(), meeting);
        assertThat(ours).contains("<w:hyperlink", "r:id=").startsWith("<?xml");
        assertThat(ours).isEqualTo(poi);
    }

    private static String mainPart(XWPFDocument document, Meeting meeting) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (document) {
            WordExport.write(document, meeting, null, ExportProgress.NONE);
            document.write(out);
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }
}
