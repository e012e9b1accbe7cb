package org.agendum.docx;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.Day;
import org.agendum.model.Distribution;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.DutyStation;
import org.agendum.model.EmptyAnnotations;
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
import org.agendum.model.ScheduleEntry;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;

/**
 * A meeting that asks more of the export than the sample: items three levels deep, footnotes in two items
 * (one with a link), subparagraphs at every level, a Documentation list of twelve documents, and an
 * organization of work of five days that runs over several pages. Its optional details are empty. Its items
 * with nothing to annotate ("Rapporteur", "Other matters") keep their headings with the standard sentence, so
 * that every heading level is exported.
 */
public final class DemandingMeeting {
    static final ItemId ORGANIZATIONAL = new ItemId("org");
    static final ItemId OPENING = new ItemId("org-a");
    static final ItemId ELECTION = new ItemId("org-b");
    static final ItemId CHAIR = new ItemId("org-b-i");
    static final ItemId RAPPORTEUR = new ItemId("org-b-ii");
    static final ItemId REVIEW = new ItemId("review");
    static final ItemId OTHER = new ItemId("other");
    static final int DOCUMENTS = 12;

    private DemandingMeeting() {
    }

    public static Meeting meeting() {
        MeetingDetails details = MeetingDetails.builder()
                .bodyName("Conference of the States Parties to the United Nations Convention against Corruption")
                .symbol("CAC/COSP/IRG/2026/1").distribution(Distribution.GENERAL).issueDate(LocalDate.of(2026, 3, 20))
                .originalLanguage(Language.ENGLISH).versionLanguage(Language.ENGLISH)
                .meetingName("Implementation Review Group").venue("Vienna")
                .dates(LocalDate.of(2026, 6, 8), LocalDate.of(2026, 6, 12))
                .title("Annotated provisional agenda")
                .dutyStation(DutyStation.VIENNA)
                .emptyAnnotations(EmptyAnnotations.STANDARD_SENTENCE)
                .build();
        Paragraph withNote = new Paragraph(0, List.of(
                TextRun.plain("The Group will be opened on Monday, 8 June 2026, at 10 a.m."),
                FootnoteMark.of("The meeting will be held in Boardroom D."),
                TextRun.plain(" Its ninth session will follow.")));
        AgendaItem opening = AgendaItem.of(OPENING, "Opening of the session").withAnnotation(RichText.of(withNote));
        AgendaItem chair = AgendaItem.of(CHAIR, "Chair").withAnnotation(RichText.of(
                "The Group will elect its Chair from among the States of the Eastern European Group."));
        AgendaItem rapporteur = AgendaItem.of(RAPPORTEUR, "Rapporteur");
        AgendaItem election = AgendaItem.of(ELECTION, "Election of officers").withSubItems(List.of(chair, rapporteur));
        AgendaItem organizational = AgendaItem.of(ORGANIZATIONAL, "Organizational matters")
                .withSubItems(List.of(opening, election));

        Paragraph reviewNotes = new Paragraph(0, List.of(
                new TextRun("Under this item", TextStyle.ITALIC),
                TextRun.plain(", the Group will consider the "),
                new TextRun("overview", TextStyle.BOLD),
                TextRun.plain(" of the reviews"),
                new FootnoteMark(List.of(TextRun.plain("See "),
                        new TextRun("CAC/COSP/2025/5", TextStyle.link("https://docs.un.org/en/CAC/COSP/2025/5")),
                        TextRun.plain("."))),
                TextRun.plain(" and the thematic reports"),
                FootnoteMark.of("Available on the website of the Office."),
                TextRun.plain(":")));
        List<DocumentationEntry> documents = new ArrayList<>();
        for (int i = 1; i <= DOCUMENTS; i++) {
            documents.add(new DocumentationEntry("Executive summary of the review of State number " + i
                    + ", prepared by the Secretariat under the terms of reference of the Mechanism",
                    "CAC/COSP/IRG/II/" + (i < 10 ? "1/1/Add." : "2/1/Add.") + i));
        }
        AgendaItem review = AgendaItem.of(REVIEW, "Review of implementation of the United Nations Convention "
                        + "against Corruption")
                .withAnnotation(new RichText(List.of(reviewNotes,
                        Paragraph.subparagraph(1, "The general discussion;"),
                        Paragraph.subparagraph(2, "Statements by States under review;"),
                        Paragraph.subparagraph(3, "Questions from the reviewing States;"),
                        Paragraph.subparagraph(2, "Conclusions;"),
                        Paragraph.subparagraph(1, "The thematic discussion."))))
                .withDocumentation(documents);
        AgendaItem other = AgendaItem.of(OTHER, "Other matters");
        Agenda agenda = new Agenda(List.of(organizational, review, other));

        List<Day> days = new ArrayList<>();
        for (int d = 0; d < 5; d++) {
            List<MeetingSlot> slots = new ArrayList<>();
            for (int[] times : new int[][] {{10, 13}, {15, 18}}) {
                List<ScheduleEntry> entries = new ArrayList<>();
                if (d == 0 && times[0] == 10) {
                    entries.add(ItemEntry.of(OPENING));
                    entries.add(ItemEntry.of(CHAIR));
                    entries.add(ItemEntry.of(RAPPORTEUR));
                }
                for (int k = 0; k < 6; k++) {
                    entries.add(ItemEntry.of(REVIEW));
                }
                entries.add(NoteEntry.of("Informal consultations on the draft resolution"));
                slots.add(MeetingSlot.of(LocalTime.of(times[0], 0), LocalTime.of(times[1], 0)).withEntries(entries));
            }
            days.add(new Day(LocalDate.of(2026, 6, 8).plusDays(d), slots));
        }
        days.set(4, days.get(4).withMeetings(List.of(days.get(4).meetings().get(0),
                MeetingSlot.of(LocalTime.of(15, 0), LocalTime.of(18, 0)).withEntries(List.of(ItemEntry.of(OTHER))))));
        return new Meeting(details, agenda, new OrganizationOfWork(days));
    }
}
