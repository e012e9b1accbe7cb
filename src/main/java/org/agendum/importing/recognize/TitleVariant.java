package org.agendum.importing.recognize;

import java.util.Locale;
import java.util.Optional;
import org.agendum.model.Language;
import org.agendum.typography.DocumentLanguage;

/**
 * The titles real agendas carry (docs/un-format.md §4.4, model.AgendaLayout), by family, in each of the six languages
 * as their tables give them ("Ordre du jour provisoire annoté", "临时议程说明"); which parts the document prints after it
 * decides the exact form. Matched without regard to case ("Provisional Agenda and Annotations", UNCTAD) and without
 * the asterisk of a footnote. Where two families print alike (Chinese 临时议程说明 for both "Annotated provisional
 * agenda" and "Annotations to the provisional agenda"), the first here is read.
 */
enum TitleVariant {
    ANNOTATED("title.annotatedProvisionalAgenda"),
    AGENDA_AND_ANNOTATIONS("title.provisionalAgendaAndAnnotations"),
    ANNOTATIONS_TO("title.annotationsToTheProvisionalAgenda"),
    AGENDA_ONLY("title.provisionalAgenda");

    private final String key;

    TitleVariant(String key) {
        this.key = key;
    }

    /** A title line's family and the language it is in. */
    record Read(TitleVariant variant, Language language) {
    }

    /** The family of a title line: it starts with the words ("… and proposed organization of work" may follow). */
    static Optional<TitleVariant> of(String line) {
        return read(line).map(Read::variant);
    }

    /** The family and language of a title line, English first where languages print a title alike. */
    static Optional<Read> read(String line) {
        String text = withoutAsterisks(line).toLowerCase(Locale.ROOT);
        for (Language language : Language.values()) {
            DocumentLanguage table = DocumentLanguage.of(language.code());
            for (TitleVariant variant : values()) {
                String start = table.label(variant.key).toLowerCase(Locale.ROOT);
                if (text.equals(start) || variant != AGENDA_ONLY && text.startsWith(start + " ")) {
                    return Optional.of(new Read(variant, language));
                }
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
