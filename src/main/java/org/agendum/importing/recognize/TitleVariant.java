package org.agendum.importing.recognize;

import java.util.Locale;
import java.util.Optional;

/**
 * The titles real agendas carry (docs/un-format.md §4.4, model.AgendaLayout), by family; which parts the document
 * prints after it decides the exact form. Matched without regard to case ("Provisional Agenda and Annotations",
 * UNCTAD) and without the asterisk of a footnote.
 */
enum TitleVariant {
    ANNOTATED("annotated provisional agenda"),
    AGENDA_AND_ANNOTATIONS("provisional agenda and annotations"),
    ANNOTATIONS_TO("annotations to the provisional agenda"),
    AGENDA_ONLY("provisional agenda");

    private final String start;

    TitleVariant(String start) {
        this.start = start;
    }

    /** The family of a title line: it starts with the words ("… and proposed organization of work" may follow). */
    static Optional<TitleVariant> of(String line) {
        String text = withoutAsterisks(line).toLowerCase(Locale.ROOT);
        for (TitleVariant variant : values()) {
            if (text.equals(variant.start) || variant != AGENDA_ONLY && text.startsWith(variant.start + " ")) {
                return Optional.of(variant);
            }
        }
        return Optional.empty();
    }

    static String withoutAsterisks(String line) {
        String text = line.strip();
        while (text.endsWith("*")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text;
    }
}
