package org.agendum.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingSizeTest {
    private static final LocalDate DAY = LocalDate.of(2018, 7, 2);
    private static final ItemId OPENING = new ItemId("opening");
    private static final ItemId REPORT = new ItemId("report");

    /** Two items (one a sub-item), three paragraphs, two meetings over two days, three entries; every text counted. */
    private static Meeting small() {
        MeetingDetails details = MeetingDetails.builder().bodyName("Body").symbol("A/1").issueDate(DAY)
                .originalLanguage(Language.ENGLISH).versionLanguage(Language.ENGLISH).meetingName("Group")
                .venue("Vienna").dates(DAY, DAY.plusDays(1)).title("Agenda").dutyStation(DutyStation.VIENNA).build();
        Paragraph first = Paragraph.body(TextRun.plain("See "), new TextRun("A/2", TextStyle.link("https://x.org/2")),
                new FootnoteMark(List.of(TextRun.plain("Note "), new TextRun("one", TextStyle.ITALIC))));
        Paragraph second = Paragraph.subparagraph(1, "Sub");
        AgendaItem opening = new AgendaItem(OPENING, "Opening", new RichText(List.of(first, second)),
                List.of(new DocumentationEntry("Report", "A/3")), List.of());
        AgendaItem report = new AgendaItem(REPORT, "Report", RichText.of("Text"), List.of(), List.of());
        OrganizationOfWork work = new OrganizationOfWork(List.of(
                new Day(DAY, List.of(new MeetingSlot(new SlotId("m1"), LocalTime.of(10, 0), LocalTime.of(13, 0),
                        "Plenary", List.of(new ItemEntry(new EntryId("e1"), OPENING),
                                new NoteEntry(new EntryId("e2"), "Break"))))),
                new Day(DAY.plusDays(1), List.of(new MeetingSlot(new SlotId("m2"), LocalTime.of(10, 0),
                        LocalTime.of(13, 0), "", List.of(new ItemEntry(new EntryId("e3"), OPENING),
                                new ItemEntry(new EntryId("e4"), new ItemId("deleted"))))))));
        return new Meeting(details, new Agenda(List.of(opening.withSubItems(List.of(report)))), work);
    }

    @Test
    void countsEachPartAsTheLimitsCountIt() {
        MeetingSize size = MeetingSize.of(small());
        assertThat(size.count(MeetingLimit.AGENDA_ITEMS)).isEqualTo(2);
        assertThat(size.count(MeetingLimit.PARAGRAPHS)).isEqualTo(3);
        // "See ", "A/2", the footnote call and its two runs; "Sub"; "Text"
        assertThat(size.count(MeetingLimit.RUNS)).isEqualTo(7);
        assertThat(size.count(MeetingLimit.FOOTNOTES)).isEqualTo(1);
        assertThat(size.count(MeetingLimit.DOCUMENTS)).isEqualTo(1);
        assertThat(size.count(MeetingLimit.DAYS)).isEqualTo(2);
        assertThat(size.count(MeetingLimit.MEETINGS)).isEqualTo(2);
        assertThat(size.count(MeetingLimit.ENTRIES)).isEqualTo(4);
        int details = "Body".length() + "A/1".length() + "Group".length() + "Vienna".length() + "Agenda".length();
        int items = "Opening".length() + "Report".length();
        int annotations = "See ".length() + "A/2".length() + "https://x.org/2".length() + "Note ".length()
                + "one".length() + "Sub".length() + "Text".length();
        int documentation = "Report".length() + "A/3".length();
        int schedule = "Plenary".length() + "Break".length();
        // the annex prints "Opening" again for each of its two entries; the deleted item's entry prints nothing
        int repeatedTitles = 2 * "Opening".length();
        assertThat(size.count(MeetingLimit.CHARACTERS))
                .isEqualTo(details + items + annotations + documentation + schedule + repeatedTitles);
        assertThat(size.excess()).isEmpty();
    }

    @Test
    void theFirstLimitOverIsTheOneReported() {
        List<AgendaItem> items = new java.util.ArrayList<>();
        for (int i = 0; i <= MeetingLimit.AGENDA_ITEMS.maximum(); i++) {
            items.add(new AgendaItem(new ItemId("i" + i), "t", RichText.EMPTY,
                    List.of(new DocumentationEntry("d", "A/1")), List.of()));
        }
        Meeting meeting = new Meeting(small().details(), new Agenda(items), OrganizationOfWork.EMPTY);
        // 5,001 items and 5,001 Documentation entries: the items come first
        assertThat(MeetingSize.excess(meeting)).contains(new MeetingLimit.Excess(MeetingLimit.AGENDA_ITEMS, 5_001));
    }

    @Test
    void theSentencesNameTheCountAndTheLimit() {
        MeetingLimit.Excess excess = new MeetingLimit.Excess(MeetingLimit.ENTRIES, 5_001);
        assertThat(excess.inFile("wg4.agendum")).isEqualTo("wg4.agendum holds 5,001 entries in the organization of "
                + "work; Agendum opens meetings of at most 5,000 entries in the organization of work.");
        assertThat(excess.afterEdit("Add note")).isEqualTo("Add note: not done, the meeting would hold "
                + "5,001 entries in the organization of work; a meeting holds at most 5,000.");
        assertThat(excess.inExport()).isEqualTo("The meeting holds 5,001 entries in the organization of work; "
                + "Agendum exports meetings of at most 5,000 entries in the organization of work.");
    }
}
