package org.agendum.docx;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.agendum.model.DutyStation;
import org.agendum.model.Language;

/**
 * The job number conference services give a document (docs/un-format.md §1, §5.2), and the furniture made from it.
 * The officer types it as "V.18-01234"; a language letter typed after it ("(E)") is ignored, since the
 * document's language gives it.
 *
 * <ul>
 *   <li>Vienna: job line "V.15-01966 (E)    270315    300315", two dates — confirmed (several V-documents);</li>
 *   <li>New York: "26-00248 (E)    160126", one date — confirmed (A/80/590);</li>
 *   <li>Geneva: "GE.04-51470 (E)" with two dates like Vienna — the number form is confirmed, the dates inferred.</li>
 * </ul>
 * The two dates are when the text was processed and when the document was released (research/FINDINGS.md §8,
 * inferred: in Geneva summary records the second is the date of issue); each is the date of the document unless
 * the meeting gives it. New York's one date is the release date: A/80/590's job line reads 160126 where its
 * {@code jobnDT} variable, set when the job was processed, holds 130126.
 * The barcode text is the number's digits between asterisks, "*1501966*" (Code 39 start and stop).
 */
record JobNumber(String number) {
    /** Four spaces between the parts of the job line, as A/80/590's footer and the Vienna extractions show. */
    private static final String GAP = "    ";
    private static final Pattern LANGUAGE_SUFFIX = Pattern.compile("\\s*\\([A-Za-z]{1,2}\\)\\s*$");

    static Optional<JobNumber> of(String typed) {
        String cleaned = LANGUAGE_SUFFIX.matcher(DocxText.clean(typed)).replaceFirst("").strip();
        return cleaned.isEmpty() ? Optional.empty() : Optional.of(new JobNumber(cleaned));
    }

    /** "V.18-01234 (E)". */
    String withLanguage(Language language) {
        return number + " (" + language.jobLetter() + ")";
    }

    /** The first-page job line, e.g. "V.18-01234 (E)    090418    100418": processed, then released. */
    String jobLine(Language language, DutyStation station, LocalDate processed, LocalDate released) {
        return station == DutyStation.NEW_YORK ? withLanguage(language) + GAP + ddmmyy(released)
                : withLanguage(language) + GAP + ddmmyy(processed) + GAP + ddmmyy(released);
    }

    /** "*1801234*", or empty when the number has no digits. */
    String barcode() {
        String digits = digits();
        return digits.isEmpty() ? "" : "*" + digits + "*";
    }

    /** "1801234E", as the template's JobNo variable. */
    String jobNo(Language language) {
        return digits() + language.jobLetter();
    }

    String digits() {
        return number.replaceAll("[^0-9]", "");
    }

    static String ddmmyy(LocalDate date) {
        return String.format("%02d%02d%02d", date.getDayOfMonth(), date.getMonthValue(),
                Math.floorMod(date.getYear(), 100));
    }
}
