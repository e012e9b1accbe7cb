package org.agendum.ui.schedule;

import javafx.scene.control.TextField;
import org.agendum.model.Language;
import org.agendum.typography.DocumentLanguage;
import org.agendum.ui.common.CurlyQuotes;
import org.agendum.ui.common.VersionLanguage;

/**
 * A dialog's field that holds the document's text (a note, a meeting's label): typed as the annotation and the title
 * are, with the version's quotation marks, and right to left in an Arabic version's font, as the grid shows it.
 * The dialog's own words (its title, labels, buttons) stay the application's.
 */
final class DocumentText {
    private DocumentText() {
    }

    static TextField install(TextField field, Language version) {
        CurlyQuotes.install(field, DocumentLanguage.of(version.code())::quoteMarks);
        return VersionLanguage.turn(field, version);
    }
}
