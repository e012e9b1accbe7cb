package org.agendum.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agendum.edit.RenameItem;
import org.agendum.edit.ReplaceAnnotation;
import org.agendum.model.Meeting;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;
import org.agendum.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Half of a surrogate pair (no character at all; UTF-8 cannot hold it) used to become "?" on save, silently. Now a
 * file holding one is refused with its field named, and saving one is refused with the field named: text never
 * changes without the officer knowing.
 */
class BrokenTextTest {
    private static Meeting withTitle(String title) {
        return new RenameItem(Fixtures.ITEM_2, title).apply(Fixtures.referenceMeeting());
    }

    @Test
    void aFileWithALoneSurrogateIsRefusedNamingTheField() {
        String text = TestFiles.minimalWithAgenda("{\"id\": \"i1\", \"title\": \"Opening\"}, "
                + "{\"id\": \"i2\", \"title\": \"Adoption \\ud83d of the agenda\"}");

        assertThatThrownBy(() -> MeetingFiles.read(TestFiles.utf8(text), "wg4.agendum"))
                .isInstanceOf(MeetingFileException.class)
                .hasMessageStartingWith("wg4.agendum: line 1, column ")
                .hasMessageContaining("\"title\" of agenda item 2 (agenda[1].title) has a broken character at "
                        + "position 10 (U+D83D, half of a surrogate pair); the file is damaged, and Agendum does not "
                        + "open it rather than change its text.");
    }

    @Test
    void aLoneSurrogateInALinkOrAFootnoteIsFoundToo() {
        String text = TestFiles.minimalWithAgenda("{\"id\": \"i1\", \"title\": \"Opening\", \"annotation\": [{"
                + "\"content\": [{\"text\": \"See\"}, {\"footnote\": [{\"text\": \"x\", \"link\": "
                + "\"https://un.org/\\udc00\"}]}]}]}");
        assertThatThrownBy(() -> MeetingFiles.read(TestFiles.utf8(text), "wg4.agendum"))
                .hasMessageContaining("(agenda[0].annotation[0].content[1].footnote[0].link) has a broken character "
                        + "at position 16 (U+DC00");
    }

    @Test
    void aPairIsOneCharacterAndReadsBack() throws Exception {
        Meeting meeting = withTitle("Emoji \uD83D\uDE00 in a title");
        assertThat(MeetingFiles.read(MeetingFiles.write(meeting), "x.agendum")).isEqualTo(meeting);
    }

    @Test
    void writingNeverTurnsItIntoAQuestionMark() {
        byte[] bytes = MeetingFiles.write(withTitle("Adoption \uD83D of the agenda"));
        String json = new String(bytes, StandardCharsets.UTF_8);
        assertThat(json).contains("\"Adoption \\ud83d of the agenda\"").doesNotContain("Adoption ? of");
    }

    @Test
    void savingIsRefusedNamingTheFieldAndChangesNothingOnDisk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("wg4.agendum");
        MeetingFiles.save(Fixtures.referenceMeeting(), file);
        byte[] before = Files.readAllBytes(file);
        Meeting broken = new ReplaceAnnotation(Fixtures.ITEM_2, RichText.of(Paragraph.body(TextRun.plain("Typed "),
                new TextRun("pasted \uDE00", TextStyle.ITALIC)))).apply(Fixtures.referenceMeeting());

        assertThatThrownBy(() -> MeetingFiles.save(broken, file)).isInstanceOf(IOException.class)
                .hasMessage("Could not save wg4.agendum: \"text\" of part 2 of paragraph 1 of the annotation of "
                        + "agenda item 2 (agenda[1].annotation[0].content[1].text) has a broken character at position "
                        + "8 (U+DE00, half of a surrogate pair), which no file can hold. Retype the text there and "
                        + "save again.");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(MeetingFiles.backupOf(file)).doesNotExist();
    }
}
