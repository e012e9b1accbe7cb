package org.agendum.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a Word document may go: never over a meeting file, only to ordinary files or new names. */
class ExportTargetsTest {
    @TempDir
    Path folder;

    @Test
    void newNamesAndOrdinaryFilesAreFine() throws Exception {
        Path meeting = Files.writeString(folder.resolve("wg4.agendum"), "{}");
        Path old = Files.writeString(folder.resolve("old.docx"), "old");
        for (Path output : new Path[] {folder.resolve("wg4.docx"), old}) {
            assertThat(ExportTargets.meetingFileRefusal(output, meeting)).isEmpty();
            assertThat(ExportTargets.notOrdinaryFile(output)).isEmpty();
        }
        assertThat(ExportTargets.meetingFileRefusal(folder.resolve("x.docx"), null)).isEmpty();
    }

    @Test
    void theMeetingItsNameOrALinkToAMeetingAreRefused() throws Exception {
        Path meeting = Files.writeString(folder.resolve("wg4.agendum"), "{}");
        Path other = Files.writeString(folder.resolve("other.AGENDUM"), "{}");
        Path link = Files.createSymbolicLink(folder.resolve("a.docx"), meeting);
        Path toOther = Files.createSymbolicLink(folder.resolve("b.docx"), other);

        assertThat(ExportTargets.meetingFileRefusal(meeting, meeting)).get().asString()
                .isEqualTo("wg4.agendum is a meeting file name; the Word document must have another name (such as "
                        + "wg4.docx), so that no meeting is replaced by it.");
        assertThat(ExportTargets.meetingFileRefusal(folder.resolve("new.agendum"), null)).isPresent();
        assertThat(ExportTargets.meetingFileRefusal(link, meeting)).get().asString()
                .startsWith("a.docx is a link to the meeting file wg4.agendum; exporting there would replace");
        assertThat(ExportTargets.meetingFileRefusal(toOther, meeting)).get().asString()
                .startsWith("b.docx is a link to the meeting file other.AGENDUM; Agendum does not write");
    }

    @Test
    void aDeviceOrAFolderIsNotAnOrdinaryFile() {
        Path devNull = Path.of("/dev/null");
        if (Files.exists(devNull)) { // only looked at, never written
            assertThat(ExportTargets.notOrdinaryFile(devNull)).get().asString()
                    .isEqualTo("/dev/null is not an ordinary file (a device, a pipe or the like); Agendum writes only "
                            + "to ordinary files or new names.");
        }
        assertThat(ExportTargets.notOrdinaryFile(folder)).get().asString().contains(" is a folder; ");
    }
}
