package org.agendum.model;

/** The fields of {@link MeetingDetails}, named as the details editor shows them. */
public enum DetailField {
    BODY_NAME("Body"),
    MEETING_NAME("Meeting"),
    SESSION_LINE("Session line"),
    VENUE("Venue"),
    DATES("Dates"),
    SYMBOL("Symbol"),
    DISTRIBUTION("Distribution"),
    ISSUE_DATE("Date of issue"),
    LANGUAGES("Languages"),
    JOB_NUMBER("Job number"),
    DUTY_STATION("Duty station"),
    TITLE("Title"),
    AGENDA_ITEM_LINE("Agenda item line"),
    LANGUAGE_COVERAGE("Language coverage");

    private final String label;

    DetailField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
