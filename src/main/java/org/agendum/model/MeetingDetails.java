package org.agendum.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the document says about itself and its meeting, in the parts the export lays out: the first-page
 * {@link Masthead}, the {@link MeetingInfo meeting} and the {@link TitleBlock title block} under it, and the
 * {@link Processing} data of the job line and the page. Optional lines are empty strings when absent.
 */
public record MeetingDetails(Masthead masthead, MeetingInfo meetingInfo, TitleBlock titleBlock,
                             Processing processing) {

    public MeetingDetails {
        Objects.requireNonNull(masthead, "masthead");
        Objects.requireNonNull(meetingInfo, "meetingInfo");
        Objects.requireNonNull(titleBlock, "titleBlock");
        Objects.requireNonNull(processing, "processing");
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
        return new MeetingDetails(v, meetingInfo, titleBlock, processing);
    }

    public MeetingDetails withMeetingInfo(MeetingInfo v) {
        return new MeetingDetails(masthead, v, titleBlock, processing);
    }

    public MeetingDetails withTitleBlock(TitleBlock v) {
        return new MeetingDetails(masthead, meetingInfo, v, processing);
    }

    public MeetingDetails withProcessing(Processing v) {
        return new MeetingDetails(masthead, meetingInfo, titleBlock, v);
    }

    /** Sets the fields by name, whatever part they belong to. */
    public static final class Builder {
        private Masthead masthead;
        private MeetingInfo meetingInfo;
        private TitleBlock titleBlock;
        private Processing processing;

        private Builder(MeetingDetails from) {
            masthead = from.masthead;
            meetingInfo = from.meetingInfo;
            titleBlock = from.titleBlock;
            processing = from.processing;
        }

        public MeetingDetails build() {
            return new MeetingDetails(masthead, meetingInfo, titleBlock, processing);
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

        public Builder title(String v) {
            return titleBlock(titleBlock.withTitle(v));
        }

        // processing

        public Builder dutyStation(DutyStation v) {
            return processing(processing.withDutyStation(v));
        }

        public Builder jobNumber(String v) {
            return processing(processing.withJobNumber(v));
        }
    }
}
