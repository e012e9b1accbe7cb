package org.agendum.importing.recognize;

import java.time.LocalDate;
import java.util.Optional;
import org.agendum.model.Distribution;
import org.agendum.model.Language;

/** What the recognizer read of a masthead, each field empty where the document did not say it. */
public record MastheadRead(Optional<String> bodyName, Optional<String> symbol, Optional<Distribution> distribution,
                           Optional<LocalDate> issueDate, Optional<Language> originalLanguage,
                           Optional<String> jobNumber) {
    static MastheadRead of(DetailsDraft draft) {
        return new MastheadRead(Optional.ofNullable(draft.bodyName), Optional.ofNullable(draft.symbol),
                Optional.ofNullable(draft.distribution), Optional.ofNullable(draft.issueDate),
                Optional.ofNullable(draft.originalLanguage), Optional.ofNullable(draft.jobNumber));
    }
}
