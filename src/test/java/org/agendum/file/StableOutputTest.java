package org.agendum.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.Day;
import org.agendum.model.Distribution;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.DutyStation;
import org.agendum.model.EntryId;
import org.agendum.model.FootnoteMark;
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
import org.agendum.model.SlotId;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;
import org.junit.jupiter.api.Test;

/** The exact bytes of a small meeting, checked in: any change to the format shows up here first. */
class StableOutputTest {
    private static final String GOLDEN = "/org/agendum/file/golden/tiny-meeting.agendum";

    /** One of each shape: levels, every style, a link, a footnote, empty lists, a note and a dangling entry. */
    static Meeting tinyMeeting() {
        MeetingDetails details = MeetingDetails.builder()
                .bodyName("Commission on Crime Prevention and Criminal Justice").symbol("E/CN.15/2025/17")
                .distribution(Distribution.LIMITED).issueDate(LocalDate.of(2025, 10, 1))
                .originalLanguage(Language.ENGLISH).versionLanguage(Language.FRENCH).languageCoverage("")
                .meetingName("Thirty-fourth session").sessionLine("Reconvened session").venue("Vienna")
                .dates(LocalDate.of(2025, 12, 4), LocalDate.of(2025, 12, 5))
                .agendaItemLine("Item 1 of the provisional agenda").title("Ordre du jour provisoire annoté")
                .dutyStation(DutyStation.GENEVA).jobNumber("V.25-01234")
                .build();
        RichText annotation = new RichText(List.of(
                Paragraph.body(
                        TextRun.plain("The session will be opened by the Chair of the Commission "),
                        new TextRun("(see", TextStyle.ITALIC),
                        new TextRun("A/80/1", TextStyle.link("https://docs.un.org/en/A/80/1").withBold(true)),
                        TextRun.plain(")."),
                        new FootnoteMark(List.of(new TextRun("Official Records", TextStyle.ITALIC),
                                TextRun.plain(", Supplement No. 10 (“E/2025/30”)")))),
                Paragraph.subparagraph(1, "Письмо Председателя;"),
                new Paragraph(2, List.of(new TextRun("临时议程", TextStyle.PLAIN.withUnderline(true)),
                        new TextRun("2", TextStyle.PLAIN.withSuperscript(true)))),
                Paragraph.body("جدول الأعمال المؤقَّت المشروح")));
        AgendaItem opening = new AgendaItem(new ItemId("item-1"), "Opening of the session", annotation,
                List.of(new DocumentationEntry("Provisional agenda", "E/CN.15/2025/17")),
                List.of(AgendaItem.of(new ItemId("item-1a"), "")));
        OrganizationOfWork work = new OrganizationOfWork(List.of(new Day(LocalDate.of(2025, 12, 4), List.of(
                new MeetingSlot(new SlotId("m-1204-am"), LocalTime.of(10, 0), LocalTime.of(13, 0), "Plenary", List.of(
                        new ItemEntry(new EntryId("e-1"), new ItemId("item-1")),
                        new NoteEntry(new EntryId("e-2"), "Informal consultations"),
                        new ItemEntry(new EntryId("e-3"), new ItemId("item-9"))))))));
        return new Meeting(details, new Agenda(List.of(opening)), work);
    }

    @Test
    void aTinyMeetingIsWrittenExactlyAsTheGoldenFile() throws IOException {
        assertThat(new String(MeetingFiles.write(tinyMeeting()), StandardCharsets.UTF_8))
                .isEqualTo(new String(golden(), StandardCharsets.UTF_8));
        assertThat(MeetingFiles.write(tinyMeeting())).isEqualTo(golden());
    }

    @Test
    void theGoldenFileReadsAsTheTinyMeeting() throws Exception {
        assertThat(MeetingFiles.read(golden(), "tiny-meeting.agendum")).isEqualTo(tinyMeeting());
    }

    @Test
    void writingTwiceGivesIdenticalBytes() {
        assertThat(MeetingFiles.write(tinyMeeting())).isEqualTo(MeetingFiles.write(tinyMeeting()));
        assertThat(MeetingFiles.write(SampleMeeting.load())).isEqualTo(MeetingFiles.write(SampleMeeting.load()));
    }

    @Test
    void outputIsUtf8WithLineFeedsAndAFinalNewline() {
        byte[] bytes = MeetingFiles.write(tinyMeeting());
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(text.getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
        assertThat(text).doesNotContain("\r").endsWith("}\n").doesNotEndWith("\n\n")
                .contains("      \"title\": \"Opening of the session\",\n")
                .contains("\"items\": []").contains("\"level\": 1,").doesNotContain("\"level\": 0")
                .contains("Письмо Председателя;").doesNotContain("\\u");
        assertThat(bytes[0]).as("no byte order mark").isEqualTo((byte) '{');
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreAccepted() throws Exception {
        String windows = new String(golden(), StandardCharsets.UTF_8).replace("\n", "\r\n");
        byte[] withBom = ("\uFEFF" + windows).getBytes(StandardCharsets.UTF_8);

        assertThat(MeetingFiles.read(withBom, "tiny.agendum")).isEqualTo(tinyMeeting());
    }

    @Test
    void optionalFieldsMayBeLeftOutAndFalseFlagsWritten() throws Exception {
        String minimal = TestFiles.minimalWithAgenda("{\"id\": \"i1\", \"title\": \"Opening\", \"annotation\": [{\"level\": 0, "
                + "\"content\": [{\"text\": \"a\", \"bold\": false, \"link\": \"\"}, {\"text\": \"\"}]}]}")
                .replace("\"organizationOfWork\": {\"days\": []}", "\"organizationOfWork\": {\"days\": [{\"date\": "
                        + "\"2018-07-02\"}, {\"date\": \"2018-07-03\", \"meetings\": [{\"id\": \"m\", \"start\": \"10:00\", "
                        + "\"end\": \"13:00\"}]}]}");

        Meeting meeting = MeetingFiles.read(TestFiles.utf8(minimal), "minimal.agendum");

        assertThat(meeting.details().meetingInfo().sessionLine()).isEmpty();
        assertThat(meeting.details().processing().jobNumber()).isEmpty();
        assertThat(meeting.details().titleBlock().agendaItemLine()).isEmpty();
        assertThat(meeting.details().masthead().languageCoverage()).isEmpty();
        AgendaItem item = meeting.agenda().items().get(0);
        assertThat(item.documentation()).isEmpty();
        assertThat(item.subItems()).isEmpty();
        assertThat(item.annotation()).isEqualTo(RichText.of("a"));
        assertThat(meeting.organization().days().get(0).meetings()).isEmpty();
        MeetingSlot slot = meeting.organization().days().get(1).meetings().get(0);
        assertThat(slot.label()).isEmpty();
        assertThat(slot.entries()).isEmpty();
    }

    @Test
    void entriesForItemsMissingFromTheAgendaLoad() throws Exception {
        Meeting meeting = MeetingFiles.read(golden(), "tiny-meeting.agendum");

        assertThat(meeting.organization().scheduledItems()).contains(new ItemId("item-9"));
        assertThat(meeting.agenda().contains(new ItemId("item-9"))).isFalse();
    }

    static byte[] golden() throws IOException {
        try (InputStream in = StableOutputTest.class.getResourceAsStream(GOLDEN)) {
            assertThat(in).as(GOLDEN).isNotNull();
            return in.readAllBytes();
        }
    }
}
