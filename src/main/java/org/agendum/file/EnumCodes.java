package org.agendum.file;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agendum.model.AgendaLayout;
import org.agendum.model.Distribution;
import org.agendum.model.DutyStation;
import org.agendum.model.EmptyAnnotations;
import org.agendum.model.IssueKind;
import org.agendum.model.Language;
import org.agendum.model.ListEnd;

/**
 * How the model's enumerations are spelled in a file: short, lower-case, stable codes, so that renaming a
 * Java constant can never change the format. Both directions live here so they cannot drift apart.
 */
final class EnumCodes<E extends Enum<E>> {
    static final EnumCodes<Distribution> DISTRIBUTION = new EnumCodes<>(Distribution.class, Map.of(
            Distribution.GENERAL, "general",
            Distribution.LIMITED, "limited",
            Distribution.RESTRICTED, "restricted"));
    static final EnumCodes<IssueKind> ISSUE_KIND = new EnumCodes<>(IssueKind.class, Map.of(
            IssueKind.ORIGINAL, "original",
            IssueKind.REVISION, "revision",
            IssueKind.CORRIGENDUM, "corrigendum",
            IssueKind.REISSUE, "reissue"));
    static final EnumCodes<Language> LANGUAGE = new EnumCodes<>(Language.class, Map.of(
            Language.ENGLISH, "en",
            Language.FRENCH, "fr",
            Language.SPANISH, "es",
            Language.RUSSIAN, "ru",
            Language.CHINESE, "zh",
            Language.ARABIC, "ar"));
    static final EnumCodes<DutyStation> DUTY_STATION = new EnumCodes<>(DutyStation.class, Map.of(
            DutyStation.VIENNA, "vienna",
            DutyStation.NEW_YORK, "new-york",
            DutyStation.GENEVA, "geneva"));
    static final EnumCodes<AgendaLayout> LAYOUT = new EnumCodes<>(AgendaLayout.class, Map.of(
            AgendaLayout.ANNOTATED_PROVISIONAL_AGENDA, "annotated-provisional-agenda",
            AgendaLayout.AGENDA_AND_ANNOTATIONS, "agenda-and-annotations",
            AgendaLayout.AGENDA_AND_ANNOTATIONS_IN_NUMBERED_PARTS, "agenda-and-annotations-in-numbered-parts",
            AgendaLayout.PROVISIONAL_AGENDA, "provisional-agenda",
            AgendaLayout.ANNOTATIONS_WITH_AGENDA, "annotations-with-agenda",
            AgendaLayout.ANNOTATIONS_ONLY, "annotations-only"));
    static final EnumCodes<EmptyAnnotations> EMPTY_ANNOTATIONS = new EnumCodes<>(EmptyAnnotations.class, Map.of(
            EmptyAnnotations.NO_HEADING, "no-heading",
            EmptyAnnotations.STANDARD_SENTENCE, "standard-sentence"));
    static final EnumCodes<ListEnd> LIST_END = new EnumCodes<>(ListEnd.class, Map.of(
            ListEnd.DERIVED, "derived",
            ListEnd.COLON, "colon",
            ListEnd.SEMICOLON, "semicolon",
            ListEnd.FULL_STOP, "full-stop",
            ListEnd.NONE, "none"));

    private final Class<E> type;
    private final EnumMap<E, String> codes;

    private EnumCodes(Class<E> type, Map<E, String> codes) {
        this.type = type;
        this.codes = new EnumMap<>(codes);
        for (E constant : type.getEnumConstants()) {
            if (!this.codes.containsKey(constant)) {
                // a constant added to the model without a file code: fail at class loading, in every test
                throw new IllegalStateException("No file code for " + constant);
            }
        }
    }

    String code(E value) {
        return codes.get(value);
    }

    Optional<E> parse(String code) {
        for (E constant : type.getEnumConstants()) {
            if (codes.get(constant).equals(code)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** The codes in declaration order, for messages and the schema test. */
    List<String> all() {
        return java.util.Arrays.stream(type.getEnumConstants()).map(codes::get).toList();
    }
}
