package org.agendum.ui.details;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import javafx.util.StringConverter;
import org.agendum.typography.UnDates;

/**
 * Dates in the date pickers as the document prints them, "2 July 2018"; typed dates are also read as "2 Jul 2018",
 * "2018-07-02", "2/7/2018" or "2.7.2018" (day first, as everywhere outside the United States). An unreadable date
 * gives null, and the picker puts back the date it had.
 */
public final class UnDateConverter extends StringConverter<LocalDate> {
    private static final List<DateTimeFormatter> READ = List.of(
            pattern("d MMMM uuuu"), pattern("d MMM uuuu"), pattern("MMMM d, uuuu"), pattern("MMMM d uuuu"),
            DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT),
            pattern("d/M/uuuu"), pattern("d.M.uuuu"), pattern("d-M-uuuu"));

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : UnDates.date(date);
    }

    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String cleaned = text.strip().replaceAll("\\s+", " ");
        for (DateTimeFormatter format : READ) {
            try {
                return LocalDate.parse(cleaned, format);
            } catch (DateTimeParseException notThisOne) {
                // try the next form
            }
        }
        return null;
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }
}
