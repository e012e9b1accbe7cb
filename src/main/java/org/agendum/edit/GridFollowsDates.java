package org.agendum.edit;

import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;
import org.agendum.model.MeetingInfo;
import org.agendum.model.OrganizationOfWork;

/**
 * Setting the session's dates also lays out the organization of work while the officer has not started on it:
 * an empty organization, or one still the untouched standard grid of earlier dates (a new meeting's), becomes
 * {@link OrganizationOfWork#standardFor one day per date with the two standard meetings}. An organization the
 * officer has worked on is never replaced, and dates that end before they start change no organization.
 */
final class GridFollowsDates {
    private GridFollowsDates() {
    }

    /** The meeting with these details, and with the standard grid for their dates when the rule above allows. */
    static Meeting withDates(Meeting meeting, MeetingDetails details) {
        Meeting changed = meeting.withDetails(details);
        MeetingInfo before = meeting.details().meetingInfo();
        MeetingInfo after = details.meetingInfo();
        boolean datesChanged = !after.dates().equals(before.dates());
        boolean valid = !after.endDate().isBefore(after.startDate());
        OrganizationOfWork work = meeting.organization();
        boolean untouched = work.days().isEmpty() || work.isUntouchedStandardGrid();
        if (datesChanged && valid && untouched) {
            return changed.withOrganization(OrganizationOfWork.standardFor(after.startDate(), after.endDate()));
        }
        return changed;
    }
}
