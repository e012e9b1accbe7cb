package org.agendum.docx;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.AgendaLayout;
import org.agendum.model.Day;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.DutyStation;
import org.agendum.model.EmptyAnnotations;
import org.agendum.model.FootnoteMark;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;
import org.agendum.model.MeetingSlot;
import org.agendum.model.OrganizationOfWork;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.TextRun;

/**
 * Meetings in the variants real agendas come in (research/FINDINGS.md), built on the opening of
 * CAC/COSP/2015/1: a body's own session (no meeting name), a sub-item whose annotation heading is shorter than
 * its list title, items with nothing to annotate (one alone, one with empty sub-items), two footnotes and a
 * Documentation list, and a one-day organization of work.
 */
final class VariantMeetings {
    static final ItemId REVIEW = new ItemId("review");
    static final ItemId REPORT = new ItemId("report");
    static final String OPENING_TITLE = "Opening of the sixth session of the Conference";
    static final String OPENING_HEADING = "Opening of the sixth session";
    static final String STANDARD_SENTENCE = "As no issues to be raised under this item have come to the attention "
            + "of the Secretariat, no documentation regarding the item is currently foreseen.";

    private VariantMeetings() {
    }

    /** CAC/COSP/2015/1 in its own form: "Provisional agenda and annotations" with both headings. */
    static Meeting conferenceOfStatesParties() {
        MeetingDetails details = MeetingDetails.builder()
                .bodyName("Conference of the States Parties to the United Nations Convention against Corruption")
                .symbol("CAC/COSP/2015/1").issueDate(LocalDate.of(2015, 8, 19))
                .meetingName("").sessionLine("Sixth session").venue("St. Petersburg, Russian Federation")
                .dates(LocalDate.of(2015, 11, 2), LocalDate.of(2015, 11, 6))
                .title("Provisional agenda and annotations")
                .dutyStation(DutyStation.VIENNA)
                .build();
        return new Meeting(details, agenda(), organization());
    }

    /** The same meeting in another form, retitled with the form's title; the annotations alone are an addendum. */
    static Meeting inForm(AgendaLayout layout) {
        Meeting meeting = conferenceOfStatesParties();
        boolean addendum = layout == AgendaLayout.ANNOTATIONS_WITH_AGENDA || layout == AgendaLayout.ANNOTATIONS_ONLY;
        return meeting.withDetails(meeting.details().toBuilder().layout(layout).title(layout.standardTitle())
                .symbol(addendum ? "CAC/COSP/2015/1/Add.1" : "CAC/COSP/2015/1").build());
    }

    /** Empty items get the standard sentence under their heading. */
    static Meeting withStandardSentence() {
        Meeting meeting = conferenceOfStatesParties();
        return meeting.withDetails(meeting.details().toBuilder().emptyAnnotations(EmptyAnnotations.STANDARD_SENTENCE)
                .standardSentence(STANDARD_SENTENCE).build());
    }

    /**
     * E/CN.15/2011/1's block: a commission under ECOSOC, issued under item 2 of its own agenda, the item's
     * title under the line, and here an asterisk footnote on the line.
     */
    static Meeting commissionUnderItemTwo() {
        Meeting meeting = conferenceOfStatesParties();
        MeetingDetails details = meeting.details().toBuilder()
                .bodyName("Economic and Social Council").symbol("E/CN.15/2011/1").issueDate(LocalDate.of(2011, 1, 20))
                .meetingName("Commission on Crime Prevention and Criminal Justice").sessionLine("Twentieth session")
                .venue("Vienna").dates(LocalDate.of(2011, 4, 11), LocalDate.of(2011, 4, 15))
                .agendaItemLine("Item 2 of the provisional agenda")
                .agendaItemTitle("Adoption of the agenda and other organizational matters")
                .agendaItemNote("E/CN.15/2011/1.")
                .layout(AgendaLayout.AGENDA_AND_ANNOTATIONS).title("Provisional agenda and annotations")
                .build();
        return meeting.withDetails(details);
    }

    /** The text of TD/TIMBER.3/1's footnote on its title: the reason a late document gives for being late. */
    static final String LATE_SUBMISSION = "The late submission of this document was caused by the secretariat\u2019s"
            + " workload in connection with UNCTAD XI.";

    /** The commission's block, its document submitted late: an asterisk footnote on the item line and one on the title. */
    static Meeting lateCommissionUnderItemTwo() {
        Meeting meeting = commissionUnderItemTwo();
        return meeting.withDetails(meeting.details().toBuilder().titleNote(LATE_SUBMISSION).build());
    }

    /** CRC/C/81/1's block: a treaty body in Geneva whose date line has no venue. */
    static Meeting treatyBodyWithoutVenue() {
        Meeting meeting = conferenceOfStatesParties();
        MeetingDetails details = meeting.details().toBuilder()
                .bodyName("Convention on the Rights of the Child").symbol("CRC/C/81/1")
                .issueDate(LocalDate.of(2019, 2, 28))
                .meetingName("Committee on the Rights of the Child").sessionLine("Eighty-first session")
                .venue("").dates(LocalDate.of(2019, 5, 13), LocalDate.of(2019, 5, 31))
                .agendaItemLine("Item 1 of the provisional agenda").agendaItemTitle("Adoption of the agenda")
                .title("Annotated provisional agenda").dutyStation(DutyStation.GENEVA)
                .build();
        return meeting.withDetails(details);
    }

    static Agenda agenda() {
        AgendaItem opening = AgendaItem.titled(OPENING_TITLE).withHeading(OPENING_HEADING)
                .withAnnotation(RichText.of("The sixth session of the Conference will be opened on Monday, "
                        + "2 November 2015, at 10 a.m."));
        AgendaItem officers = AgendaItem.titled("Election of officers");
        AgendaItem adoption = AgendaItem.titled("Adoption of the agenda and organization of work")
                .withAnnotation(RichText.of(Paragraph.body(
                        TextRun.plain("The provisional agenda was approved by the Conference at its fifth session."),
                        FootnoteMark.of("See CAC/COSP/2013/18, resolution 5/1."))));
        AgendaItem organizational = AgendaItem.titled("Organizational matters")
                .withSubItems(List.of(opening, officers, adoption));
        AgendaItem review = AgendaItem.of(REVIEW, "Review of the implementation of the United Nations Convention "
                        + "against Corruption")
                .withAnnotation(RichText.of(Paragraph.body(
                        TextRun.plain("The Conference will have before it a report on the review mechanism."),
                        FootnoteMark.of("Resolution 3/1, annex."))))
                .withDocumentation(List.of(new DocumentationEntry(
                        "Report of the Secretariat on the implementation of the Convention", "CAC/COSP/2015/5")));
        AgendaItem assetRecovery = AgendaItem.titled("Asset recovery").withSubItems(List.of(
                AgendaItem.titled("Recovery of proceeds of crime"), AgendaItem.titled("Return of assets")));
        AgendaItem otherMatters = AgendaItem.titled("Other matters");
        AgendaItem report = AgendaItem.of(REPORT, "Adoption of the report")
                .withAnnotation(RichText.of("The Conference will adopt a report on its sixth session."));
        return new Agenda(List.of(organizational, review, assetRecovery, otherMatters, report));
    }

    private static OrganizationOfWork organization() {
        return new OrganizationOfWork(List.of(new Day(LocalDate.of(2015, 11, 2), List.of(
                MeetingSlot.of(LocalTime.of(10, 0), LocalTime.of(13, 0)).withEntries(List.of(ItemEntry.of(REVIEW))),
                MeetingSlot.of(LocalTime.of(15, 0), LocalTime.of(18, 0)).withEntries(List.of(ItemEntry.of(REPORT)))))));
    }
}
