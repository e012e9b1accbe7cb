package org.agendum.version;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.AgendaLayout;
import org.agendum.model.Day;
import org.agendum.model.DetailField;
import org.agendum.model.EmptyAnnotations;
import org.agendum.model.ItemMark;
import org.agendum.model.Language;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;
import org.agendum.model.MeetingSlot;
import org.agendum.model.NoteEntry;
import org.agendum.model.Processing;
import org.agendum.typography.DocumentLanguage;

/**
 * A language version of a meeting, as a pure function: officers issue the same document in the six official
 * languages, and each version must keep the numbering, the schedule and the annex aligned with the original. So the
 * version keeps every item, id, day, meeting and entry as they are, and only says it is in another language: the
 * masthead's version language is the new one (the original language stays), and the job number and the job line's
 * dates are cleared, since each version gets a job number of its own from conference services (its letter, "(F)",
 * follows the version's language). Every item is marked to translate ({@link ItemMark#TRANSLATE}) until its text is
 * changed or marked as translated.
 *
 * <p>The texts of the details and the organization of work's notes are few and on one page each: they are named in
 * {@link Result#otherTexts()} for the window to say once, not marked. A standard title, item line or sentence left as
 * Agendum proposes it is not among them: the export prints it in the version's language already.
 */
public final class LanguageVersion {
    private LanguageVersion() {
    }

    /**
     * The version, and the names of the texts outside the agenda it still holds in the original's words ("Meeting",
     * "Venue", "2 notes of the organization of work"), in the order the details show them.
     */
    public record Result(Meeting meeting, List<String> otherTexts) {
        public Result {
            Objects.requireNonNull(meeting, "meeting");
            otherTexts = List.copyOf(otherTexts);
        }
    }

    /** The languages a version of this meeting can be made in: the five others than its own version's. */
    public static List<Language> targets(Meeting meeting) {
        Language own = meeting.details().masthead().versionLanguage();
        return Arrays.stream(Language.values()).filter(language -> language != own).toList();
    }

    /** The version of {@code original} in {@code language}, which must be another than the original's version's. */
    public static Result of(Meeting original, Language language) {
        Objects.requireNonNull(language, "language");
        if (!targets(original).contains(language)) {
            throw new IllegalArgumentException("The meeting is already the " + language.englishName() + " version");
        }
        MeetingDetails details = original.details();
        Processing processing = details.processing();
        MeetingDetails versioned = details
                .withMasthead(details.masthead().withVersionLanguage(language))
                .withProcessing(new Processing(processing.dutyStation(), ""));
        Meeting version = new Meeting(versioned, new Agenda(toTranslate(original.agenda().items())),
                original.organization());
        return new Result(version, otherTexts(versioned, language, original));
    }

    /** Every item marked to translate, sub-items too (a review mark gives way: the translation reviews the text). */
    private static List<AgendaItem> toTranslate(List<AgendaItem> items) {
        return items.stream().map(item -> item.withSubItems(toTranslate(item.subItems()))
                .withMark(ItemMark.TRANSLATE)).toList();
    }

    private static List<String> otherTexts(MeetingDetails details, Language language, Meeting original) {
        List<String> out = new ArrayList<>();
        for (DetailField<String> field : List.of(DetailField.BODY_NAME, DetailField.MEETING_NAME,
                DetailField.SESSION_LINE, DetailField.VENUE, DetailField.AGENDA_ITEM_LINE, DetailField.AGENDA_ITEM_TITLE,
                DetailField.AGENDA_ITEM_NOTE, DetailField.TITLE, DetailField.STANDARD_SENTENCE,
                DetailField.LANGUAGE_COVERAGE)) {
            String text = field.get(details);
            if (!text.isBlank() && !printedInTheLanguage(field, text, details, language)) {
                out.add(field.label());
            }
        }
        int notes = 0;
        int labels = 0;
        for (Day day : original.organization().days()) {
            for (MeetingSlot slot : day.meetings()) {
                labels += slot.label().isBlank() ? 0 : 1;
                notes += (int) slot.entries().stream().filter(e -> e instanceof NoteEntry n && !n.text().isBlank())
                        .count();
            }
        }
        if (notes > 0) {
            out.add(notes + (notes == 1 ? " note" : " notes") + " of the organization of work");
        }
        if (labels > 0) {
            out.add(labels + (labels == 1 ? " meeting label" : " meeting labels") + " of the organization of work");
        }
        return out;
    }

    /**
     * Whether the export prints the text in the version's language itself: a standard title, the English item line
     * with its number, the standard sentence as Agendum proposes it; or a standard sentence no item prints.
     */
    private static boolean printedInTheLanguage(DetailField<String> field, String text, MeetingDetails details,
                                                Language language) {
        if (field == DetailField.TITLE) {
            return AgendaLayout.withStandardTitle(text).isPresent();
        }
        if (field == DetailField.AGENDA_ITEM_LINE) {
            return !DocumentLanguage.of(language.code()).agendaItemLine(text).equals(text);
        }
        if (field == DetailField.STANDARD_SENTENCE) {
            return text.strip().equals(EmptyAnnotations.DEFAULT_SENTENCE)
                    || details.form().emptyAnnotations() != EmptyAnnotations.STANDARD_SENTENCE;
        }
        return false;
    }
}
