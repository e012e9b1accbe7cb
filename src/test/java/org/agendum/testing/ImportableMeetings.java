package org.agendum.testing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.AgendaLayout;
import org.agendum.model.Day;
import org.agendum.model.Distribution;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.DutyStation;
import org.agendum.model.EmptyAnnotations;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Inline;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Language;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;
import org.agendum.model.MeetingSlot;
import org.agendum.model.NoteEntry;
import org.agendum.model.OrganizationOfWork;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.ScheduleEntry;
import org.agendum.model.SlotId;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;

/**
 * Generated meetings that an agenda document can say, for the import's round trips (export or render, import back,
 * the same meeting): agendas three levels deep, annotations with subparagraphs at every level, styled runs and
 * footnotes, Documentation lists, the annex with notes and items carried over, the three forms that print a list and
 * annotations, the masthead's optional lines (in Word also the item line's and the title's asterisk footnotes). One
 * seed gives one meeting, so a failing property names it.
 *
 * <p>{@link MeetingArbitraries} makes meetings for the file's round trip, whose text may be anything; a document
 * cannot say all of that, so these meetings are ones it can: English words (a title of random characters may read as
 * a list label or a symbol; the longest is eight letters, so that a PDF's layout breaks lines between words), distinct
 * titles without final punctuation, a symbol and a venue of the UN's forms, meetings that take something up.
 */
public final class ImportableMeetings {
    /** What the document carries beyond its words. */
    public enum Format {
        /** Text as a web copy or a PDF viewer gives it: styles as the copy's markup has them, no job line of its own. */
        TEXT(false, TextStyle.ITALIC, TextStyle.BOLD, TextStyle.link("https://www.unodc.org/"), TextStyle.PLAIN),
        /**
         * A Word file: underlining and superscript too, the job number, and the standard sentence under items with
         * nothing to annotate.
         */
        WORD(true, TextStyle.ITALIC, TextStyle.BOLD, TextStyle.link("https://www.unodc.org/"), TextStyle.PLAIN,
                TextStyle.PLAIN.withUnderline(true), TextStyle.PLAIN.withSuperscript(true));

        private final boolean fileDetails;
        private final TextStyle[] styles;

        Format(boolean fileDetails, TextStyle... styles) {
            this.fileDetails = fileDetails;
            this.styles = styles;
        }
    }

    private static final String[] WORDS = ("work group report States review matters draft note session meeting "
            + "council rights women children health trade crime justice water climate ocean forest labour refugee "
            + "budget audit policy support capacity security peace treaty article protocol mandate member request "
            + "views trends future options issues access finance energy transport science culture youth persons "
            + "migrants elderly housing poverty hunger debt markets data follow").split(" ");
    private static final AgendaLayout[] LAYOUTS = {AgendaLayout.ANNOTATED_PROVISIONAL_AGENDA,
            AgendaLayout.AGENDA_AND_ANNOTATIONS, AgendaLayout.AGENDA_AND_ANNOTATIONS_IN_NUMBERED_PARTS};

    private final Random random;
    private final Format format;
    private final Set<String> titles = new LinkedHashSet<>();
    private int symbols;

    private ImportableMeetings(long seed, Format format) {
        this.random = new Random(seed);
        this.format = format;
    }

    /** The meeting of this seed, as a document in this format can say it. */
    public static Meeting of(long seed, Format format) {
        return new ImportableMeetings(seed, format).meeting();
    }

    private Meeting meeting() {
        LocalDate start = LocalDate.of(2000 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
        LocalDate end = start.plusDays(random.nextInt(8));
        DutyStation station = DutyStation.values()[random.nextInt(3)];
        AgendaLayout layout = LAYOUTS[random.nextInt(LAYOUTS.length)];
        boolean itemLine = random.nextBoolean();
        Agenda agenda = new Agenda(items(1 + random.nextInt(8), 0));
        MeetingDetails.Builder details = MeetingDetails.builder()
                .bodyName("Conference of the " + phrase(2, 6)).symbol("ABC/WG." + (1 + random.nextInt(9)) + "/"
                        + start.getYear() + "/1")
                .distribution(Distribution.values()[random.nextInt(3)])
                .issueDate(start.minusDays(20 + random.nextInt(60)))
                .originalLanguage(Language.ENGLISH).versionLanguage(Language.ENGLISH)
                .languageCoverage(random.nextInt(4) == 0 ? "English, French and Spanish only" : "")
                .meetingName(random.nextInt(5) == 0 ? "" : "Working Group on " + phrase(1, 5))
                .sessionLine(random.nextBoolean() ? "Ninth session" : "")
                .venue(station.city()).dates(start, end)
                .agendaItemLine(itemLine ? "Item 2 of the provisional agenda" : "")
                .agendaItemTitle(itemLine ? "Adoption of the " + phrase(1, 3) : "")
                .layout(layout).title(layout.standardTitle()).dutyStation(station);
        if (format.fileDetails) {
            boolean someEmpty = agenda.allItems().stream().anyMatch(item -> !item.hasAnnotationContent());
            // the standard sentence only where some item prints it: otherwise the document does not show its form
            // the asterisk footnotes, now and then: a text's notes stand at a page's foot, which a web copy has not
            details.agendaItemNote(itemLine && random.nextInt(3) == 0 ? "ABC/WG.1/" + start.getYear() + "/1." : "")
                    .titleNote(random.nextInt(3) == 0 ? "The late submission of this document was caused by the "
                            + phrase(1, 4) + "." : "")
                    .jobNumber(random.nextBoolean() ? "" : String.format(Locale.ROOT, "%d-%05d",
                            10 + random.nextInt(20), random.nextInt(100_000)))
                    .emptyAnnotations(someEmpty && random.nextBoolean() ? EmptyAnnotations.STANDARD_SENTENCE
                            : EmptyAnnotations.NO_HEADING);
        }
        return new Meeting(details.build(), agenda, organization(agenda, start, end));
    }

    private List<AgendaItem> items(int count, int depth) {
        List<AgendaItem> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int subItems = depth < 2 && random.nextInt(3) == 0 ? 1 + random.nextInt(4) : 0;
            out.add(new AgendaItem(ItemId.random(), title(), annotation(), documentation(),
                    items(subItems, depth + 1)));
        }
        return out;
    }

    private String title() {
        String title;
        do {
            title = capitalized(phrase(1, 12));
        } while (!titles.add(title.toLowerCase(Locale.ROOT)));
        return title;
    }

    private RichText annotation() {
        List<Paragraph> paragraphs = new ArrayList<>();
        int count = random.nextInt(5);
        int level = 0;
        for (int p = 0; p < count; p++) {
            // a subparagraph follows body text or a subparagraph one level up at most, as an officer writes them
            level = p == 0 ? 0 : random.nextInt(Math.min(level + 2, Paragraph.MAX_LEVEL + 1));
            paragraphs.add(new Paragraph(level, inlines(true)));
        }
        return new RichText(paragraphs);
    }

    private List<Inline> inlines(boolean notes) {
        List<Inline> out = new ArrayList<>();
        int sentences = 1 + random.nextInt(4);
        for (int s = 0; s < sentences; s++) {
            out.add(TextRun.plain((s == 0 ? "" : " ") + capitalized(phrase(2, 14)) + " "));
            out.add(new TextRun(phrase(1, 3), style()));
            out.add(TextRun.plain(" " + phrase(1, 6) + "."));
            if (notes && random.nextInt(5) == 0) {
                out.add(new FootnoteMark(inlines(false).stream().map(TextRun.class::cast).toList()));
            }
        }
        return out;
    }

    private TextStyle style() {
        TextStyle style = format.styles[random.nextInt(format.styles.length)];
        return style.link() == null ? style : TextStyle.link(style.link() + phrase(1, 1));
    }

    private List<DocumentationEntry> documentation() {
        List<DocumentationEntry> out = new ArrayList<>();
        for (int d = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0; d > 0; d--) {
            out.add(new DocumentationEntry(capitalized(phrase(2, 14)), "ABC/WG.1/2021/" + (++symbols)));
        }
        return out;
    }

    private OrganizationOfWork organization(Agenda agenda, LocalDate start, LocalDate end) {
        if (random.nextInt(4) == 0) {
            return OrganizationOfWork.EMPTY;
        }
        List<ItemId> ids = agenda.allItems().stream().map(AgendaItem::id).toList();
        List<Day> days = new ArrayList<>();
        for (LocalDate date = start; !date.isAfter(end); date = date.plusDays(1)) {
            List<MeetingSlot> slots = new ArrayList<>();
            slots.add(slot(10, 13, ids));
            if (random.nextBoolean()) {
                slots.add(slot(15, 18, ids));
            }
            days.add(new Day(date, slots));
        }
        return new OrganizationOfWork(days);
    }

    private MeetingSlot slot(int from, int to, List<ItemId> ids) {
        List<ScheduleEntry> entries = new ArrayList<>();
        for (int e = 1 + random.nextInt(3); e > 0; e--) {
            entries.add(random.nextInt(5) == 0 ? NoteEntry.of(capitalized(phrase(1, 4)))
                    : ItemEntry.of(ids.get(random.nextInt(ids.size()))));
        }
        return new MeetingSlot(SlotId.random(), LocalTime.of(from, 0), LocalTime.of(to, 0), "", entries);
    }

    private String phrase(int min, int max) {
        List<String> words = new ArrayList<>();
        for (int w = min + random.nextInt(max - min + 1); w > 0; w--) {
            words.add(WORDS[random.nextInt(WORDS.length)]);
        }
        return String.join(" ", words);
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
