package org.agendum.docx;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.Day;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.DutyStation;
import org.agendum.model.FootnoteMark;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Language;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingSlot;
import org.agendum.model.NoteEntry;
import org.agendum.model.OrganizationOfWork;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.ScheduleEntry;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;

/**
 * Meetings at the export's edges for the goldens ({@link GoldenMeetings}): what the sample, the demanding meeting
 * and the variants leave out. A version in another language with a coverage line, in New York (one job date) or
 * Geneva; a job number with its barcode; a short body name (XLarge's 20 pt) and a one-letter series; quotes after
 * a footnote reference, a tab and a link; underline and superscript; web, e-mail and refused links; characters
 * Word cannot store; blank paragraphs; empty Documentation entries; a meeting's label, a meeting with no entries,
 * an entry of a deleted item, a meeting that ends before it starts; dates in the wrong order.
 */
final class EdgeMeetings {
    private EdgeMeetings() {
    }

    /** A French version of an English original, in New York, with the edges of the text. */
    static Meeting newYorkFrenchVersion() {
        Meeting demanding = DemandingMeeting.meeting();
        return new Meeting(demanding.details().toBuilder()
                .bodyName("General Assembly").symbol("A/80/590").versionLanguage(Language.FRENCH)
                .originalLanguage(Language.ENGLISH).languageCoverage("English, French and Spanish only")
                .meetingName("Eightieth session").sessionLine("Item 71 (b)").venue("New York")
                .dates(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 8))
                .title("The \"Group's\" agenda\tfor 'today'").dutyStation(DutyStation.NEW_YORK)
                .jobNumber("26-00248 (E)").processedOn(LocalDate.of(2026, 1, 13)).releasedOn(LocalDate.of(2026, 1, 16))
                .agendaItemLine("Item 2 of the provisional agenda").agendaItemTitle("The \"item\"")
                .build(), agenda(), organization());
    }

    /** An Arabic version in Geneva, with a job number of Geneva's form and a note on the item line. */
    static Meeting genevaArabicVersion() {
        Meeting meeting = newYorkFrenchVersion();
        return meeting.withDetails(meeting.details().toBuilder().versionLanguage(Language.ARABIC)
                .originalLanguage(Language.ARABIC).languageCoverage("").dutyStation(DutyStation.GENEVA)
                .jobNumber("GE.26-01234").agendaItemNote("Reissued for technical reasons on \"20 May\".")
                .symbol("CRC/C/90/1").build());
    }

    private static Agenda agenda() {
        AgendaItem quotes = AgendaItem.of(new ItemId("quotes"), "The \"quoted\" item's title").withAnnotation(
                new RichText(List.of(
                        new Paragraph(0, List.of(TextRun.plain("A note"), FootnoteMark.of("The \"note\" itself."),
                                TextRun.plain("\"after the note\" and "),
                                new TextRun("\"linked\"", TextStyle.link("https://example.org/a?b=1&c=\"2\"")),
                                TextRun.plain("'s end"))),
                        Paragraph.subparagraph(1, "\"Quoted\" after a label's tab;"),
                        Paragraph.body("   "),
                        new Paragraph(0, List.of(new TextRun("underlined", TextStyle.PLAIN.withUnderline(true)),
                                TextRun.plain(" and x"), new TextRun("2", TextStyle.PLAIN.withSuperscript(true)),
                                TextRun.plain(" with\u0001control\u000Bcharacters\ttabs\nand lines"),
                                new TextRun(" mail ", TextStyle.link("mailto:unog@un.org")),
                                new TextRun("a file", TextStyle.link("file:///etc/passwd")),
                                new TextRun("bold italic", TextStyle.BOLD.withItalic(true)))),
                        new Paragraph(0, List.of(FootnoteMark.of("A note alone, with a tab\tin it."))))))
                .withDocumentation(List.of(new DocumentationEntry("", ""), new DocumentationEntry("", "A/80/1"),
                        new DocumentationEntry("A note without a symbol", ""),
                        new DocumentationEntry("The \"report\"", "A/80/2 "),
                        new DocumentationEntry("Bad", "not a symbol")));
        AgendaItem empty = AgendaItem.of(new ItemId("empty"), "An item with nothing to say");
        AgendaItem deep = AgendaItem.of(new ItemId("deep"), "Deep").withSubItems(List.of(
                AgendaItem.of(new ItemId("deep-a"), "Level two").withSubItems(List.of(
                        AgendaItem.of(new ItemId("deep-a-i"), "Level three").withSubItems(List.of(
                                AgendaItem.of(new ItemId("deep-a-i-1"), "Level four")
                                        .withAnnotation(RichText.of("Four levels down."))))))));
        return new Agenda(List.of(quotes, empty, deep));
    }

    private static OrganizationOfWork organization() {
        List<ScheduleEntry> first = new ArrayList<>(List.of(ItemEntry.of(new ItemId("quotes")),
                ItemEntry.of(new ItemId("gone")), NoteEntry.of("A \"note\" of the day"), ItemEntry.of(new ItemId("deep-a-i-1"))));
        MeetingSlot labelled = MeetingSlot.of(LocalTime.of(10, 0), LocalTime.of(13, 0))
                .withTimes(LocalTime.of(10, 0), LocalTime.of(13, 0), "High-level segment").withEntries(first);
        MeetingSlot none = MeetingSlot.of(LocalTime.of(15, 0), LocalTime.of(18, 0));
        MeetingSlot backwards = MeetingSlot.of(LocalTime.of(18, 0), LocalTime.of(15, 0))
                .withEntries(List.of(ItemEntry.of(new ItemId("quotes")), ItemEntry.of(new ItemId("empty"))));
        return new OrganizationOfWork(List.of(new Day(LocalDate.of(2026, 9, 8), List.of(labelled, none)),
                new Day(LocalDate.of(2026, 9, 9), List.of(backwards)), new Day(LocalDate.of(2026, 9, 10), List.of())));
    }
}
