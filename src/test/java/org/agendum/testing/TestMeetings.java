package org.agendum.testing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.agendum.file.SampleMeeting;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.Day;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.EntryId;
import org.agendum.model.FootnoteMark;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;
import org.agendum.model.MeetingSlot;
import org.agendum.model.OrganizationOfWork;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.SlotId;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;

/** Meetings for the UI tests. Tests of the sample rely only on its titles, numbers and first paragraphs. */
public final class TestMeetings {
    public static final ItemId STYLED = new ItemId("styled");
    public static final ItemId SECOND = new ItemId("second");
    public static final String LINK = "https://example.org/report";

    private TestMeetings() {
    }

    public static Meeting sample() {
        return SampleMeeting.load();
    }

    /** The id of the sample's item with this exact title. */
    public static ItemId idOf(Meeting meeting, String title) {
        return meeting.agenda().allItems().stream().filter(i -> i.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("No item titled " + title)).id();
    }

    /** Two items: the first with every kind of formatting, subparagraphs, a footnote and a Documentation list. */
    public static Meeting styled() {
        RichText annotation = RichText.of(
                Paragraph.body(
                        TextRun.plain("Plain "),
                        new TextRun("bold", TextStyle.BOLD),
                        TextRun.plain(" "),
                        new TextRun("italic", TextStyle.ITALIC),
                        TextRun.plain(" "),
                        new TextRun("underlined", TextStyle.PLAIN.withUnderline(true)),
                        TextRun.plain(" x"),
                        new TextRun("2", TextStyle.PLAIN.withSuperscript(true)),
                        TextRun.plain(" see "),
                        new TextRun("the report", TextStyle.link(LINK)),
                        TextRun.plain("."),
                        FootnoteMark.of("The first footnote.")),
                Paragraph.subparagraph(1, "First point;"),
                Paragraph.subparagraph(1, "Second point:"),
                Paragraph.subparagraph(2, "A sub-point."),
                Paragraph.body("After the list."));
        AgendaItem styled = new AgendaItem(STYLED, "Styled item", annotation,
                List.of(new DocumentationEntry("Report of the Secretary-General", "A/80/1")), List.of());
        AgendaItem second = new AgendaItem(SECOND, "Second item", RichText.of(Paragraph.body(
                TextRun.plain("Another note."), FootnoteMark.of("The second footnote."))), List.of(), List.of());
        LocalDate day = LocalDate.of(2026, 3, 2);
        MeetingDetails details = MeetingDetails.blank(day).toBuilder().bodyName("Commission on Testing")
                .meetingName("Test meeting").symbol("E/CN.99/2026/1").build();
        OrganizationOfWork work = new OrganizationOfWork(List.of(new Day(day, List.of(
                new MeetingSlot(new SlotId("morning"), LocalTime.of(10, 0), LocalTime.of(13, 0), "", List.of(
                        new ItemEntry(new EntryId("entry-1"), STYLED), new ItemEntry(new EntryId("entry-2"), SECOND)))))));
        return new Meeting(details, new Agenda(List.of(styled, second)), work);
    }
}
