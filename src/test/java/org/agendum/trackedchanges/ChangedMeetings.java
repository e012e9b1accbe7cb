package org.agendum.trackedchanges;

import java.util.stream.Stream;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.OrganizationOfWork;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.ScheduleEntry;
import org.agendum.model.SlotId;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;
import org.agendum.testing.TestMeetings;

/**
 * Meetings as an officer revises them: the opening moved to Tuesday, an item renamed, an entry of the organization
 * of work moved, an item with a footnote removed.
 */
final class ChangedMeetings {
    static final String OPENING_WAS = "The eighth meeting of the Working Group on Trafficking in Persons will be opened "
            + "on Monday, 2 July 2018, at 10 a.m.";
    static final String OPENING_IS = "The eighth meeting of the Working Group on Trafficking in Persons will be opened "
            + "on Tuesday, 3 July 2018, at 10 a.m.";

    private ChangedMeetings() {
    }

    static Meeting openingMoved(Meeting sample) {
        return sample.withAgenda(sample.agenda().replace(new ItemId("item-1a"),
                item -> item.withAnnotation(RichText.of(Paragraph.body(TextRun.plain(OPENING_IS))))));
    }

    /** The opening's day in bold: the same words, one of them in another format. */
    static Meeting openingDayInBold(Meeting sample) {
        return sample.withAgenda(sample.agenda().replace(new ItemId("item-1a"),
                item -> item.withAnnotation(RichText.of(Paragraph.body(
                        TextRun.plain("The eighth meeting of the Working Group on Trafficking in Persons will be opened on "),
                        new TextRun("Monday", TextStyle.BOLD),
                        TextRun.plain(", 2 July 2018, at 10 a.m."))))));
    }

    static Meeting renamed(Meeting meeting, String id, String title) {
        return meeting.withAgenda(meeting.agenda().replace(new ItemId(id), item -> item.withTitle(title)));
    }

    /** The sample with item 4 taken up on Tuesday morning, after item 3, instead of Tuesday afternoon. */
    static Meeting otherMattersOnTuesdayMorning(Meeting sample) {
        OrganizationOfWork work = sample.organization();
        ScheduleEntry otherMatters = work.slot(new SlotId("m-0703-pm")).orElseThrow().entries().get(0);
        work = work.withoutEntries(entry -> entry.id().equals(otherMatters.id()))
                .replaceSlot(new SlotId("m-0703-am"), slot -> slot.withEntries(
                        Stream.concat(slot.entries().stream(), Stream.of(otherMatters)).toList()));
        return sample.withOrganization(work);
    }

    /** The styled meeting without its first item, whose annotation has the footnote. */
    static Meeting styledWithoutTheFootnote() {
        Meeting styled = TestMeetings.styled();
        return styled.withAgenda(styled.agenda().remove(TestMeetings.STYLED));
    }
}
