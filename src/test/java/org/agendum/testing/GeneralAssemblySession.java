package org.agendum.testing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.Day;
import org.agendum.model.Distribution;
import org.agendum.model.DocumentSymbol;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.DutyStation;
import org.agendum.model.EntryId;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Inline;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Language;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;
import org.agendum.model.MeetingSlot;
import org.agendum.model.OrganizationOfWork;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.ScheduleEntry;
import org.agendum.model.SlotId;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;
import org.agendum.model.TitleBlock;

/**
 * A meeting the size of a General Assembly session, the same for the same seed (issue 7): {@value #ITEMS} items,
 * {@value #SUB_ITEMS} sub-items, {@value #PARAGRAPHS} annotation paragraphs (with subparagraphs, italics, links to
 * document symbols and footnotes), Documentation lists, and a {@value #DAYS}-day organization of work of two
 * meetings a day whose {@value #ENTRIES} entries take up every item, ten of them carried on to the next meeting.
 * About 150 pages in Word. What the benchmark (src/bench) measures Agendum and pandoc on.
 */
public final class GeneralAssemblySession {
    public static final int ITEMS = 170;
    public static final int SUB_ITEMS = 300;
    public static final int PARAGRAPHS = 2000;
    public static final int DAYS = 10;
    public static final int ENTRIES = 180;
    /** The eightieth session. */
    public static final long SEED = 80;

    private static final int GROUPS = 60;
    private static final int MEETINGS_PER_DAY = 2;
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 10, 6);

    private static final String[] OPENINGS = {"Report of the Secretary-General on", "Promotion and protection of",
        "Implementation of the resolutions on", "Question of", "Strengthening of", "Review of the efficiency of",
        "Financing of", "Elimination of", "International cooperation on", "Follow-up to the outcome of"};
    private static final String[] SUBJECTS = {"human rights", "sustainable development", "the rights of children",
        "the peaceful uses of outer space", "the United Nations peacekeeping operations", "disarmament",
        "the advancement of women", "crime prevention and criminal justice", "the law of the sea",
        "humanitarian assistance", "the Palestine refugees", "macroeconomic policy questions", "information and "
            + "communications technologies", "the programme budget", "the Central Emergency Response Fund",
        "indigenous peoples", "racism and racial discrimination", "international drug control",
        "the coordination of humanitarian and disaster relief", "the United Nations Environment Programme"};
    private static final String[] WORDS = {"the", "Assembly", "decided", "to", "consider", "report", "of", "and",
        "in", "its", "resolution", "requested", "Secretary-General", "submit", "at", "session", "on",
        "implementation", "Member", "States", "relevant", "recommendations", "contained", "programme", "Committee",
        "further", "invited", "international", "cooperation", "with", "regard", "matters", "questions", "review",
        "measures", "taken", "by", "organizations", "system", "framework", "strengthening", "coordination",
        "development", "progress", "achieved", "budget", "provisions", "mandate", "included", "agenda"};
    private static final String[] FOOTNOTES = {"Official Records of the General Assembly, Seventy-ninth Session, "
        + "Supplement No. 1", "See the report of the Committee for Programme and Coordination",
        "United Nations, Treaty Series, vol. 2225, No. 39574", "Adopted by the Human Rights Council in its "
            + "resolution 56/1"};

    private GeneralAssemblySession() {
    }

    public static Meeting meeting() {
        return meeting(SEED);
    }

    public static Meeting meeting(long seed) {
        Random random = new Random(seed);
        int[] subItems = subItemCounts(random);
        List<List<Paragraph>> annotations = new ArrayList<>();
        for (int i = 0; i < ITEMS + SUB_ITEMS; i++) {
            annotations.add(new ArrayList<>());
        }
        for (int p = 0; p < PARAGRAPHS; p++) {
            annotations.get(random.nextInt(annotations.size())).add(paragraph(random));
        }
        List<AgendaItem> top = new ArrayList<>();
        int made = 0;
        for (int i = 0; i < ITEMS; i++) {
            List<AgendaItem> subs = new ArrayList<>();
            for (int s = 0; s < subItems[i]; s++) {
                subs.add(item("item-" + (i + 1) + "-" + (s + 1), annotations.get(made++), random));
            }
            top.add(item("item-" + (i + 1), annotations.get(made++), random).withSubItems(subs));
        }
        Agenda agenda = new Agenda(top);
        OrganizationOfWork work = organization(top);
        LocalDate last = work.days().get(work.days().size() - 1).date();
        MeetingDetails details = MeetingDetails.builder()
                .bodyName("General Assembly").symbol("A/80/150").distribution(Distribution.GENERAL)
                .issueDate(FIRST_DAY.minusDays(60)).originalLanguage(Language.ENGLISH).versionLanguage(Language.ENGLISH)
                .meetingName("Eightieth session").venue("New York").dates(FIRST_DAY, last)
                .title(TitleBlock.DEFAULT_TITLE)
                .dutyStation(DutyStation.NEW_YORK).jobNumber("25-13245")
                .build();
        return new Meeting(details, agenda, work);
    }

    /** {@value #SUB_ITEMS} sub-items among {@value #GROUPS} items: two each, the rest at random. */
    private static int[] subItemCounts(Random random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 1; i < ITEMS; i++) { // the first item, the opening, has no sub-items
            order.add(i);
        }
        java.util.Collections.shuffle(order, random);
        List<Integer> groups = order.subList(0, GROUPS);
        int[] counts = new int[ITEMS];
        groups.forEach(g -> counts[g] = 2);
        for (int left = SUB_ITEMS - 2 * GROUPS; left > 0; left--) {
            counts[groups.get(random.nextInt(GROUPS))]++;
        }
        return counts;
    }

    private static AgendaItem item(String id, List<Paragraph> annotation, Random random) {
        List<DocumentationEntry> documentation = new ArrayList<>();
        int documents = annotation.isEmpty() ? 0 : random.nextInt(4);
        for (int d = 0; d < documents; d++) {
            documentation.add(new DocumentationEntry("Report of the Secretary-General on " + subject(random),
                    symbol(random)));
        }
        return new AgendaItem(new ItemId(id), title(random), new RichText(annotation), documentation, List.of());
    }

    private static String title(Random random) {
        return OPENINGS[random.nextInt(OPENINGS.length)] + " " + subject(random);
    }

    private static String subject(Random random) {
        return SUBJECTS[random.nextInt(SUBJECTS.length)];
    }

    private static String symbol(Random random) {
        return random.nextInt(5) == 0 ? "A/RES/79/" + (1 + random.nextInt(330)) : "A/80/" + (1 + random.nextInt(999));
    }

    /** One to three sentences; some a subparagraph, some with an italic title, a linked symbol or a footnote. */
    private static Paragraph paragraph(Random random) {
        int level = random.nextInt(8) == 0 ? 1 : 0;
        List<Inline> inlines = new ArrayList<>();
        int sentences = 1 + random.nextInt(3);
        for (int s = 0; s < sentences; s++) {
            inlines.add(TextRun.plain((s == 0 ? "" : " ") + sentence(random)));
            if (random.nextInt(6) == 0) {
                inlines.add(TextRun.plain(" The report is entitled \u201C"));
                inlines.add(new TextRun("Our Common Agenda", TextStyle.ITALIC));
                inlines.add(TextRun.plain("\u201D."));
            }
        }
        if (random.nextInt(4) == 0) {
            String symbol = symbol(random);
            inlines.add(TextRun.plain(" (see "));
            inlines.add(new TextRun(symbol, TextStyle.link(DocumentSymbol.odsAddress(symbol))));
            inlines.add(TextRun.plain(")."));
        }
        if (random.nextInt(20) == 0) {
            inlines.add(FootnoteMark.of(FOOTNOTES[random.nextInt(FOOTNOTES.length)] + "."));
        }
        return new Paragraph(level, inlines);
    }

    private static String sentence(Random random) {
        int words = 10 + random.nextInt(16);
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            if (w == 0) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            } else {
                out.append(' ').append(random.nextInt(12) == 0 ? word + "," : word);
            }
        }
        return out.append('.').toString().replace(",.", ".");
    }

    /**
     * Ten weekdays of a morning and an afternoon meeting. The items in agenda order, nine entries a meeting; every
     * second meeting opens by carrying on the last item of the meeting before ("(continued)").
     */
    private static OrganizationOfWork organization(List<AgendaItem> items) {
        List<Day> days = new ArrayList<>();
        int next = 0;
        int entry = 0;
        ItemId last = null;
        LocalDate date = FIRST_DAY;
        for (int d = 0; d < DAYS; d++, date = nextWeekday(date)) {
            List<MeetingSlot> meetings = new ArrayList<>();
            for (int m = 0; m < MEETINGS_PER_DAY; m++) {
                List<ScheduleEntry> entries = new ArrayList<>();
                if ((d * MEETINGS_PER_DAY + m) % 2 == 1) {
                    entries.add(new ItemEntry(new EntryId("e-" + ++entry), last));
                }
                while (entries.size() < ENTRIES / (DAYS * MEETINGS_PER_DAY)) {
                    last = items.get(next++).id();
                    entries.add(new ItemEntry(new EntryId("e-" + ++entry), last));
                }
                LocalTime start = m == 0 ? LocalTime.of(10, 0) : LocalTime.of(15, 0);
                String id = String.format(Locale.ROOT, "m-%02d%02d-%s", date.getMonthValue(), date.getDayOfMonth(),
                        m == 0 ? "am" : "pm");
                meetings.add(new MeetingSlot(new SlotId(id), start, start.plusHours(3), "", entries));
            }
            days.add(new Day(date, meetings));
        }
        return new OrganizationOfWork(days);
    }

    private static LocalDate nextWeekday(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }
}
