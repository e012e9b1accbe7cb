package org.agendum.rollforward;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.agendum.model.DocumentSymbol;
import org.agendum.validation.MeetingValidator;

/**
 * What File ▸ New Session from This Meeting asks for: the new session's dates, venue, symbol, meeting name and
 * session line, and the date of issue of the new document.
 */
public record NewSession(LocalDate start, LocalDate end, String venue, String symbol, String meetingName,
                         String sessionLine, LocalDate issueDate) {
    public NewSession {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(meetingName, "meetingName");
        Objects.requireNonNull(sessionLine, "sessionLine");
        Objects.requireNonNull(issueDate, "issueDate");
    }

    /**
     * What is wrong with these answers, in a sentence for the officer, or empty: the session must not end before it
     * starts, the dates must lie in the years validation accepts, and the symbol must be well formed (the new
     * document is circulated under it).
     */
    public Optional<String> problem() {
        Optional<String> years = year("The start date", start).or(() -> year("The end date", end))
                .or(() -> year("The date of issue", issueDate));
        if (years.isPresent()) {
            return years;
        }
        if (end.isBefore(start)) {
            return Optional.of("The session ends before it starts: the end date must be on or after the start date.");
        }
        return DocumentSymbol.problem(symbol).map(p -> "The symbol " + p + ".");
    }

    private static Optional<String> year(String what, LocalDate date) {
        int year = date.getYear();
        return year < MeetingValidator.FIRST_YEAR || year > MeetingValidator.LAST_YEAR
                ? Optional.of(what + " is in the year " + year + "; dates must be between " + MeetingValidator.FIRST_YEAR
                        + " and " + MeetingValidator.LAST_YEAR + ".")
                : Optional.empty();
    }
}
