package org.agendum.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The meeting the document is for, as the lines under the masthead print it ("Working Group on Trafficking in
 * Persons", a session line such as "Ninth session" or empty, "Vienna, 2 and 3 July 2018"). Its dates also
 * bound the organization of work. Dates that end before they start are kept as typed (the validator reports them).
 */
public record MeetingInfo(
        String meetingName,
        String sessionLine,
        String venue,
        LocalDate startDate,
        LocalDate endDate) {

    public MeetingInfo {
        Objects.requireNonNull(meetingName, "meetingName");
        Objects.requireNonNull(sessionLine, "sessionLine");
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
    }

    /** The first and the last day, which the details form sets as one field. */
    public record Dates(LocalDate start, LocalDate end) {
        public Dates {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }
    }

    public Dates dates() {
        return new Dates(startDate, endDate);
    }

    public MeetingInfo withMeetingName(String v) {
        return new MeetingInfo(v, sessionLine, venue, startDate, endDate);
    }

    public MeetingInfo withSessionLine(String v) {
        return new MeetingInfo(meetingName, v, venue, startDate, endDate);
    }

    public MeetingInfo withVenue(String v) {
        return new MeetingInfo(meetingName, sessionLine, v, startDate, endDate);
    }

    public MeetingInfo withDates(LocalDate start, LocalDate end) {
        return new MeetingInfo(meetingName, sessionLine, venue, start, end);
    }

    public MeetingInfo withDates(Dates v) {
        return withDates(v.start(), v.end());
    }
}
