package org.agendum.edit;

import java.util.Objects;
import java.util.Optional;
import org.agendum.model.DetailField;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;

/**
 * Sets the meeting's details after a change of one field; typing in one field merges into one step. A change of
 * the dates may also lay out the organization of work ({@link GridFollowsDates}), in the same step.
 */
public record EditDetails(DetailField field, MeetingDetails details) implements Edit {
    public EditDetails {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(details, "details");
    }

    @Override
    public String label() {
        return "Edit " + field.label().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public Meeting apply(Meeting meeting) {
        return field == DetailField.DATES ? GridFollowsDates.withDates(meeting, details) : meeting.withDetails(details);
    }

    @Override
    public Optional<Edit> mergedWith(Edit next) {
        return next instanceof EditDetails e && e.field == field ? Optional.of(e) : Optional.empty();
    }
}
