package org.agendum.importing.recognize;

import java.time.LocalDate;
import org.agendum.model.AgendaLayout;
import org.agendum.model.Distribution;
import org.agendum.model.DutyStation;
import org.agendum.model.Language;

/** The document's details while they are read; null where the document has not said yet. */
final class DetailsDraft {
    String bodyName;
    String symbol;
    Distribution distribution;
    LocalDate issueDate;
    Language originalLanguage;
    Language versionLanguage;
    String languageCoverage;
    String meetingName;
    String sessionLine;
    String venue;
    LocalDate startDate;
    LocalDate endDate;
    String agendaItemLine;
    String agendaItemTitle;
    String agendaItemNote;
    String title;
    String titleNote;
    /** The sentence printed under items with nothing to annotate, when the document has one. */
    String standardSentence;
    /** The family the title names; the parts found decide the exact form. */
    TitleVariant titleVariant;
    AgendaLayout layout;
    DutyStation dutyStation;
    String jobNumber;
    LocalDate processedOn;
    LocalDate releasedOn;

    /** What was read of the masthead, for the message about a document that holds no agenda. */
    String mastheadSummary() {
        StringBuilder out = new StringBuilder();
        append(out, "symbol", symbol);
        append(out, "body", bodyName);
        append(out, "distribution", distribution == null ? null : distribution.label());
        append(out, "dated", issueDate == null ? null : org.agendum.typography.UnDates.date(issueDate));
        append(out, "original language", originalLanguage == null ? null : originalLanguage.englishName());
        return out.toString();
    }

    private static void append(StringBuilder out, String what, String value) {
        if (value != null && !value.isBlank()) {
            out.append(out.length() == 0 ? "" : ", ").append(what).append(' ').append(value);
        }
    }
}
