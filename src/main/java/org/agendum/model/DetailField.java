package org.agendum.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A field of {@link MeetingDetails} as the details editor shows it and the officer changes it: its name, its label,
 * the type of its value, and where the value lives in the details' parts. One value per field: the two dates are
 * one field ({@link MeetingInfo.Dates}), and so are the two languages ({@link Masthead.Languages}). The fields are
 * constants, compared by identity, like an enum's (an enum cannot say each constant's value type).
 *
 * @param <T> the type of the field's value
 */
public final class DetailField<T> {
    // the masthead
    public static final DetailField<String> BODY_NAME =
            masthead("BODY_NAME", "Body", Masthead::bodyName, Masthead::withBodyName);
    public static final DetailField<String> SYMBOL =
            masthead("SYMBOL", "Symbol", Masthead::symbol, Masthead::withSymbol);
    public static final DetailField<Distribution> DISTRIBUTION =
            masthead("DISTRIBUTION", "Distribution", Masthead::distribution, Masthead::withDistribution);
    public static final DetailField<LocalDate> ISSUE_DATE =
            masthead("ISSUE_DATE", "Date of issue", Masthead::issueDate, Masthead::withIssueDate);
    public static final DetailField<Masthead.Languages> LANGUAGES =
            masthead("LANGUAGES", "Languages", Masthead::languages, Masthead::withLanguages);
    public static final DetailField<String> LANGUAGE_COVERAGE = masthead("LANGUAGE_COVERAGE", "Language coverage",
            Masthead::languageCoverage, Masthead::withLanguageCoverage);

    // the meeting
    public static final DetailField<String> MEETING_NAME =
            meeting("MEETING_NAME", "Meeting", MeetingInfo::meetingName, MeetingInfo::withMeetingName);
    public static final DetailField<String> SESSION_LINE =
            meeting("SESSION_LINE", "Session line", MeetingInfo::sessionLine, MeetingInfo::withSessionLine);
    public static final DetailField<String> VENUE =
            meeting("VENUE", "Venue", MeetingInfo::venue, MeetingInfo::withVenue);
    public static final DetailField<MeetingInfo.Dates> DATES =
            meeting("DATES", "Dates", MeetingInfo::dates, MeetingInfo::withDates);

    // the title block
    public static final DetailField<String> AGENDA_ITEM_LINE = titleBlock("AGENDA_ITEM_LINE", "Agenda item line",
            TitleBlock::agendaItemLine, TitleBlock::withAgendaItemLine);
    public static final DetailField<String> AGENDA_ITEM_TITLE = titleBlock("AGENDA_ITEM_TITLE",
            "Agenda item title", TitleBlock::agendaItemTitle, TitleBlock::withAgendaItemTitle);
    public static final DetailField<String> AGENDA_ITEM_NOTE = titleBlock("AGENDA_ITEM_NOTE",
            "Agenda item footnote", TitleBlock::agendaItemNote, TitleBlock::withAgendaItemNote);
    public static final DetailField<String> TITLE =
            titleBlock("TITLE", "Title", TitleBlock::title, TitleBlock::withTitle);
    public static final DetailField<String> TITLE_NOTE =
            titleBlock("TITLE_NOTE", "Title footnote", TitleBlock::titleNote, TitleBlock::withTitleNote);

    // the form
    public static final DetailField<AgendaLayout> LAYOUT = new DetailField<>("LAYOUT", "Form",
            d -> d.form().layout(), MeetingDetails::withLayout);
    public static final DetailField<EmptyAnnotations> EMPTY_ANNOTATIONS = form("EMPTY_ANNOTATIONS",
            "Items with no annotation", DocumentForm::emptyAnnotations, DocumentForm::withEmptyAnnotations);
    public static final DetailField<String> STANDARD_SENTENCE = form("STANDARD_SENTENCE", "Standard sentence",
            DocumentForm::standardSentence, DocumentForm::withStandardSentence);

    // processing
    public static final DetailField<DutyStation> DUTY_STATION =
            processing("DUTY_STATION", "Duty station", Processing::dutyStation, Processing::withDutyStation);
    public static final DetailField<String> JOB_NUMBER =
            processing("JOB_NUMBER", "Job number", Processing::jobNumber, Processing::withJobNumber);
    public static final DetailField<Optional<LocalDate>> PROCESSED_ON = processing("PROCESSED_ON",
            "Processed on", Processing::processedOn, Processing::withProcessedOn);
    public static final DetailField<Optional<LocalDate>> RELEASED_ON = processing("RELEASED_ON",
            "Released on", Processing::releasedOn, Processing::withReleasedOn);

    private static final List<DetailField<?>> VALUES = List.of(BODY_NAME, SYMBOL, DISTRIBUTION, ISSUE_DATE, LANGUAGES,
            LANGUAGE_COVERAGE, MEETING_NAME, SESSION_LINE, VENUE, DATES, AGENDA_ITEM_LINE, AGENDA_ITEM_TITLE,
            AGENDA_ITEM_NOTE, TITLE, TITLE_NOTE, LAYOUT, EMPTY_ANNOTATIONS, STANDARD_SENTENCE, DUTY_STATION, JOB_NUMBER,
            PROCESSED_ON, RELEASED_ON);

    private final String name;
    private final String label;
    private final Function<MeetingDetails, T> get;
    private final BiFunction<MeetingDetails, T, MeetingDetails> set;

    private DetailField(String name, String label, Function<MeetingDetails, T> get,
                        BiFunction<MeetingDetails, T, MeetingDetails> set) {
        this.name = name;
        this.label = label;
        this.get = get;
        this.set = set;
    }

    private static <T> DetailField<T> masthead(String name, String label, Function<Masthead, T> get,
                                               BiFunction<Masthead, T, Masthead> set) {
        return new DetailField<>(name, label, d -> get.apply(d.masthead()),
                (d, v) -> d.withMasthead(set.apply(d.masthead(), v)));
    }

    private static <T> DetailField<T> meeting(String name, String label, Function<MeetingInfo, T> get,
                                              BiFunction<MeetingInfo, T, MeetingInfo> set) {
        return new DetailField<>(name, label, d -> get.apply(d.meetingInfo()),
                (d, v) -> d.withMeetingInfo(set.apply(d.meetingInfo(), v)));
    }

    private static <T> DetailField<T> titleBlock(String name, String label, Function<TitleBlock, T> get,
                                                 BiFunction<TitleBlock, T, TitleBlock> set) {
        return new DetailField<>(name, label, d -> get.apply(d.titleBlock()),
                (d, v) -> d.withTitleBlock(set.apply(d.titleBlock(), v)));
    }

    private static <T> DetailField<T> form(String name, String label, Function<DocumentForm, T> get,
                                           BiFunction<DocumentForm, T, DocumentForm> set) {
        return new DetailField<>(name, label, d -> get.apply(d.form()),
                (d, v) -> d.withForm(set.apply(d.form(), v)));
    }

    private static <T> DetailField<T> processing(String name, String label, Function<Processing, T> get,
                                                 BiFunction<Processing, T, Processing> set) {
        return new DetailField<>(name, label, d -> get.apply(d.processing()),
                (d, v) -> d.withProcessing(set.apply(d.processing(), v)));
    }

    /** Every field, the masthead's first. */
    public static List<DetailField<?>> values() {
        return VALUES;
    }

    /** The constant's name, e.g. {@code "VENUE"} (the details editor's control ids use it). */
    public String name() {
        return name;
    }

    /** The field's name as the details editor and the undo label show it, e.g. "Venue". */
    public String label() {
        return label;
    }

    /** The field's value in {@code details}. */
    public T get(MeetingDetails details) {
        return get.apply(details);
    }

    /** {@code details} with this field set to {@code value}; the other fields stay as they are. */
    public MeetingDetails set(MeetingDetails details, T value) {
        return set.apply(details, Objects.requireNonNull(value, name));
    }

    @Override
    public String toString() {
        return name;
    }
}
