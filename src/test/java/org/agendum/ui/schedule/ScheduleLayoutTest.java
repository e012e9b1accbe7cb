package org.agendum.ui.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.agendum.model.Day;
import org.agendum.model.MeetingSlot;
import org.agendum.model.OrganizationOfWork;
import org.agendum.testing.Fixtures;
import org.agendum.typography.DocumentLanguage;
import org.junit.jupiter.api.Test;

/** Where meetings sit in the grid: a column per day, a row per meeting time, no empty rows. */
class ScheduleLayoutTest {
    private static MeetingSlot meeting(int from, int to) {
        return MeetingSlot.of(LocalTime.of(from, 0), LocalTime.of(to, 0));
    }

    @Test
    void theSampleHasTwoDaysAndTheUsualTwoMeetings() {
        ScheduleLayout layout = ScheduleLayout.of(Fixtures.referenceMeeting().organization());
        assertThat(layout.columns()).extracting(ScheduleLayout.DayColumn::header)
                .containsExactly("Monday, 2 July", "Tuesday, 3 July");
        assertThat(layout.rows()).extracting(ScheduleLayout.TimeRow::header)
                .containsExactly("10 a.m.\u20131 p.m.", "3\u20136 p.m.");
        assertThat(layout.meeting(1, layout.rows().get(1)).orElseThrow().id()).isEqualTo(Fixtures.TUE_PM);
    }

    @Test
    void rowsAreMeetingTimesInOrderOfTheDayWhateverOrderTheDaysListThem() {
        OrganizationOfWork work = new OrganizationOfWork(List.of(
                new Day(LocalDate.of(2026, 3, 2), List.of(meeting(15, 18), meeting(10, 13))),
                new Day(LocalDate.of(2026, 3, 3), List.of(meeting(18, 21)))));
        ScheduleLayout layout = ScheduleLayout.of(work);
        assertThat(layout.rows()).extracting(ScheduleLayout.TimeRow::header)
                .containsExactly("10 a.m.\u20131 p.m.", "3\u20136 p.m.", "6\u20139 p.m.");
        // Tuesday has no morning meeting: its place in that row is empty, and no row is empty across all days
        assertThat(layout.meeting(1, layout.rows().get(0))).isEmpty();
        assertThat(layout.rows()).allSatisfy(row -> assertThat(
                layout.meeting(0, row).isPresent() || layout.meeting(1, row).isPresent()).isTrue());
    }

    @Test
    void parallelMeetingsAtTheSameTimeGetARowEach() {
        MeetingSlot plenary = meeting(10, 13);
        MeetingSlot committee = meeting(10, 13).withTimes(LocalTime.of(10, 0), LocalTime.of(13, 0), "Committee");
        ScheduleLayout layout = ScheduleLayout.of(new OrganizationOfWork(List.of(
                new Day(LocalDate.of(2026, 3, 2), List.of(plenary, committee)))));
        assertThat(layout.rows()).extracting(ScheduleLayout.TimeRow::header)
                .containsExactly("10 a.m.\u20131 p.m.", "10 a.m.\u20131 p.m. (2)");
        assertThat(layout.meeting(0, layout.rows().get(1))).contains(committee);
    }

    @Test
    void aMeetingThatEndsBeforeItStartsIsShownAsTyped() {
        ScheduleLayout layout = ScheduleLayout.of(new OrganizationOfWork(List.of(
                new Day(LocalDate.of(2026, 3, 2), List.of(meeting(15, 13))))));
        assertThat(layout.rows().get(0).header()).isEqualTo("3 p.m.\u20131 p.m.");
    }

    @Test
    void aFrenchOrArabicVersionsGridWritesItsDaysAndTimesAsItsAnnexPrintsThem() {
        OrganizationOfWork work = Fixtures.referenceMeeting().organization();
        ScheduleLayout french = ScheduleLayout.of(work, DocumentLanguage.of("fr"));
        assertThat(french.columns()).extracting(ScheduleLayout.DayColumn::header)
                .containsExactly("Lundi 2 juillet", "Mardi 3 juillet");
        assertThat(french.rows()).extracting(ScheduleLayout.TimeRow::header)
                .containsExactly("10 heures-13 heures", "15 heures-18 heures");

        ScheduleLayout arabic = ScheduleLayout.of(work, DocumentLanguage.of("ar"));
        assertThat(arabic.columns()).extracting(ScheduleLayout.DayColumn::header)
                .containsExactly("الاثنين، 2 تموز/يوليه", "الثلاثاء، 3 تموز/يوليه");
        assertThat(arabic.rows()).extracting(ScheduleLayout.TimeRow::header).containsExactly("10:00-13:00", "15:00-18:00");
    }

    @Test
    void anEnglishVersionIsTheDefault() {
        OrganizationOfWork work = Fixtures.referenceMeeting().organization();
        assertThat(ScheduleLayout.of(work, DocumentLanguage.of("en"))).isEqualTo(ScheduleLayout.of(work));
    }
}
