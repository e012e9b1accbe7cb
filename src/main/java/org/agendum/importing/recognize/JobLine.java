package org.agendum.importing.recognize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page 1's job line: the job number, the version's language letter and one or two dates, DDMMYY (processed,
 * released), sometimes the barcode: "V.18-02176 (E) 090418 100418", "03-34699 (E) 090503", "GE.19-04013(E)",
 * "V.15-01965 (C) GP 130415 130415 *1501965*" (docs/un-format.md §5.2).
 *
 * @param number      "V.18-02176"
 * @param processedOn the first date, if printed
 * @param releasedOn  the second date, if printed
 */
record JobLine(String number, Optional<LocalDate> processedOn, Optional<LocalDate> releasedOn) {
    private static final Pattern LINE = Pattern.compile(
            "((?:[A-Z]{1,2}\\.)?\\d{2}-\\d{5}) ?\\([A-Z]\\)(?: GP)?(?:\\s+(\\d{6}))?(?:\\s+(\\d{6}))?(?:\\s+\\*\\d+\\*)?");

    /** The barcode printed on a line of its own under the job line: the job number's digits between asterisks. */
    private static final Pattern BARCODE = Pattern.compile("\\*\\d{7}\\*");

    static boolean isBarcode(String text) {
        return BARCODE.matcher(text.strip()).matches();
    }

    static Optional<JobLine> parse(String text) {
        Matcher m = LINE.matcher(text.strip().replaceAll("\\s+", " "));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new JobLine(m.group(1), date(m.group(2)), date(m.group(3))));
    }

    /** "090418" is 9 April 2018; a year from 45 is of the 1900s (the UN's first documents are of 1945). */
    private static Optional<LocalDate> date(String ddmmyy) {
        if (ddmmyy == null) {
            return Optional.empty();
        }
        int year = Integer.parseInt(ddmmyy.substring(4));
        try {
            return Optional.of(LocalDate.of(year >= 45 ? 1900 + year : 2000 + year,
                    Integer.parseInt(ddmmyy.substring(2, 4)), Integer.parseInt(ddmmyy.substring(0, 2))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
