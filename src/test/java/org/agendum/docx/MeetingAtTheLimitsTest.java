package org.agendum.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.agendum.edit.AddItem;
import org.agendum.edit.CommandStack;
import org.agendum.edit.EditRejectedException;
import org.agendum.file.MeetingFiles;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingLimit;
import org.agendum.model.MeetingSize;
import org.agendum.testing.MeetingAtTheLimits;
import org.agendum.validation.MeetingValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * SLOW (about 15 s of {@code mvn verify}): the largest meeting Agendum opens, at every limit at once
 * ({@link MeetingAtTheLimits}), is saved, read back, validated and exported, and nothing can make it larger. What
 * it costs, on the machine that runs the build, is printed on a {@code RELIABILITY:} line; the figures with
 * smaller heaps are in docs/reliability.md.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a guard, not a measure
class MeetingAtTheLimitsTest {
    private static Meeting meeting;

    @BeforeAll
    static void make() {
        meeting = MeetingAtTheLimits.meeting();
    }

    @Test
    void itReachesEveryLimitExactly() {
        MeetingSize size = MeetingSize.of(meeting);
        for (MeetingLimit limit : MeetingLimit.values()) {
            assertThat(size.count(limit)).as(limit.parts()).isEqualTo(limit.maximum());
        }
    }

    @Test
    void itIsSavedReadBackValidatedAndExported() throws Exception {
        long start = System.nanoTime();
        byte[] file = MeetingFiles.write(meeting);
        long written = System.nanoTime();
        Meeting read = MeetingFiles.read(file, "limits.agendum");
        long readBack = System.nanoTime();
        assertThat(read).isEqualTo(meeting);
        MeetingValidator.validate(read);
        long validated = System.nanoTime();
        byte[] docx = WordExport.toBytes(read, ExportOptions.DEFAULT);
        long exported = System.nanoTime();

        String body = part(docx, "word/document.xml");
        AgendaItem last = read.agenda().items().get(read.agenda().items().size() - 1);
        AgendaItem lastSub = last.subItems().get(last.subItems().size() - 1);
        assertThat(body).contains(lastSub.title().substring(0, 40));
        assertThat(part(docx, "word/footnotes.xml")).contains("<w:footnote ");
        System.out.printf("RELIABILITY: the meeting at every limit (%,d items, %,d paragraphs, %,d runs, %,d footnotes, "
                + "%,d entries, %,d characters): file %.1f MB written in %.1f s, read in %.1f s, validated in %.1f s; "
                + "exported in %.1f s (%.1f MB .docx), max heap %,d MB%n",
                MeetingLimit.AGENDA_ITEMS.maximum(), MeetingLimit.PARAGRAPHS.maximum(), MeetingLimit.RUNS.maximum(),
                MeetingLimit.FOOTNOTES.maximum(), MeetingLimit.ENTRIES.maximum(), MeetingLimit.CHARACTERS.maximum(),
                file.length / 1e6, seconds(start, written), seconds(written, readBack), seconds(readBack, validated),
                seconds(validated, exported), docx.length / 1e6, Runtime.getRuntime().maxMemory() >> 20);
    }

    @Test
    void nothingMakesItLarger() {
        CommandStack stack = new CommandStack(meeting);
        assertThatThrownBy(() -> stack.execute(new AddItem(null, 0, AgendaItem.titled(""))))
                .isInstanceOf(EditRejectedException.class)
                .hasMessage("Add item: not done, the meeting would hold 5,001 agenda items; a meeting holds at most "
                        + "5,000.");
        assertThat(stack.meeting()).isSameAs(meeting);

        List<AgendaItem> items = new ArrayList<>(meeting.agenda().items());
        items.add(AgendaItem.titled(""));
        Meeting larger = new Meeting(meeting.details(), new Agenda(items), meeting.organization());
        // what the reader and the stack never hand it, the export refuses before building anything
        assertThatThrownBy(() -> WordExport.toBytes(larger, ExportOptions.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The meeting holds 5,001 agenda items; Agendum exports meetings of at most 5,000 agenda "
                        + "items.");
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    /** One part of the .docx, as text. */
    private static String part(byte[] docx, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("No " + name + " in the document");
    }
}
