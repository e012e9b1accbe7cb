package org.agendum.changes;

import java.time.LocalDate;
import java.util.Optional;
import org.agendum.model.AgendaLayout;
import org.agendum.model.Distribution;
import org.agendum.model.DutyStation;
import org.agendum.model.EmptyAnnotations;
import org.agendum.model.Masthead;
import org.agendum.model.MeetingInfo;
import org.agendum.typography.UnDates;

/** A details field's value in words, as the officer picked or typed it: "2 and 3 July 2018", "Vienna", "General". */
final class DetailValues {
    private DetailValues() {
    }

    static String text(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.map(DetailValues::text).orElse("");
        }
        if (value instanceof LocalDate date) {
            return UnDates.date(date);
        }
        if (value instanceof MeetingInfo.Dates dates) {
            return UnDates.range(dates.start(), dates.end());
        }
        if (value instanceof Masthead.Languages languages) {
            return "original " + languages.original().englishName() + ", version "
                    + languages.version().englishName();
        }
        if (value instanceof Distribution distribution) {
            return distribution.label();
        }
        if (value instanceof AgendaLayout layout) {
            return layout.label();
        }
        if (value instanceof EmptyAnnotations empty) {
            return empty.label();
        }
        if (value instanceof DutyStation station) {
            return station.city();
        }
        return String.valueOf(value);
    }
}
