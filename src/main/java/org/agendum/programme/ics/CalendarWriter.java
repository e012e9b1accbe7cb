package org.agendum.programme.ics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;
import org.agendum.annex.AnnexDay;
import org.agendum.annex.AnnexMeeting;
import org.agendum.annex.AnnexTable;
import org.agendum.model.Meeting;
import org.agendum.typography.DocumentLanguage;

/**
 * The programme as an iCalendar file (RFC 5545) with ical4j: one VEVENT per meeting of the organization of work, at
 * its times in the given zone (with that zone's VTIMEZONE from ical4j's own copy of the time-zone database, so no
 * network is asked), summary, description, location, a stable UID ({@link EventIds}), SEQUENCE and DTSTAMP
 * ({@link PreviousEvents}). The calendar is validated before it is written: a file that breaks the RFC is never
 * written.
 */
public final class CalendarWriter {
    static final String PRODUCT = "-//Agendum//Proposed organization of work//EN";

    private CalendarWriter() {
    }

    /** Whether the calendar can give its times in this zone (ical4j holds a definition of it). */
    public static boolean knows(ZoneId zone) {
        return timeZone(zone).isPresent();
    }

    /**
     * @param previous the calendar file being replaced, if any (its events' SEQUENCE and DTSTAMP are kept where
     *                 nothing changed)
     * @throws IllegalArgumentException when the zone is not one the calendar {@link #knows}
     */
    public static byte[] write(Meeting meeting, DocumentLanguage language, ZoneId zone, Instant now,
                               Optional<byte[]> previous) throws IOException {
        TimeZone timeZone = timeZone(zone).orElseThrow(() -> new IllegalArgumentException("unknown zone " + zone));
        PreviousEvents before = PreviousEvents.of(previous);
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults()
                .withComponent(timeZone.getVTimeZone()).getFluentTarget();
        AnnexTable table = AnnexTable.of(meeting, language, CalendarText::clean);
        for (AnnexDay day : table.days()) {
            for (AnnexMeeting slot : day.meetings()) {
                calendar.add(event(meeting, language, zone, day, slot, before, now));
            }
        }
        return output(calendar);
    }

    private static VEvent event(Meeting meeting, DocumentLanguage language, ZoneId zone, AnnexDay day,
                                AnnexMeeting slot, PreviousEvents before, Instant now) {
        ZonedDateTime start = ZonedDateTime.of(day.date(), slot.slot().start(), zone);
        ZonedDateTime end = ZonedDateTime.of(day.date(), slot.slot().end(), zone);
        if (!end.isAfter(start)) {
            end = start; // a meeting typed to end before it starts: shown at its start rather than refused
        }
        String summary = CalendarText.clean(EventTexts.summary(meeting.details(), slot));
        String description = CalendarText.clean(EventTexts.description(slot, language));
        String location = CalendarText.clean(meeting.details().meetingInfo().venue().strip());
        String uid = EventIds.uid(meeting, slot.slot().id());
        String content = hash(summary, description, location, start.toString(), end.toString());
        PreviousEvents.Version version = before.version(uid, content, now);

        VEvent event = new VEvent(false);
        event.add(new DtStamp(version.stamp()));
        event.add(new DtStart<>(inZone(zone), start.toLocalDateTime()));
        event.add(new DtEnd<>(inZone(zone), end.toLocalDateTime()));
        event.add(new Summary(summary));
        event.add(new Uid(uid));
        event.add(new Sequence(version.sequence()));
        if (!description.isEmpty()) {
            event.add(new Description(description));
        }
        if (!location.isEmpty()) {
            event.add(new Location(location));
        }
        event.add(new XProperty(PreviousEvents.CONTENT, content));
        return event;
    }

    /**
     * The TZID parameter for a time written as it stands on the clock: given a ZonedDateTime, ical4j 4.1.1 converts
     * it through its own reading of the VTIMEZONE, which puts July 2018 in Tokyo an hour ahead (it applies the
     * 1950–1951 summer time), so the local time is written as Java's time-zone database has it.
     */
    private static ParameterList inZone(ZoneId zone) {
        return new ParameterList(List.of(new TzId(zone.getId())));
    }

    private static byte[] output(Calendar calendar) throws IOException {
        try {
            ValidationResult result = calendar.validate();
            if (result.hasErrors()) {
                throw new IOException("the calendar does not follow RFC 5545: " + result.getEntries());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                new CalendarOutputter(false).output(calendar, writer);
            }
            return bytes.toByteArray();
        } catch (ValidationException e) {
            throw new IOException("the calendar does not follow RFC 5545: " + e.getMessage(), e);
        }
    }

    private static Optional<TimeZone> timeZone(ZoneId zone) {
        try {
            return Optional.ofNullable(REGISTRY.getTimeZone(zone.getId()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static final TimeZoneRegistry REGISTRY = TimeZoneRegistryFactory.getInstance().createRegistry();

    private static String hash(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
