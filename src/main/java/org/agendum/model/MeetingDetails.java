package org.agendum.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the masthead and the block under it say: the body, the meeting, where and when, and the document's own
 * data. Optional lines are empty strings when absent (a session line, the "Item N of the provisional agenda"
 * line, the language-coverage line, the job number).
 */
public record MeetingDetails(
        String bodyName,
        String meetingName,
        String sessionLine,
        String venue,
        LocalDate startDate,
        LocalDate endDate,
        String symbol,
        Distribution distribution,
        LocalDate issueDate,
        Language originalLanguage,
        Language versionLanguage,
        String jobNumber,
        DutyStation dutyStation,
        String title,
        String agendaItemLine,
        String languageCoverage) {

    public static final String DEFAULT_TITLE = "Annotated provisional agenda";

    public MeetingDetails {
        Objects.requireNonNull(bodyName, "bodyName");
        Objects.requireNonNull(meetingName, "meetingName");
        Objects.requireNonNull(sessionLine, "sessionLine");
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(originalLanguage, "originalLanguage");
        Objects.requireNonNull(versionLanguage, "versionLanguage");
        Objects.requireNonNull(jobNumber, "jobNumber");
        Objects.requireNonNull(dutyStation, "dutyStation");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(agendaItemLine, "agendaItemLine");
        Objects.requireNonNull(languageCoverage, "languageCoverage");
    }

    /** A new, empty meeting's details: dates today, English, Vienna, the usual title. */
    public static MeetingDetails blank(LocalDate today) {
        return new MeetingDetails("", "", "", DutyStation.VIENNA.city(), today, today, "", Distribution.GENERAL,
                today, Language.ENGLISH, Language.ENGLISH, "", DutyStation.VIENNA, DEFAULT_TITLE, "", "");
    }

    public MeetingDetails withBodyName(String v) {
        return new MeetingDetails(v, meetingName, sessionLine, venue, startDate, endDate, symbol, distribution,
                issueDate, originalLanguage, versionLanguage, jobNumber, dutyStation, title, agendaItemLine,
                languageCoverage);
    }

    public MeetingDetails withMeetingName(String v) {
        return new MeetingDetails(bodyName, v, sessionLine, venue, startDate, endDate, symbol, distribution,
                issueDate, originalLanguage, versionLanguage, jobNumber, dutyStation, title, agendaItemLine,
                languageCoverage);
    }

    public MeetingDetails withSessionLine(String v) {
        return new MeetingDetails(bodyName, meetingName, v, venue, startDate, endDate, symbol, distribution,
                issueDate, originalLanguage, versionLanguage, jobNumber, dutyStation, title, agendaItemLine,
                languageCoverage);
    }

    public MeetingDetails withVenue(String v) {
        return new MeetingDetails(bodyName, meetingName, sessionLine, v, startDate, endDate, symbol, distribution,
                issueDate, originalLanguage, versionLanguage, jobNumber, dutyStation, title, agendaItemLine,
                languageCoverage);
    }

    public MeetingDetails withDates(LocalDate start, LocalDate end) {
        return new MeetingDetails(bodyName, meetingName, sessionLine, venue, start, end, symbol, distribution,
                issueDate, originalLanguage, versionLanguage, jobNumber, dutyStation, title, agendaItemLine,
                languageCoverage);
    }

    public MeetingDetails withSymbol(String v) {
        return new MeetingDetails(bodyName, meetingName, sessionLine, venue, startDate, endDate, v, distribution,
                issueDate, originalLanguage, versionLanguage, jobNumber, dutyStation, title, agendaItemLine,
                languageCoverage);
    }

    public MeetingDetails withDistribution(Distribution v) {
        return new MeetingDetails(bodyName, meetingName, sessionLine, venue, startDate, endDate, symbol, v,
                issueDate, originalLanguage, versionLanguage, jobNumber, dutyStation, title, agendaItemLine,
                languageCoverage);
    }

    public MeetingDetails withIssueDate(LocalDate v) {
        return new MeetingDetails(bodyName, meetingName, sessionLine, venue, startDate, endDate, symbol,
                distribution, v, originalLanguage, versionLanguage, jobNumber, dutyStation, title, agendaItemLine,
                languageCoverage);
    }

    public MeetingDetails withLanguages(Language original, Language version) {
        return new MeetingDetails(bodyName, meetingName, sessionLine, venue, startDate, endDate, symbol,
                distribution, issueDate, original, version, jobNumber, dutyStation, title, agendaItemLine,
                languageCoverage);
    }

    public MeetingDetails withJobNumber(String v) {
        return new MeetingDetails(bodyName, meetingName, sessionLine, venue, startDate, endDate, symbol,
                distribution, issueDate, originalLanguage, versionLanguage, v, dutyStation, title, agendaItemLine,
                languageCoverage);
    }

    public MeetingDetails withDutyStation(DutyStation v) {
        return new MeetingDetails(bodyName, meetingName, sessionLine, venue, startDate, endDate, symbol,
                distribution, issueDate, originalLanguage, versionLanguage, jobNumber, v, title, agendaItemLine,
                languageCoverage);
    }

    public MeetingDetails withTitle(String v) {
        return new MeetingDetails(bodyName, meetingName, sessionLine, venue, startDate, endDate, symbol,
                distribution, issueDate, originalLanguage, versionLanguage, jobNumber, dutyStation, v,
                agendaItemLine, languageCoverage);
    }

    public MeetingDetails withAgendaItemLine(String v) {
        return new MeetingDetails(bodyName, meetingName, sessionLine, venue, startDate, endDate, symbol,
                distribution, issueDate, originalLanguage, versionLanguage, jobNumber, dutyStation, title, v,
                languageCoverage);
    }

    public MeetingDetails withLanguageCoverage(String v) {
        return new MeetingDetails(bodyName, meetingName, sessionLine, venue, startDate, endDate, symbol,
                distribution, issueDate, originalLanguage, versionLanguage, jobNumber, dutyStation, title,
                agendaItemLine, v);
    }
}
