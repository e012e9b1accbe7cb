package org.agendum.docx;

import java.time.LocalDate;
import org.agendum.model.Meeting;
import org.agendum.typography.DocumentLanguage;

/**
 * The note of a document reissued for technical reasons, as page 1 prints it after its asterisk: "Reissued for
 * technical reasons on 17 April 2018." in the version's language (the wording of each language in docs/languages.md).
 */
public final class ReissueNote {
    private ReissueNote() {
    }

    /** The note of {@code meeting}'s version reissued on {@code day}. */
    public static String of(Meeting meeting, LocalDate day) {
        return of(DocumentLanguage.of(meeting.details().masthead().versionLanguage().code()), day);
    }

    static String of(DocumentLanguage language, LocalDate day) {
        return language.label("note.reissued").replace("{date}", language.dates().date(day));
    }
}
