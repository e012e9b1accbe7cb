package org.agendum.trackedchanges;

import org.agendum.model.AgendaItem;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.TextRun;
import org.agendum.testing.TestMeetings;

/** The sample as an officer would revise it: the opening moved to Tuesday, an item renamed. */
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

    static Meeting renamed(Meeting meeting, String id, String title) {
        return meeting.withAgenda(meeting.agenda().replace(new ItemId(id), item -> item.withTitle(title)));
    }

    /** The styled meeting without its first item, whose annotation has the footnote. */
    static Meeting styledWithoutTheFootnote() {
        Meeting styled = TestMeetings.styled();
        return styled.withAgenda(styled.agenda().remove(TestMeetings.STYLED));
    }

    static AgendaItem item(Meeting meeting, String id) {
        return meeting.agenda().get(new ItemId(id));
    }
}
