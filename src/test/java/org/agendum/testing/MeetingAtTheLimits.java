package org.agendum.testing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.Day;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.EntryId;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Inline;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;
import org.agendum.model.MeetingLimit;
import org.agendum.model.MeetingSize;
import org.agendum.model.MeetingSlot;
import org.agendum.model.OrganizationOfWork;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.ScheduleEntry;
import org.agendum.model.SlotId;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;

/**
 * The largest meeting Agendum opens: every limit of {@link MeetingLimit} reached at once, exactly, which no real
 * meeting comes near (a General Assembly session holds about a tenth of each). The worst case for the export's
 * memory and time: 1,000 items of four sub-items each, four paragraphs to an item, a footnote every tenth
 * paragraph, a third of the runs links, a Documentation entry per item, 1,000 days of two meetings, every item
 * taken up once, and the text (in the six languages' scripts, which Java holds in two bytes a character) made up
 * to exactly ten million characters.
 */
public final class MeetingAtTheLimits {
    private static final int ITEMS = (int) MeetingLimit.AGENDA_ITEMS.maximum();
    private static final int SUB_ITEMS_EACH = 4;
    private static final int PARAGRAPHS_EACH = (int) MeetingLimit.PARAGRAPHS.maximum() / ITEMS;
    private static final int FOOTNOTES = (int) MeetingLimit.FOOTNOTES.maximum();
    private static final int FOOTNOTE_EVERY = (int) MeetingLimit.PARAGRAPHS.maximum() / FOOTNOTES;
    /** The runs of text in the paragraphs: the rest are footnote calls and the footnotes' one run each. */
    private static final int TEXT_RUNS = (int) MeetingLimit.RUNS.maximum() - 2 * FOOTNOTES;
    private static final int DAYS = (int) MeetingLimit.DAYS.maximum();
    private static final int MEETINGS_EACH_DAY = (int) MeetingLimit.MEETINGS.maximum() / DAYS;
    private static final int TITLE = 100;
    private static final int DESCRIPTION = 60;
    private static final int FOOTNOTE_TEXT = 60;
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 10, 6);

    private MeetingAtTheLimits() {
    }

    public static Meeting meeting() {
        MeetingDetails details = GeneralAssemblySession.meeting().details().toBuilder()
                .dates(FIRST_DAY, FIRST_DAY.plusDays(DAYS - 1)).build();
        Meeting shell = new Meeting(details, new Agenda(items(0)), organization());
        // the runs' text takes what the rest leaves of the characters' limit (the shell's runs hold one each), so
        // that the limit is reached exactly
        long left = MeetingLimit.CHARACTERS.maximum() - MeetingSize.of(shell).count(MeetingLimit.CHARACTERS)
                + TEXT_RUNS;
        return new Meeting(details, new Agenda(items(left)), shell.organization());
    }

    /** The agenda, with {@code runCharacters} characters of text spread over the paragraphs' runs. */
    private static List<AgendaItem> items(long runCharacters) {
        List<AgendaItem> top = new ArrayList<>();
        int[] counters = new int[3]; // item, paragraph, text run
        while (counters[0] < ITEMS) {
            AgendaItem item = item(counters, runCharacters);
            List<AgendaItem> subs = new ArrayList<>();
            for (int s = 0; s < SUB_ITEMS_EACH; s++) {
                subs.add(item(counters, runCharacters));
            }
            top.add(item.withSubItems(subs));
        }
        return top;
    }

    private static AgendaItem item(int[] counters, long runCharacters) {
        int n = counters[0]++;
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int p = 0; p < PARAGRAPHS_EACH; p++) {
            int paragraph = counters[1]++;
            // 46,000 runs over 20,000 paragraphs: three in the first 6,000, two in the others
            int runs = paragraph < TEXT_RUNS - 2 * (int) MeetingLimit.PARAGRAPHS.maximum() ? 3 : 2;
            List<Inline> inlines = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                int run = counters[2]++;
                String text = SixLanguages.text(runLength(run, runCharacters), run);
                // neighbours differ in style, so that no two runs merge: plain, link; or plain, italic, plain
                TextStyle style = r != 1 ? TextStyle.PLAIN
                        : runs == 2 ? TextStyle.link("https://undocs.org/A/80/" + run) : TextStyle.ITALIC;
                inlines.add(new TextRun(text, style));
            }
            if (paragraph % FOOTNOTE_EVERY == 0) {
                inlines.add(FootnoteMark.of(SixLanguages.text(FOOTNOTE_TEXT, paragraph)));
            }
            paragraphs.add(new Paragraph(p % 3 == 2 ? 1 : 0, inlines));
        }
        List<DocumentationEntry> documents = List.of(new DocumentationEntry(SixLanguages.text(DESCRIPTION, n),
                "A/80/" + n));
        return new AgendaItem(new ItemId("item-" + n), SixLanguages.text(TITLE, n), new RichText(paragraphs),
                documents, List.of());
    }

    /** Run {@code run}'s share of {@code total} characters (at least one, so that the shell counts every run). */
    private static int runLength(int run, long total) {
        if (total == 0) {
            return 1;
        }
        return (int) (total / TEXT_RUNS + (run < total % TEXT_RUNS ? 1 : 0));
    }

    /** Every item taken up once, in agenda order: three entries in the first meeting of a day, two in the second. */
    private static OrganizationOfWork organization() {
        List<Day> days = new ArrayList<>();
        int entry = 0;
        for (int d = 0; d < DAYS; d++) {
            List<MeetingSlot> meetings = new ArrayList<>();
            for (int m = 0; m < MEETINGS_EACH_DAY; m++) {
                List<ScheduleEntry> entries = new ArrayList<>();
                for (int e = 0; e < (m == 0 ? 3 : 2); e++, entry++) {
                    entries.add(new ItemEntry(new EntryId("e-" + entry), new ItemId("item-" + entry)));
                }
                LocalTime start = m == 0 ? LocalTime.of(10, 0) : LocalTime.of(15, 0);
                meetings.add(new MeetingSlot(new SlotId("m-" + d + "-" + m), start, start.plusHours(3), "", entries));
            }
            days.add(new Day(FIRST_DAY.plusDays(d), meetings));
        }
        return new OrganizationOfWork(days);
    }
}
