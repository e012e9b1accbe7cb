package org.agendum.edit;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.agendum.model.DetailField;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;

/**
 * Sets one field of the meeting's details to a new value; typing in one field merges into one step (the last
 * value wins). A change of the dates may also lay out the organization of work ({@link GridFollowsDates}), in
 * the same step.
 *
 * @param <T> the type of the field's value
 */
public record EditDetails<T>(DetailField<T> field, T value) implements Edit {
    public EditDetails {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String label() {
        return "Edit " + field.label().toLowerCase(Locale.ROOT);
    }

    @Override
    public Meeting apply(Meeting meeting) {
        if (value.equals(field.get(meeting.details()))) {
            return meeting;
        }
        MeetingDetails details = field.set(meeting.details(), value);
        return field == DetailField.DATES ? GridFollowsDates.withDates(meeting, details) : meeting.withDetails(details);
    }

    @Override
    public Optional<Edit> mergedWith(Edit next) {
        return next instanceof EditDetails<?> e && e.field == field ? Optional.of(e) : Optional.empty();
    }
}
