package org.agendum.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendum.file.MeetingFiles;
import org.agendum.model.AgendaItem;
import org.agendum.model.Meeting;
import org.agendum.model.UnscheduledItems;
import org.agendum.validation.MeetingValidator;
import org.junit.jupiter.api.Test;

/** The benchmark's large meeting is the same every time, has the promised size, and is a valid meeting file. */
class GeneralAssemblySessionTest {
    private final Meeting meeting = GeneralAssemblySession.meeting();

    @Test
    void theSameSeedGivesTheSameFileAndMarkdown() {
        Meeting again = GeneralAssemblySession.meeting();
        assertThat(MeetingFiles.write(again)).isEqualTo(MeetingFiles.write(meeting));
        assertThat(MeetingMarkdown.of(again)).isEqualTo(MeetingMarkdown.of(meeting));
        assertThat(GeneralAssemblySession.meeting(1)).isNotEqualTo(meeting);
    }

    @Test
    void itHasTheSizeOfAGeneralAssemblySession() {
        List<AgendaItem> top = meeting.agenda().items();
        assertThat(top).hasSize(GeneralAssemblySession.ITEMS).hasSize(170);
        assertThat(top.stream().mapToInt(item -> item.subItems().size()).sum())
                .isEqualTo(GeneralAssemblySession.SUB_ITEMS).isEqualTo(300);
        assertThat(meeting.agenda().allItems().stream().mapToInt(item -> item.annotation().paragraphs().size()).sum())
                .isEqualTo(GeneralAssemblySession.PARAGRAPHS).isEqualTo(2000);
        assertThat(meeting.organization().days()).hasSize(GeneralAssemblySession.DAYS).hasSize(10);
        assertThat(meeting.organization().allEntries()).hasSize(GeneralAssemblySession.ENTRIES).hasSize(180);
        assertThat(meeting.organization().continuations()).hasSize(10);
        assertThat(meeting.agenda().allItems()).anySatisfy(item ->
                assertThat(item.annotation().footnotes()).isNotEmpty());
    }

    @Test
    void itIsAValidMeetingFileWithEveryItemTakenUp() throws Exception {
        byte[] file = MeetingFiles.write(meeting);
        assertThat(MeetingFiles.read(file, "large.agendum")).isEqualTo(meeting);
        assertThat(MeetingValidator.validate(meeting)).isEmpty();
        assertThat(UnscheduledItems.in(meeting)).isEmpty();
    }

    @Test
    void theMarkdownHasTheSameItemsParagraphsAndAnnexRows() {
        String markdown = MeetingMarkdown.of(meeting);
        assertThat(count("(?m)^### \\d+\\. ", markdown)).isEqualTo(170);
        assertThat(count("(?m)^#### \\([a-z]+\\) ", markdown)).isEqualTo(300);
        assertThat(count("(?m)^\\| \\d", markdown)).as("annex rows with a time").isEqualTo(20);
        assertThat(count("(?m)^\\| [^*\\n]*\\| \\d+", markdown)).as("annex rows of items").isEqualTo(180);
        assertThat(count("\\(\\*continued\\*\\)", markdown)).isEqualTo(10);
        assertThat(count("(?m)^\\[\\^\\d+\\]: ", markdown)).isEqualTo(meeting.agenda().allItems().stream()
                .mapToInt(item -> item.annotation().footnotes().size()).sum());
    }

    @Test
    void markupCharactersInTextAreEscaped() {
        assertThat(MeetingMarkdown.escape("a *b* [c] #1 | x_y")).isEqualTo("a \\*b\\* \\[c\\] \\#1 \\| x\\_y");
    }

    private static int count(String regex, String text) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
