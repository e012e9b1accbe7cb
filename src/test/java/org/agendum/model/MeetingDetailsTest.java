package org.agendum.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The details in their named parts, the builder, and the typed fields the details editor changes. */
class MeetingDetailsTest {
    private static final LocalDate JULY_2 = LocalDate.of(2018, 7, 2);
    private static final LocalDate JULY_3 = LocalDate.of(2018, 7, 3);
    private static final LocalDate APRIL_9 = LocalDate.of(2018, 4, 9);

    /** A field and a value that differs from the one in {@link MeetingDetails#builder() blank} details. */
    private record Change<T>(DetailField<T> field, T value) {
        MeetingDetails applyTo(MeetingDetails details) {
            return field.set(details, value);
        }
    }

    private static final List<Change<?>> CHANGES = List.of(
            new Change<>(DetailField.BODY_NAME, "Conference of the Parties"),
            new Change<>(DetailField.SYMBOL, "CTOC/COP/WG.4/2018/1"),
            new Change<>(DetailField.DISTRIBUTION, Distribution.LIMITED),
            new Change<>(DetailField.ISSUE_DATE, APRIL_9),
            new Change<>(DetailField.LANGUAGES, new Masthead.Languages(Language.SPANISH, Language.FRENCH)),
            new Change<>(DetailField.LANGUAGE_COVERAGE, "English, French and Spanish only"),
            new Change<>(DetailField.MEETING_NAME, "Working Group on Trafficking in Persons"),
            new Change<>(DetailField.SESSION_LINE, "Eighth meeting"),
            new Change<>(DetailField.VENUE, "Geneva"),
            new Change<>(DetailField.DATES, new MeetingInfo.Dates(JULY_2, JULY_3)),
            new Change<>(DetailField.AGENDA_ITEM_LINE, "Item 2 of the provisional agenda"),
            new Change<>(DetailField.AGENDA_ITEM_TITLE, "Adoption of the agenda and other organizational matters"),
            new Change<>(DetailField.AGENDA_ITEM_NOTE, "E/CN.15/2011/1."),
            new Change<>(DetailField.TITLE, "Provisional agenda"),
            new Change<>(DetailField.TITLE_NOTE, "The late submission of this document was caused by the workload."),
            new Change<>(DetailField.LAYOUT, AgendaLayout.AGENDA_AND_ANNOTATIONS_IN_NUMBERED_PARTS),
            new Change<>(DetailField.EMPTY_ANNOTATIONS, EmptyAnnotations.STANDARD_SENTENCE),
            new Change<>(DetailField.STANDARD_SENTENCE, "Nothing to add."),
            new Change<>(DetailField.DUTY_STATION, DutyStation.NEW_YORK),
            new Change<>(DetailField.JOB_NUMBER, "V.18-01234"),
            new Change<>(DetailField.PROCESSED_ON, Optional.of(APRIL_9)),
            new Change<>(DetailField.RELEASED_ON, Optional.of(JULY_3)));

    @Test
    void theBuilderStartsFromBlankDetailsOnAFixedDay() {
        assertThat(MeetingDetails.builder().build()).isEqualTo(MeetingDetails.blank(LocalDate.EPOCH));
        MeetingDetails blank = MeetingDetails.blank(JULY_2);
        assertThat(blank.masthead()).isEqualTo(
                new Masthead("", "", Distribution.GENERAL, JULY_2, Language.ENGLISH, Language.ENGLISH, ""));
        assertThat(blank.meetingInfo()).isEqualTo(new MeetingInfo("", "", "Vienna", JULY_2, JULY_2));
        assertThat(blank.titleBlock()).isEqualTo(new TitleBlock("", "", "", TitleBlock.DEFAULT_TITLE, ""));
        assertThat(blank.processing()).isEqualTo(new Processing(DutyStation.VIENNA, ""));
    }

    @Test
    void theBuilderPutsEveryFieldInItsPart() {
        MeetingDetails details = MeetingDetails.builder()
                .bodyName("body").symbol("symbol").distribution(Distribution.RESTRICTED).issueDate(APRIL_9)
                .originalLanguage(Language.ARABIC).versionLanguage(Language.CHINESE).languageCoverage("coverage")
                .meetingName("meeting").sessionLine("session").venue("venue").dates(JULY_2, JULY_3)
                .agendaItemLine("item line").agendaItemTitle("item title").agendaItemNote("note").title("title")
                .titleNote("title note")
                .layout(AgendaLayout.PROVISIONAL_AGENDA).emptyAnnotations(EmptyAnnotations.STANDARD_SENTENCE)
                .standardSentence("sentence")
                .dutyStation(DutyStation.GENEVA).jobNumber("job").processedOn(APRIL_9).releasedOn(JULY_2)
                .build();
        assertThat(details).isEqualTo(new MeetingDetails(
                new Masthead("body", "symbol", Distribution.RESTRICTED, APRIL_9, Language.ARABIC, Language.CHINESE,
                        "coverage"),
                new MeetingInfo("meeting", "session", "venue", JULY_2, JULY_3),
                new TitleBlock("item line", "item title", "note", "title", "title note"),
                new Processing(DutyStation.GENEVA, "job", Optional.of(APRIL_9), Optional.of(JULY_2)),
                new DocumentForm(AgendaLayout.PROVISIONAL_AGENDA, EmptyAnnotations.STANDARD_SENTENCE, "sentence")));
        assertThat(details.jobProcessedDate()).isEqualTo(APRIL_9);
        assertThat(details.jobReleasedDate()).isEqualTo(JULY_2);
        assertThat(details.toBuilder().venue("elsewhere").build())
                .isEqualTo(details.withMeetingInfo(details.meetingInfo().withVenue("elsewhere")));
        assertThat(details.toBuilder().build()).isEqualTo(details);
    }

    @Test
    void eachPartChangesOneFieldAtATime() {
        Masthead masthead = MeetingDetails.blank(JULY_2).masthead();
        assertThat(masthead.withSymbol("A/80/1").symbol()).isEqualTo("A/80/1");
        assertThat(masthead.withSymbol("A/80/1").withSymbol("")).isEqualTo(masthead);
        assertThat(masthead.withVersionLanguage(Language.RUSSIAN).languages())
                .isEqualTo(new Masthead.Languages(Language.ENGLISH, Language.RUSSIAN));
        assertThat(masthead.withLanguages(new Masthead.Languages(Language.FRENCH, Language.FRENCH)).originalLanguage())
                .isEqualTo(Language.FRENCH);
        MeetingInfo meeting = MeetingDetails.blank(JULY_2).meetingInfo();
        // dates that end before they start are kept as typed: the validator reports them
        assertThat(meeting.withDates(new MeetingInfo.Dates(JULY_3, JULY_2)).dates())
                .isEqualTo(new MeetingInfo.Dates(JULY_3, JULY_2));
        assertThat(TitleBlock.DEFAULT.withAgendaItemLine("Item 3").withTitle("T"))
                .isEqualTo(new TitleBlock("Item 3", "", "", "T", ""));
        assertThat(TitleBlock.DEFAULT.withTitleNote("Late.").withAgendaItemNote("E/1."))
                .isEqualTo(new TitleBlock("", "", "E/1.", TitleBlock.DEFAULT_TITLE, "Late."));
        assertThat(new Processing(DutyStation.VIENNA, "").withJobNumber("V.1").withDutyStation(DutyStation.GENEVA))
                .isEqualTo(new Processing(DutyStation.GENEVA, "V.1"));
    }

    @Test
    void theJobLinesDatesAreTheDateOfIssueUnlessSet() {
        MeetingDetails details = MeetingDetails.builder().issueDate(APRIL_9).build();
        assertThat(details.jobProcessedDate()).isEqualTo(APRIL_9);
        assertThat(details.jobReleasedDate()).isEqualTo(APRIL_9);
        MeetingDetails processedEarlier = details.toBuilder().processedOn(JULY_2.minusMonths(4)).build();
        assertThat(processedEarlier.jobProcessedDate()).isEqualTo(JULY_2.minusMonths(4));
        assertThat(processedEarlier.jobReleasedDate()).isEqualTo(APRIL_9);
    }

    @Test
    void aStandardTitleFollowsTheFormAndATitleTheOfficerWroteStays() {
        MeetingDetails standard = MeetingDetails.builder().build();
        assertThat(standard.titleBlock().title()).isEqualTo("Annotated provisional agenda");
        MeetingDetails agendaOnly = standard.withLayout(AgendaLayout.PROVISIONAL_AGENDA);
        assertThat(agendaOnly.titleBlock().title()).isEqualTo("Provisional agenda");
        assertThat(agendaOnly.form().layout()).isEqualTo(AgendaLayout.PROVISIONAL_AGENDA);
        assertThat(agendaOnly.withLayout(AgendaLayout.AGENDA_AND_ANNOTATIONS_IN_NUMBERED_PARTS).titleBlock().title())
                .isEqualTo("Provisional agenda and annotations");

        MeetingDetails own = standard.toBuilder().title("Provisional agenda, annotations and proposed organization of work").build();
        assertThat(own.withLayout(AgendaLayout.PROVISIONAL_AGENDA).titleBlock().title())
                .isEqualTo("Provisional agenda, annotations and proposed organization of work");
    }

    @Test
    void noPartTakesANull() {
        assertThatThrownBy(() -> MeetingDetails.builder().symbol(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("symbol");
        MeetingDetails blank = MeetingDetails.blank(JULY_2);
        assertThatThrownBy(() -> new MeetingDetails(null, blank.meetingInfo(), blank.titleBlock(), blank.processing()))
                .hasMessage("masthead");
        assertThatThrownBy(() -> DetailField.VENUE.set(MeetingDetails.blank(JULY_2), null)).hasMessage("VENUE");
    }

    @Test
    void everyFieldIsListedOnceWithItsOwnName() {
        List<DetailField<?>> changed = CHANGES.stream().<DetailField<?>>map(Change::field).toList();
        assertThat(changed).containsExactlyInAnyOrderElementsOf(DetailField.values());
        Set<String> names = new HashSet<>();
        for (DetailField<?> field : DetailField.values()) {
            assertThat(names.add(field.name())).as(field.name()).isTrue();
            assertThat(field.toString()).isEqualTo(field.name());
            assertThat(field.label()).isNotBlank();
        }
        assertThat(DetailField.DATES.label()).isEqualTo("Dates");
    }

    @Test
    void eachFieldReadsAndSetsItsOwnValueAndNothingElse() {
        // a title of the officer's own: a standard title follows the form (the test after next)
        MeetingDetails blank = MeetingDetails.builder().title("Annotated provisional agenda, revised").build();
        for (Change<?> change : CHANGES) {
            MeetingDetails changed = change.applyTo(blank);
            assertThat(change.field().get(changed)).as(change.field().name()).isEqualTo(change.value());
            assertThat(change.field().get(blank)).as(change.field().name()).isNotEqualTo(change.value());
            for (Change<?> other : CHANGES) {
                if (other != change) {
                    assertThat(other.field().get(changed)).as(change.field() + " leaves " + other.field())
                            .isEqualTo(other.field().get(blank));
                }
            }
        }
    }

    @Test
    void eachFieldLivesInOnePart() {
        MeetingDetails blank = MeetingDetails.builder().build();
        assertThat(DetailField.SYMBOL.set(blank, "A/80/1").masthead().symbol()).isEqualTo("A/80/1");
        assertThat(DetailField.LANGUAGE_COVERAGE.set(blank, "x").masthead().languageCoverage()).isEqualTo("x");
        assertThat(DetailField.DATES.set(blank, new MeetingInfo.Dates(JULY_2, JULY_3)).meetingInfo().endDate())
                .isEqualTo(JULY_3);
        assertThat(DetailField.AGENDA_ITEM_LINE.set(blank, "Item 2").titleBlock().agendaItemLine()).isEqualTo("Item 2");
        assertThat(DetailField.JOB_NUMBER.set(blank, "V.1").processing().jobNumber()).isEqualTo("V.1");
        assertThat(DetailField.BODY_NAME.set(blank, "Body").meetingInfo()).isEqualTo(blank.meetingInfo());
    }
}
