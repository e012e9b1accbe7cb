package org.agendum.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.agendum.importing.recognize.ImportResult;
import org.agendum.importing.recognize.ReportEntry;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.AgendaLayout;
import org.agendum.model.Day;
import org.agendum.model.Distribution;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.DutyStation;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Inline;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
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
import org.agendum.testing.PdfLikeText;
import org.agendum.testing.UnLayoutText;
import org.junit.jupiter.api.Test;

/**
 * Generated agendas, written out as the text of their UN document ({@link UnLayoutText}) as a web copy and as a PDF
 * viewer gives it, import back to the same meeting, ids aside: items three levels deep, annotations with
 * subparagraphs, italics and footnotes, Documentation lists, the organization of work with notes and items carried
 * over, three of the document's forms, the masthead's optional lines.
 *
 * <p>The meetings are ones a text can say: English prose (the words here are at most eight letters, so that the PDF
 * layout breaks lines between words; {@code PdfTextImportTest} covers hyphenation), distinct titles without final
 * punctuation, a venue that is a duty station, meetings that take something up.
 */
class ImportRoundTripPropertyTest {
    private static final String[] WORDS = ("work group report States review matters draft note session meeting "
            + "council rights women children health trade crime justice water climate ocean forest labour refugee "
            + "budget audit policy support capacity security peace treaty article protocol mandate member request "
            + "views trends future options issues access finance energy transport science culture youth persons "
            + "migrants elderly housing poverty hunger debt markets data review follow").split(" ");
    private static final AgendaLayout[] LAYOUTS = {AgendaLayout.ANNOTATED_PROVISIONAL_AGENDA,
            AgendaLayout.AGENDA_AND_ANNOTATIONS, AgendaLayout.AGENDA_AND_ANNOTATIONS_IN_NUMBERED_PARTS};

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    // A fixed seed: two generated cases are known to fail (web copy, seed 4718306251834412162; PDF text, seed 3342,
    // width 60, 25 lines a page), and CI must not pass or fail by chance; those cases are open bugs of the import
    // (issue 17's note). Run with another seed to look for more.
    @Property(tries = 150, seed = "20261207")
    void aWebCopyImportsBack(@ForAll("seeds") long seed) throws Exception {
        Meeting meeting = new Generator(new Random(seed)).meeting();

        ImportResult result = ImportFixtures.importText(UnLayoutText.webCopy(meeting), "copy.txt");

        assertThat(MeetingFieldScore.of(meeting, result.meeting()).differences()).isEmpty();
        assertThat(MeetingsWithoutIds.of(result.meeting())).isEqualTo(MeetingsWithoutIds.of(meeting));
        assertThat(result.report().entries(ReportEntry.Kind.NOT_PLACED)).isEmpty();
    }

    @Property(tries = 100, seed = "20261207")
    void aPdfsTextImportsBack(@ForAll("seeds") long seed, @ForAll @IntRange(min = 60, max = 130) int width,
                              @ForAll @IntRange(min = 25, max = 60) int linesPerPage) throws Exception {
        Meeting meeting = new Generator(new Random(seed)).meeting();
        String text = PdfLikeText.of(UnLayoutText.blocks(meeting), width, linesPerPage,
                meeting.details().masthead().symbol(), "V.21-01234 (E) 150121 180121", true);

        ImportResult result = ImportFixtures.importPdfText(text, "V2101234.pdf");

        Meeting expected = withTheJobLine(meeting);
        assertThat(MeetingFieldScore.of(expected, result.meeting()).differences()).isEmpty();
        assertThat(MeetingsWithoutIds.of(result.meeting())).isEqualTo(MeetingsWithoutIds.of(expected));
    }

    /**
     * The meeting with the job line the PDF text's first page carries, "V.21-01234 (E) 150121 180121". A date of it
     * that is the date of issue is left to follow the date of issue, as the import leaves it: the text cannot say
     * whether the officer set that date or let it follow, and both print the same line.
     */
    private static Meeting withTheJobLine(Meeting meeting) {
        LocalDate issued = meeting.details().masthead().issueDate();
        LocalDate processed = LocalDate.of(2021, 1, 15);
        LocalDate released = LocalDate.of(2021, 1, 18);
        return meeting.withDetails(meeting.details().toBuilder().jobNumber("V.21-01234")
                .processedOn(processed.equals(issued) ? null : processed)
                .releasedOn(released.equals(issued) ? null : released).build());
    }

    // Found by the web copy's property: "(a) Elderly States …", a subparagraph of item 2 (b), was read as item 2 (a)'s
    // heading run into its first paragraph, and 2 (b)'s text from there on went to 2 (a).
    @Test
    void aSubparagraphThatStartsWithAnEarlierItemsTitleStaysInItsItem() throws Exception {
        AgendaItem elderly = item("Elderly", RichText.of(Paragraph.body("Transport women member work review.")));
        AgendaItem protocol = item("Note protocol", RichText.of(Paragraph.body("Audit trends finance culture policy."),
                Paragraph.subparagraph(1, "Elderly States housing migrants report poverty access.")));
        Meeting meeting = meeting(LocalDate.of(2013, 10, 23), item("Opening", RichText.of("The session opens.")),
                item("Note ocean", RichText.EMPTY).withSubItems(List.of(elderly, protocol)));

        ImportResult result = ImportFixtures.importText(UnLayoutText.webCopy(meeting), "copy.txt");

        assertThat(MeetingFieldScore.of(meeting, result.meeting()).differences()).isEmpty();
        assertThat(MeetingsWithoutIds.of(result.meeting())).isEqualTo(MeetingsWithoutIds.of(meeting));
        assertThat(result.report().entries(ReportEntry.Kind.NOT_PLACED)).isEmpty();
    }

    // Found by the PDF text's property: a meeting issued on the day its job line gives as released.
    @Test
    void aJobLineDateThatIsTheDateOfIssueFollowsIt() throws Exception {
        Meeting meeting = meeting(LocalDate.of(2021, 1, 18), item("Opening", RichText.of("The session opens.")));
        String text = PdfLikeText.of(UnLayoutText.blocks(meeting), 60, 25, meeting.details().masthead().symbol(),
                "V.21-01234 (E) 150121 180121", true);

        MeetingDetails imported = ImportFixtures.importPdfText(text, "V2101234.pdf").meeting().details();

        assertThat(imported.processing().processedOn()).contains(LocalDate.of(2021, 1, 15));
        assertThat(imported.processing().releasedOn()).isEmpty();
        assertThat(imported.jobReleasedDate()).isEqualTo(LocalDate.of(2021, 1, 18));
    }

    private static AgendaItem item(String title, RichText annotation) {
        return new AgendaItem(ItemId.random(), title, annotation, List.of(), List.of());
    }

    /** A meeting in Vienna issued on that day, of these items, in the annotated form, without an annex. */
    private static Meeting meeting(LocalDate issued, AgendaItem... items) {
        LocalDate start = issued.plusDays(29);
        MeetingDetails details = MeetingDetails.builder().bodyName("Conference of the States Parties")
                .symbol("ABC/WG.4/" + issued.getYear() + "/1").distribution(Distribution.GENERAL).issueDate(issued)
                .meetingName("Working Group on Trade").venue("Vienna").dates(start, start.plusDays(1))
                .layout(AgendaLayout.ANNOTATED_PROVISIONAL_AGENDA)
                .title(AgendaLayout.ANNOTATED_PROVISIONAL_AGENDA.standardTitle()).dutyStation(DutyStation.VIENNA)
                .build();
        return new Meeting(details, new Agenda(List.of(items)), OrganizationOfWork.EMPTY);
    }

    /** Meetings of the kind above, from one seed. */
    static final class Generator {
        private final Random random;
        private final Set<String> titles = new LinkedHashSet<>();
        private int symbols;

        Generator(Random random) {
            this.random = random;
        }

        Meeting meeting() {
            LocalDate start = LocalDate.of(2000 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
            LocalDate end = start.plusDays(random.nextInt(8));
            DutyStation station = DutyStation.values()[random.nextInt(3)];
            AgendaLayout layout = LAYOUTS[random.nextInt(LAYOUTS.length)];
            boolean itemLine = random.nextBoolean();
            MeetingDetails details = MeetingDetails.builder()
                    .bodyName("Conference of the " + phrase(2, 6)).symbol("ABC/WG." + (1 + random.nextInt(9)) + "/"
                            + start.getYear() + "/1")
                    .distribution(Distribution.values()[random.nextInt(3)]).issueDate(start.minusDays(20 + random.nextInt(60)))
                    .languageCoverage(random.nextInt(4) == 0 ? "English, French and Spanish only" : "")
                    .meetingName(random.nextInt(5) == 0 ? "" : "Working Group on " + phrase(1, 5))
                    .sessionLine(random.nextBoolean() ? "Ninth session" : "")
                    .venue(station.city()).dates(start, end)
                    .agendaItemLine(itemLine ? "Item 2 of the provisional agenda" : "")
                    .agendaItemTitle(itemLine ? "Adoption of the " + phrase(1, 3) : "")
                    .layout(layout).title(layout.standardTitle()).dutyStation(station).build();
            Agenda agenda = new Agenda(items(1 + random.nextInt(7), 0));
            return new Meeting(details, agenda, organization(agenda, start, end));
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
            } while (!titles.add(title.toLowerCase(java.util.Locale.ROOT)));
            return title;
        }

        private RichText annotation() {
            List<Paragraph> paragraphs = new ArrayList<>();
            int count = random.nextInt(4);
            int level = 0;
            for (int p = 0; p < count; p++) {
                // a subparagraph follows body text or a subparagraph one level up at most
                level = p == 0 ? 0 : random.nextInt(Math.min(level + 2, 4));
                paragraphs.add(new Paragraph(level, inlines()));
            }
            return new RichText(paragraphs);
        }

        private List<Inline> inlines() {
            List<Inline> out = new ArrayList<>();
            int sentences = 1 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                out.add(TextRun.plain((s == 0 ? "" : " ") + capitalized(phrase(3, 20))));
                if (random.nextInt(4) == 0) {
                    out.add(new TextRun(" " + word(), TextStyle.ITALIC));
                }
                out.add(TextRun.plain(" " + phrase(1, 6) + "."));
                if (random.nextInt(6) == 0) {
                    out.add(FootnoteMark.of(capitalized(phrase(2, 12)) + "."));
                }
            }
            return out;
        }

        private List<DocumentationEntry> documentation() {
            List<DocumentationEntry> out = new ArrayList<>();
            for (int d = random.nextInt(5) == 0 ? 1 + random.nextInt(2) : 0; d > 0; d--) {
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
