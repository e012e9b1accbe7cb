package org.agendum.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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
import org.agendum.testing.MeetingFieldScore;
import org.agendum.testing.MeetingsWithoutIds;

/**
 * Generated meetings exported to Word and imported back are the same meeting, ids aside: agendas three levels deep,
 * annotations with subparagraphs at every level and runs bold, italic, underlined, superscript and linked, footnotes,
 * Documentation lists, the annex with notes, the list forms and both ways of treating an empty item.
 *
 * <p>{@code testing.MeetingArbitraries} makes meetings for the file's round trip, whose text may be anything; a
 * document cannot say all of that, so these meetings are ones it can: English words (a title of random characters
 * may read as a list label or a symbol), distinct titles of three words or more without final punctuation (a title is
 * matched by its words, and a subparagraph that begins with a shorter title's words may read as its heading: the
 * recognizer takes a shorter or longer form of the title as a heading),
 * a symbol and a venue of the UN's forms, and a standard sentence form only when some item has nothing to annotate
 * (otherwise the document does not show which form it has). The seed is jqwik's, so a failure names it.
 */
class WordRoundTripPropertyTest {
    private static final String[] WORDS = ("work group report States review matters draft note session council "
            + "rights women children health trade crime justice water climate ocean forest labour refugee budget audit "
            + "policy support capacity security peace treaty article protocol mandate member request views trends "
            + "future options issues access finance energy transport science culture youth persons migrants elderly "
            + "housing poverty hunger debt markets data").split(" ");
    private static final AgendaLayout[] LAYOUTS = {AgendaLayout.ANNOTATED_PROVISIONAL_AGENDA,
            AgendaLayout.AGENDA_AND_ANNOTATIONS, AgendaLayout.AGENDA_AND_ANNOTATIONS_IN_NUMBERED_PARTS};

    @Property(tries = 150)
    void anExportImportsBack(@ForAll long seed) throws Exception {
        Meeting meeting = new Generator(new Random(seed)).meeting();

        Meeting back = WordRoundTripTest.roundTrip(meeting);

        assertThat(MeetingFieldScore.of(meeting, back).differences()).isEmpty();
        assertThat(MeetingsWithoutIds.of(back)).isEqualTo(MeetingsWithoutIds.of(meeting));
    }

    /** Meetings of the kind above, from one seed. */
    private static final class Generator {
        private final Random random;
        private final Set<String> titles = new LinkedHashSet<>();
        private int symbols;

        Generator(Random random) {
            this.random = random;
        }

        Meeting meeting() {
            LocalDate start = LocalDate.of(2000 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
            LocalDate end = start.plusDays(random.nextInt(5));
            DutyStation station = DutyStation.values()[random.nextInt(3)];
            AgendaLayout layout = LAYOUTS[random.nextInt(LAYOUTS.length)];
            Agenda agenda = new Agenda(items(1 + random.nextInt(8), 0));
            boolean someEmpty = agenda.allItems().stream().anyMatch(item -> !item.hasAnnotationContent());
            MeetingDetails details = MeetingDetails.builder()
                    .bodyName("Conference of the " + phrase(2, 5)).symbol("ABC/WG." + (1 + random.nextInt(9)) + "/"
                            + start.getYear() + "/1")
                    .distribution(Distribution.values()[random.nextInt(3)])
                    .issueDate(start.minusDays(20 + random.nextInt(60)))
                    .originalLanguage(Language.ENGLISH).versionLanguage(Language.ENGLISH)
                    .meetingName("Working Group on " + phrase(1, 4))
                    .sessionLine(random.nextBoolean() ? "Ninth session" : "")
                    .venue(station.city()).dates(start, end)
                    .layout(layout).title(layout.standardTitle()).dutyStation(station)
                    .jobNumber(random.nextBoolean() ? "" : String.format(Locale.ROOT, "%d-%05d",
                            10 + random.nextInt(20), random.nextInt(100_000)))
                    .emptyAnnotations(someEmpty && random.nextBoolean() ? EmptyAnnotations.STANDARD_SENTENCE
                            : EmptyAnnotations.NO_HEADING)
                    .build();
            return new Meeting(details, agenda, organization(agenda, start, end));
        }

        private List<AgendaItem> items(int count, int depth) {
            List<AgendaItem> out = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int subItems = depth < 2 && random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 0;
                out.add(new AgendaItem(ItemId.random(), title(), annotation(), documentation(),
                        items(subItems, depth + 1)));
            }
            return out;
        }

        private String title() {
            String title;
            do {
                title = capitalized(phrase(3, 10));
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
            int sentences = 1 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                out.add(TextRun.plain((s == 0 ? "" : " ") + capitalized(phrase(2, 12)) + " "));
                out.add(new TextRun(phrase(1, 3), style()));
                out.add(TextRun.plain(" " + phrase(1, 5) + "."));
                if (notes && random.nextInt(5) == 0) {
                    out.add(new FootnoteMark(inlines(false).stream().map(TextRun.class::cast).toList()));
                }
            }
            return out;
        }

        private TextStyle style() {
            return switch (random.nextInt(6)) {
                case 0 -> TextStyle.ITALIC;
                case 1 -> TextStyle.BOLD;
                case 2 -> TextStyle.PLAIN.withUnderline(true);
                case 3 -> TextStyle.PLAIN.withSuperscript(true);
                case 4 -> TextStyle.link("https://www.unodc.org/" + word());
                default -> TextStyle.PLAIN;
            };
        }

        private List<DocumentationEntry> documentation() {
            List<DocumentationEntry> out = new ArrayList<>();
            for (int d = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0; d > 0; d--) {
                out.add(new DocumentationEntry(capitalized(phrase(2, 12)), "ABC/WG.1/2021/" + (++symbols)));
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
                words.add(word());
            }
            return String.join(" ", words);
        }

        private String word() {
            return WORDS[random.nextInt(WORDS.length)];
        }

        private static String capitalized(String text) {
            return Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
    }
}
