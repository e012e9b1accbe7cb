package org.agendum.model;

import java.util.Objects;

/** A meeting file's whole content: the document's details, the agenda and the organization of work. */
public record Meeting(MeetingDetails details, Agenda agenda, OrganizationOfWork organization) {
    public Meeting {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(agenda, "agenda");
        Objects.requireNonNull(organization, "organization");
    }

    public static Meeting blank(java.time.LocalDate today) {
        return new Meeting(MeetingDetails.blank(today), Agenda.EMPTY, OrganizationOfWork.EMPTY);
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
