package org.agendum.model;

import java.util.Objects;

/** A meeting file's whole content: the document's details, the agenda and the organization of work. */
public record Meeting(MeetingDetails details, Agenda agenda, OrganizationOfWork organization) {
    public Meeting {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(agenda, "agenda");
        Objects.requireNonNull(organization, "organization");
    }

    /** Nothing in it: blank details dated today, no items, no organization of work. */
    public static Meeting blank(java.time.LocalDate today) {
        return new Meeting(MeetingDetails.blank(today), Agenda.EMPTY, OrganizationOfWork.EMPTY);
    }

    /**
     * What File &gt; New opens: blank details dated today and the standard grid for that day, so that the
     * organization of work matches the dates from the start. Setting the real dates replaces the grid as long as
     * nobody has changed it ({@link OrganizationOfWork#isUntouchedStandardGrid()}).
     */
    public static Meeting blankWithStandardGrid(java.time.LocalDate today) {
        return new Meeting(MeetingDetails.blank(today), Agenda.EMPTY, OrganizationOfWork.standardFor(today, today));
    }

    public Meeting withDetails(MeetingDetails newDetails) {
        return new Meeting(newDetails, agenda, organization);
    }

    public Meeting withAgenda(Agenda newAgenda) {
        return new Meeting(details, newAgenda, organization);
    }

    public Meeting withOrganization(OrganizationOfWork newOrganization) {
        return new Meeting(details, agenda, newOrganization);
    }
}
