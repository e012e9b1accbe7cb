package org.agendum.file;

import org.agendum.model.AgendaItem;
import org.agendum.model.DocumentForm;
import org.agendum.model.ListEnd;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;

/**
 * The format a meeting is written in: the oldest that can hold it. Offices do not all update Agendum on the same
 * day; a meeting that uses nothing added in format 2 stays format 1, so a colleague with an older Agendum still
 * opens it, and one that does is format 2, which an older Agendum declines with "Update Agendum to open it"
 * rather than dropping what it cannot read.
 */
final class FormatVersion {
    private FormatVersion() {
    }

    static int needed(Meeting meeting) {
        return !meeting.issued().isEmpty() || usesFormat2(meeting.details()) || meeting.agenda().items().stream().anyMatch(FormatVersion::usesFormat2)
                ? 2 : 1;
    }

    private static boolean usesFormat2(MeetingDetails details) {
        return !details.form().equals(DocumentForm.DEFAULT)
                || details.processing().processedOn().isPresent() || details.processing().releasedOn().isPresent()
                || !details.titleBlock().agendaItemTitle().isEmpty() || !details.titleBlock().agendaItemNote().isEmpty()
                || !details.titleBlock().titleNote().isEmpty();
    }

    private static boolean usesFormat2(AgendaItem item) {
        return !item.heading().isEmpty() || item.listEnd() != ListEnd.DERIVED || item.mark().isMarked()
                || item.subItems().stream().anyMatch(FormatVersion::usesFormat2);
    }
}
