package org.agendum.file;

import static org.agendum.file.TestFiles.MINIMAL_DETAILS_CHARACTERS;
import static org.agendum.file.TestFiles.minimalWith;
import static org.agendum.file.TestFiles.minimalWithAgenda;
import static org.agendum.file.TestFiles.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingLimit;
import org.agendum.model.MeetingSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The reader refuses a file that holds more than Agendum can export ({@link MeetingLimit}), with a sentence naming
 * the limit, and opens one that holds exactly as much. The files are compact JSON text made here, one line each;
 * the meeting at every limit at once is {@code MeetingAtTheLimitsTest}'s.
 */
class MeetingLimitsTest {
    private static final String NAME = "big.agendum";

    /** A minimal file holding {@code count} of the parts {@code limit} counts, and nothing else of them. */
    static String fileWith(MeetingLimit limit, int count) {
        return switch (limit) {
            case AGENDA_ITEMS -> minimalWithAgenda(join(count, i -> "{\"id\": \"i" + i + "\", \"title\": \"t\"}"));
            case PARAGRAPHS -> oneItemAnnotated(join(count, i -> "{\"content\": []}"));
            case RUNS -> oneItemAnnotated("{\"content\": [" + join(count, i -> i % 2 == 0 ? "{\"text\": \"a\"}"
                    : "{\"text\": \"b\", \"italic\": true}") + "]}");
            case FOOTNOTES -> oneItemAnnotated("{\"content\": [" + join(count, i -> "{\"footnote\": [{\"text\": \"f\"}]}")
                    + "]}");
            case DOCUMENTS -> minimalWithAgenda("{\"id\": \"i\", \"title\": \"t\", \"documentation\": [" + join(count,
                    i -> "{\"description\": \"d\", \"symbol\": \"A/1\"}") + "]}");
            case DAYS -> minimalWith("", join(count, i -> "{\"date\": \"" + LocalDate.of(2018, 7, 2).plusDays(i)
                    + "\", \"meetings\": []}"));
            case MEETINGS -> minimalWith("", "{\"date\": \"2018-07-02\", \"meetings\": [" + join(count,
                    i -> "{\"id\": \"m" + i + "\", \"start\": \"10:00\", \"end\": \"13:00\", \"label\": \"\"}") + "]}");
            case ENTRIES -> minimalWith("", "{\"date\": \"2018-07-02\", \"meetings\": [{\"id\": \"m\", \"start\": "
                    + "\"10:00\", \"end\": \"13:00\", \"label\": \"\", \"entries\": [" + join(count,
                    i -> "{\"id\": \"e" + i + "\", \"note\": \"n\"}") + "]}]}");
            case CHARACTERS -> minimalWithAgenda("{\"id\": \"i\", \"title\": \""
                    + "x".repeat(count - MINIMAL_DETAILS_CHARACTERS) + "\"}");
        };
    }

    private static String oneItemAnnotated(String paragraphs) {
        return minimalWithAgenda("{\"id\": \"i\", \"title\": \"t\", \"annotation\": [" + paragraphs + "]}");
    }

    private static String join(int count, IntFunction<String> part) {
        return IntStream.range(0, count).mapToObj(part).collect(Collectors.joining(", "));
    }

    private static long maximum(MeetingLimit limit) {
        return limit.maximum();
    }

    @ParameterizedTest
    @EnumSource(MeetingLimit.class)
    void aFileOneOverALimitIsRefusedWithItsSentence(MeetingLimit limit) {
        int over = (int) maximum(limit) + 1;
        assertThatThrownBy(() -> MeetingFiles.read(utf8(fileWith(limit, over)), NAME))
                .isInstanceOf(MeetingFileException.class)
                .hasMessage(sentence(limit, over));
    }

    @ParameterizedTest
    @EnumSource(MeetingLimit.class)
    void aFileAtALimitOpens(MeetingLimit limit) throws Exception {
        Meeting meeting = MeetingFiles.read(utf8(fileWith(limit, (int) maximum(limit))), NAME);
        assertThat(MeetingSize.of(meeting).count(limit)).isEqualTo(maximum(limit));
    }

    @Test
    void theSentencesSayWhatAndHowMany() {
        assertThat(sentence(MeetingLimit.AGENDA_ITEMS, 800_000))
                .isEqualTo("big.agendum holds 800,000 agenda items; Agendum opens meetings of at most 5,000 agenda items.");
        assertThat(sentence(MeetingLimit.CHARACTERS, 10_000_001)).isEqualTo("big.agendum holds 10,000,001 characters "
                + "of text (an item's title counts again for each entry that takes it up); Agendum opens meetings of at "
                + "most 10,000,000 characters of text.");
    }

    /**
     * The file of issue 14: 800,000 small items, 23 MB, well within the 64 MB and five million values the reader
     * allowed, ran the export out of memory. Refused from disk now, with the number it holds, and left as it was.
     */
    @Test
    void theFileOf800000ItemsIsRefusedAndLeftAsItWas(@TempDir Path folder) throws Exception {
        Path file = folder.resolve(NAME);
        Files.write(file, utf8(fileWith(MeetingLimit.AGENDA_ITEMS, 800_000)));
        FileTime modified = Files.getLastModifiedTime(file);
        byte[] before = Files.readAllBytes(file);
        assertThat(before.length).isGreaterThan(20_000_000).isLessThan((int) FileFormat.MAX_FILE_BYTES);

        assertThatThrownBy(() -> MeetingFiles.load(file)).isInstanceOf(MeetingFileException.class)
                .hasMessage(sentence(MeetingLimit.AGENDA_ITEMS, 800_000));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    /**
     * The annex prints an item's title again for each entry that takes it up: a title of a million characters
     * taken up nine times is ten million characters in the document, though the file holds it once.
     */
    @Test
    void aTitleTakenUpAgainAndAgainCountsEachTime() {
        int title = 1_000_000;
        String item = "{\"id\": \"i\", \"title\": \"" + "x".repeat(title) + "\"}";
        String day = "{\"date\": \"2018-07-02\", \"meetings\": [{\"id\": \"m\", \"start\": \"10:00\", \"end\": \"13:00\", "
                + "\"label\": \"\", \"entries\": [" + join(9, i -> "{\"id\": \"e" + i + "\", \"item\": \"i\"}") + "]}]}";
        long characters = MINIMAL_DETAILS_CHARACTERS + 10L * title;
        assertThatThrownBy(() -> MeetingFiles.read(utf8(minimalWith(item, day)), NAME))
                .isInstanceOf(MeetingFileException.class)
                .hasMessage(sentence(MeetingLimit.CHARACTERS, characters));
    }

    @Test
    void theClipboardIsReadWithTheSameLimits() {
        String items = join(5_001, i -> "{\"id\": \"i" + i + "\", \"title\": \"t\"}");
        assertThatThrownBy(() -> ItemsClipboardFormat.read(minimalWithAgenda(items)))
                .isInstanceOf(MeetingFileException.class)
                .hasMessage("The clipboard holds 5,001 agenda items; Agendum opens meetings of at most 5,000 agenda items.");
    }

    private static String sentence(MeetingLimit limit, long count) {
        return new MeetingLimit.Excess(limit, count).inFile(NAME);
    }
}
