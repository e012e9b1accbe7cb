package org.agendum.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.agendum.typography.Printable;
import org.agendum.typography.UnDates;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --date}: a date of issue as YYYY-MM-DD ("2018-04-09"), or as the window's Issue dialog shows it ("9 April
 * 2018"). Anything else, or a day the month lacks, is a usage error before any file is read.
 */
final class IssueDateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        String text = value.strip();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return UnDates.parseDate(text).orElseThrow(() -> new TypeConversionException(
                    Printable.quoted(value) + " is not a date: give it as YYYY-MM-DD, for example 2018-04-09"));
        }
    }
}
