package org.agendum.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.agendum.model.Language;
import org.agendum.model.Meeting;
import org.agendum.model.OrganizationOfWork;
import org.agendum.testing.TestMeetings;
import org.junit.jupiter.api.Test;

/** The sample's programme as a calendar, read back with ical4j (issue 20). */
class CalendarExportTest {
    private static final Instant NOW = Instant.parse("2018-04-09T08:00:00Z");
    private static final ProgrammeOptions AT_NOW = ProgrammeOptions.DEFAULT.withClock(Clock.fixed(NOW, ZoneOffset.UTC));

    private static Calendar export(Meeting meeting, ProgrammeOptions options, Optional<byte[]> previous)
            throws Exception {
        byte[] bytes = ProgrammeExport.toBytes(meeting, ProgrammeFormat.ICS, options, previous);
        return parse(bytes);
    }

    private static Calendar parse(byte[] bytes) throws Exception {
        return new CalendarBuilder().build(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse("");
    }

    /** The time as it stands on the clock and the zone its TZID names. */
    private static LocalDateTime local(VEvent event, String property) {
        return LocalDateTime.parse(value(event, property), java.time.format.DateTimeFormatter.ofPattern(
                "yyyyMMdd'T'HHmmss"));
    }

    private static String zone(VEvent event, String property) {
        Optional<Property> found = event.getProperty(property);
        return found.flatMap(p -> p.<Parameter>getParameter(Parameter.TZID)).map(Parameter::getValue).orElse("");
    }

    @Test
    void fourEventsInViennasTimeTheFirstOnTwoJulyFromTenToOne() throws Exception {
        Calendar calendar = export(TestMeetings.sample(), AT_NOW, Optional.empty());
        assertThat(calendar.validate().hasErrors()).isFalse();
        List<VEvent> events = events(calendar);
        assertThat(events).hasSize(4);
        List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
        assertThat(zones).extracting(z -> z.getProperty(Property.TZID).orElseThrow().getValue())
                .containsExactly("Europe/Vienna");

        VEvent first = events.get(0);
        assertThat(zone(first, Property.DTSTART)).isEqualTo("Europe/Vienna");
        assertThat(local(first, Property.DTSTART)).isEqualTo(LocalDateTime.of(2018, 7, 2, 10, 0));
        assertThat(local(first, Property.DTEND)).isEqualTo(LocalDateTime.of(2018, 7, 2, 13, 0));
        assertThat(value(first, Property.LOCATION)).isEqualTo("Vienna");
        assertThat(value(first, Property.SUMMARY)).startsWith("Working Group on Trafficking in Persons (Conference "
                + "of the Parties to the United Nations Convention against Transnational Organized Crime");
        assertThat(value(first, Property.DTSTAMP)).isEqualTo("20180409T080000Z");
        assertThat(events).extracting(e -> local(e, Property.DTSTART)).containsExactly(
                LocalDateTime.of(2018, 7, 2, 10, 0), LocalDateTime.of(2018, 7, 2, 15, 0),
                LocalDateTime.of(2018, 7, 3, 10, 0), LocalDateTime.of(2018, 7, 3, 15, 0));
    }

    @Test
    void eachDescriptionListsItsMeetingsItemsInTheAnnexsWords() throws Exception {
        List<VEvent> events = events(export(TestMeetings.sample(), AT_NOW, Optional.empty()));
        assertThat(value(events.get(0), Property.DESCRIPTION).lines()).containsExactly(
                "1 (a) Opening of the meeting",
                "1 (b) Adoption of the agenda and organization of work",
                "2 International cooperation in cases of trafficking in persons: considering the needs and rights "
                        + "of victims");
        assertThat(value(events.get(1), Property.DESCRIPTION).lines()).containsExactly(
                "2 International cooperation in cases of trafficking in persons: considering the needs and rights "
                        + "of victims (continued)",
                "3 Preparation of the questionnaire to review the implementation of the Trafficking in Persons "
                        + "Protocol");
        assertThat(value(events.get(2), Property.DESCRIPTION).lines()).containsExactly(
                "3 Preparation of the questionnaire to review the implementation of the Trafficking in Persons "
                        + "Protocol (continued)");
        assertThat(value(events.get(3), Property.DESCRIPTION).lines()).containsExactly(
                "4 Other matters", "5 Adoption of the report");
    }

    @Test
    void aFrenchVersionDescribesInFrench() throws Exception {
        Meeting french = TestMeetings.sample().withDetails(TestMeetings.sample().details().toBuilder()
                .versionLanguage(Language.FRENCH).build());
        List<VEvent> events = events(export(french, AT_NOW, Optional.empty()));
        assertThat(value(events.get(1), Property.DESCRIPTION)).contains("victims (suite)");
        assertThat(value(events.get(0), Property.DESCRIPTION)).startsWith("1 a) Opening of the meeting");
    }

    @Test
    void exportingAgainKeepsTheUidsAndAnUnchangedFileStaysTheSame() throws Exception {
        Meeting sample = TestMeetings.sample();
        byte[] first = ProgrammeExport.toBytes(sample, ProgrammeFormat.ICS, AT_NOW, Optional.empty());
        ProgrammeOptions later = ProgrammeOptions.DEFAULT.withClock(Clock.fixed(NOW.plusSeconds(86_400), ZoneOffset.UTC));
        byte[] again = ProgrammeExport.toBytes(sample, ProgrammeFormat.ICS, later, Optional.of(first));
        assertThat(again).isEqualTo(first);
        assertThat(events(parse(first))).extracting(e -> value(e, Property.UID)).doesNotHaveDuplicates()
                .containsExactlyElementsOf(events(parse(
                        ProgrammeExport.toBytes(sample, ProgrammeFormat.ICS, later, Optional.empty())))
                        .stream().map(e -> value(e, Property.UID)).toList());
    }

    @Test
    void aChangedMeetingKeepsItsUidAndMovesItsSequenceOnTheOthersKeepTheirs() throws Exception {
        Meeting sample = TestMeetings.sample();
        byte[] first = ProgrammeExport.toBytes(sample, ProgrammeFormat.ICS, AT_NOW, Optional.empty());
        var firstSlot = sample.organization().days().get(0).meetings().get(0);
        Meeting moved = sample.withOrganization(sample.organization().replaceSlot(firstSlot.id(),
                slot -> slot.withTimes(LocalTime.of(9, 30), LocalTime.of(12, 30), "")));
        ProgrammeOptions later = ProgrammeOptions.DEFAULT.withClock(Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC));
        List<VEvent> before = events(parse(first));
        List<VEvent> after = events(export(moved, later, Optional.of(first)));
        assertThat(value(after.get(0), Property.UID)).isEqualTo(value(before.get(0), Property.UID));
        assertThat(Integer.parseInt(value(after.get(0), Property.SEQUENCE)))
                .isGreaterThan(Integer.parseInt(value(before.get(0), Property.SEQUENCE)));
        assertThat(local(after.get(0), Property.DTSTART)).isEqualTo(LocalDateTime.of(2018, 7, 2, 9, 30));
        for (int i = 1; i < 4; i++) {
            assertThat(value(after.get(i), Property.SEQUENCE)).isEqualTo(value(before.get(i), Property.SEQUENCE));
        }
    }

    @Test
    void anotherZoneTheOfficerNamesGivesTheSameClockTimesThere() throws Exception {
        ZoneId tokyo = ProgrammeExport.timeZone("Asia/Tokyo");
        Calendar calendar = export(TestMeetings.sample(), AT_NOW.withTimeZone(tokyo), Optional.empty());
        assertThat(calendar.validate().hasErrors()).isFalse();
        VEvent first = events(calendar).get(0);
        assertThat(zone(first, Property.DTSTART)).isEqualTo("Asia/Tokyo");
        assertThat(local(first, Property.DTSTART)).isEqualTo(LocalDateTime.of(2018, 7, 2, 10, 0));
    }

    @Test
    void anUnknownZoneAndAMeetingWithoutOrganizationAreRefusedInWords() {
        assertThatThrownBy(() -> ProgrammeExport.timeZone("Mars/Olympus")).isInstanceOf(ProgrammeException.class)
                .hasMessageContaining("“Mars/Olympus” is not a time zone");
        Meeting none = TestMeetings.sample().withOrganization(OrganizationOfWork.EMPTY);
        for (ProgrammeFormat format : ProgrammeFormat.values()) {
            assertThatThrownBy(() -> ProgrammeExport.toBytes(none, format, AT_NOW, Optional.empty()))
                    .isInstanceOf(ProgrammeException.class).hasMessageContaining("no organization of work");
        }
    }
}
