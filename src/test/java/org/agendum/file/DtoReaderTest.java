package org.agendum.file;

import static org.agendum.file.TestFiles.minimalWithAgenda;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Which of two errors the reader reports, as Jackson's data binding did before the streaming reader replaced it (a
 * comparison of both on 140,000 damaged files found no difference): the first in the file, except that an unknown
 * field waits for the end of its object, or for the moment every field of the object has been given.
 */
class DtoReaderTest {

    private static String refusal(String documentation) {
        String text = minimalWithAgenda("{\"id\": \"i1\", \"title\": \"T\", \"documentation\": [" + documentation + "]}");
        Throwable thrown = catchThrowable(() -> MeetingFiles.read(text.getBytes(StandardCharsets.UTF_8), "x.agendum"));
        assertThat(thrown).isInstanceOf(MeetingFileException.class);
        return thrown.getMessage();
    }

    @Test
    void aWrongValueLaterInTheSameObjectComesBeforeAnUnknownField() {
        assertThat(refusal("{\"colour\": \"red\", \"description\": 5, \"symbol\": \"A/1\"}"))
                .contains("(agenda[0].documentation[0].description) must be text, not a number.");
    }

    @Test
    void anUnknownFieldComesBeforeAWrongValueInALaterObject() {
        assertThat(refusal("{\"colour\": \"red\", \"description\": \"d\"}, {\"description\": 5, \"symbol\": \"A/1\"}"))
                .contains("document 1 in the Documentation of agenda item 1 (agenda[0].documentation[0]) has an unknown "
                        + "field \"colour\" (the fields there are \"description\", \"symbol\").");
    }

    @Test
    void anUnknownFieldIsReportedOnceEveryFieldOfItsObjectIsGiven() {
        assertThat(refusal("{\"colour\": \"red\", \"description\": \"d\", \"symbol\": \"A/1\", \"shade\": 5}"))
                .contains("has an unknown field \"colour\"");
        assertThat(refusal("{\"description\": \"d\", \"symbol\": \"A/1\", \"shade\": 5}"))
                .contains("has an unknown field \"shade\"");
    }

    @Test
    void aListWhereTextBelongsIsNamedByItsFieldNotItsFirstElement() {
        assertThat(refusal("{\"description\": [\"d\"], \"symbol\": \"A/1\"}")).contains("\"description\" of document 1 "
                + "in the Documentation of agenda item 1 (agenda[0].documentation[0].description) must be text, not a "
                + "list.");
    }

    @Test
    void aNumberTooLargeIsPlacedJustAfterItsLastDigit() {
        String text = minimalWithAgenda("{\"id\": \"i1\", \"title\": \"T\", \"annotation\": [{\"level\": 3000000000, "
                + "\"content\": []}]}");
        int after = text.indexOf("3000000000") + "3000000000".length() + 1;
        Throwable thrown = catchThrowable(() -> MeetingFiles.read(text.getBytes(StandardCharsets.UTF_8), "x.agendum"));
        assertThat(thrown).hasMessage("x.agendum: line 1, column " + after + ": \"level\" of paragraph 1 of the annotation "
                + "of agenda item 1 (agenda[0].annotation[0].level) is a number too large to be valid.");
    }
}
