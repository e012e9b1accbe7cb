package org.agendum.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the document says about itself and its meeting, in the parts the export lays out: the first-page
 * {@link Masthead}, the {@link MeetingInfo meeting} and the {@link TitleBlock title block} under it, and the
 * {@link Processing} data of the job line and the page, and the document's {@link DocumentForm form} (which
 * parts and headings it prints). Optional lines are empty strings when absent.
 */
public record MeetingDetails(Masthead masthead, MeetingInfo meetingInfo, TitleBlock titleBlock,
                             Processing processing, DocumentForm form) {

    public MeetingDetails {
        Objects.requireNonNull(masthead, "masthead");
        Objects.requireNonNull(meetingInfo, "meetingInfo");
        Objects.requireNonNull(titleBlock, "titleBlock");
        Objects.requireNonNull(processing, "processing");
        Objects.requireNonNull(form, "form");
    }

    /** Details in the sample's form. */
    public MeetingDetails(Masthead masthead, MeetingInfo meetingInfo, TitleBlock titleBlock, Processing processing) {
        this(masthead, meetingInfo, titleBlock, processing, DocumentForm.DEFAULT);
    }

    /** The job line's first date: when the text was processed, the date of issue unless set. */
    public LocalDate jobProcessedDate() {
        return processing.processedOn().orElse(masthead.issueDate());
    }

    /** The job line's second date: when the document was released, the date of issue unless set. */
    public LocalDate jobReleasedDate() {
        return processing.releasedOn().orElse(masthead.issueDate());
    }

    /** A new, empty meeting's details: dates today, English, Vienna, the usual title. */
    public static MeetingDetails blank(LocalDate today) {
        return new MeetingDetails(
                new Masthead("", "", Distribution.GENERAL, today, Language.ENGLISH, Language.ENGLISH, ""),
                new MeetingInfo("", "", DutyStation.VIENNA.city(), today, today),
                TitleBlock.DEFAULT,
                new Processing(DutyStation.VIENNA, ""));
    }

    /**
     * Details built field by field (for tests and examples), starting from {@link #blank blank} details dated
     * 1 January 1970, so that built details are the same every day: set the dates that matter.
     */
    public static Builder builder() {
        return new Builder(blank(LocalDate.EPOCH));
    }

    /** A builder that starts from these details. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    public MeetingDetails withMasthead(Masthead v) {
        return new MeetingDetails(v, meetingInfo, titleBlock, processing, form);
    }

    public MeetingDetails withMeetingInfo(MeetingInfo v) {
        return new MeetingDetails(masthead, v, titleBlock, processing, form);
    }

    public MeetingDetails withTitleBlock(TitleBlock v) {
        return new MeetingDetails(masthead, meetingInfo, v, processing, form);
    }

    public MeetingDetails withProcessing(Processing v) {
        return new MeetingDetails(masthead, meetingInfo, titleBlock, v, form);
    }

    /**
     * The document in another form. A title that was the old form's standard title becomes the new form's, so
     * that picking "Provisional agenda" retitles the document; a title the officer wrote stays.
     */
    public MeetingDetails withLayout(AgendaLayout v) {
        boolean standard = titleBlock.title().strip().equals(form.layout().standardTitle());
        return new MeetingDetails(masthead, meetingInfo, standard ? titleBlock.withTitle(v.standardTitle()) : titleBlock,
                processing, form.withLayout(v));
    }

    public MeetingDetails withForm(DocumentForm v) {
        return new MeetingDetails(masthead, meetingInfo, titleBlock, processing, v);
    }

    /** Sets the fields by name, whatever part they belong to. */
    public static final class Builder {
        private Masthead masthead;
        private MeetingInfo meetingInfo;
        private TitleBlock titleBlock;
        private Processing processing;
        private DocumentForm form;

        private Builder(MeetingDetails from) {
            masthead = from.masthead;
            meetingInfo = from.meetingInfo;
            titleBlock = from.titleBlock;
            processing = from.processing;
            form = from.form;
        }

        public MeetingDetails build() {
            return new MeetingDetails(masthead, meetingInfo, titleBlock, processing, form);
        }

        public Builder masthead(Masthead v) {
            masthead = Objects.requireNonNull(v, "masthead");
            return this;
        }

        public Builder meetingInfo(MeetingInfo v) {
            meetingInfo = Objects.requireNonNull(v, "meetingInfo");
            return this;
        }

        public Builder titleBlock(TitleBlock v) {
            titleBlock = Objects.requireNonNull(v, "titleBlock");
            return this;
        }

        public Builder processing(Processing v) {
            processing = Objects.requireNonNull(v, "processing");
            return this;
        }

        public Builder form(DocumentForm v) {
            form = Objects.requireNonNull(v, "form");
            return this;
        }

        // the masthead

        public Builder bodyName(String v) {
            return masthead(masthead.withBodyName(v));
        }

        public Builder symbol(String v) {
            return masthead(masthead.withSymbol(v));
        }

        public Builder distribution(Distribution v) {
            return masthead(masthead.withDistribution(v));
        }

        public Builder issueDate(LocalDate v) {
            return masthead(masthead.withIssueDate(v));
        }

        public Builder originalLanguage(Language v) {
            return masthead(masthead.withOriginalLanguage(v));
        }

        public Builder versionLanguage(Language v) {
            return masthead(masthead.withVersionLanguage(v));
        }

        public Builder languageCoverage(String v) {
            return masthead(masthead.withLanguageCoverage(v));
        }

        // the meeting

        public Builder meetingName(String v) {
            return meetingInfo(meetingInfo.withMeetingName(v));
        }

        public Builder sessionLine(String v) {
            return meetingInfo(meetingInfo.withSessionLine(v));
        }

        public Builder venue(String v) {
            return meetingInfo(meetingInfo.withVenue(v));
        }

        public Builder dates(LocalDate start, LocalDate end) {
            return meetingInfo(meetingInfo.withDates(start, end));
        }

        // the title block

        public Builder agendaItemLine(String v) {
            return titleBlock(titleBlock.withAgendaItemLine(v));
        }

        public Builder agendaItemTitle(String v) {
            return titleBlock(titleBlock.withAgendaItemTitle(v));
        }

        public Builder agendaItemNote(String v) {
            return titleBlock(titleBlock.withAgendaItemNote(v));
        }

        public Builder title(String v) {
            return titleBlock(titleBlock.withTitle(v));
        }

        public Builder titleNote(String v) {
            return titleBlock(titleBlock.withTitleNote(v));
        }

        // the form

        public Builder layout(AgendaLayout v) {
            return form(form.withLayout(v));
        }

        public Builder emptyAnnotations(EmptyAnnotations v) {
            return form(form.withEmptyAnnotations(v));
        }

        public Builder standardSentence(String v) {
            return form(form.withStandardSentence(v));
        }

        // processing

        public Builder dutyStation(DutyStation v) {
            return processing(processing.withDutyStation(v));
        }

        public Builder jobNumber(String v) {
            return processing(processing.withJobNumber(v));
        }

        public Builder processedOn(LocalDate v) {
            return processing(processing.withProcessedOn(java.util.Optional.ofNullable(v)));
        }

        public Builder releasedOn(LocalDate v) {
            return processing(processing.withReleasedOn(java.util.Optional.ofNullable(v)));
        }
    }
}
