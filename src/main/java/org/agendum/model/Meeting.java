package org.agendum.model;

import java.util.List;
import java.util.Objects;

/**
 * A meeting file's whole content: the document's details, the agenda, the organization of work, and the versions
 * issued so far, oldest first (decision 0008: the history travels with the file and rides the one command stack;
 * every snapshot of the stack shares the one list, so it costs nothing per step).
 */
public record Meeting(MeetingDetails details, Agenda agenda, OrganizationOfWork organization,
        List<IssuedVersion> issued) {
    public Meeting {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(agenda, "agenda");
        Objects.requireNonNull(organization, "organization");
        issued = List.copyOf(issued);
    }

    /** A meeting never issued: what new documents (a new session, a language version, an import) start as. */
    public Meeting(MeetingDetails details, Agenda agenda, OrganizationOfWork organization) {
        this(details, agenda, organization, List.of());
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
        return new Meeting(newDetails, agenda, organization, issued);
    }

    public Meeting withAgenda(Agenda newAgenda) {
        return new Meeting(details, newAgenda, organization, issued);
    }

    public Meeting withOrganization(OrganizationOfWork newOrganization) {
        return new Meeting(details, agenda, newOrganization, issued);
    }

    /** This meeting with {@code version} recorded as the latest issued. */
    public Meeting withIssued(IssuedVersion version) {
        List<IssuedVersion> more = new java.util.ArrayList<>(issued);
        more.add(version);
        return new Meeting(details, agenda, organization, more);
    }

    /** The document as it reads, without its history: what an issued version keeps of it. */
    public Meeting withoutIssued() {
        return issued.isEmpty() ? this : new Meeting(details, agenda, organization);
    }
}
