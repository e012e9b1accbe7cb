package org.agendum.programme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.agendum.annex.AnnexTable;
import org.agendum.io.AtomicFileWriter;
import org.agendum.model.Language;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;
import org.agendum.programme.csv.CsvWriter;
import org.agendum.programme.ics.CalendarWriter;
import org.agendum.programme.table.ItemRows;
import org.agendum.programme.table.ProgrammeRow;
import org.agendum.programme.table.ProgrammeRows;
import org.agendum.programme.xlsx.SheetText;
import org.agendum.programme.xlsx.SpreadsheetWriter;
import org.agendum.typography.DocumentLanguage;

/**
 * The programme (the proposed organization of work) as a calendar, a spreadsheet or a CSV file (issue 20), made
 * from the same table as the Word annex ({@link AnnexTable}) and in the meeting's version language. Reads the model
 * only, so the window and the command line both call it, on any thread. The file is written atomically: it is
 * either the old one or the complete new one, never a part.
 */
public final class ProgrammeExport {
    /** A calendar being replaced larger than this is not read for its events' sequences (it is not ours). */
    private static final long PREVIOUS_CALENDAR_LIMIT = 10L << 20;

    private ProgrammeExport() {
    }

    /**
     * The zone a name from the time-zone database gives ("Asia/Tokyo"), if the calendar can use it.
     *
     * @throws ProgrammeException with a sentence for the officer when it is not such a name
     */
    public static ZoneId timeZone(String name) throws ProgrammeException {
        String trimmed = name.strip();
        try {
            ZoneId zone = ZoneId.of(trimmed);
            if (CalendarWriter.knows(zone)) {
                return zone;
            }
        } catch (DateTimeException e) {
            // worded below
        }
        throw new ProgrammeException("\u201C" + trimmed + "\u201D is not a time zone Agendum knows: give a name "
                + "from the time-zone database, such as Europe/Vienna, America/New_York or Asia/Tokyo.");
    }

    /** The zone the calendar uses: the options', else the duty station's (Vienna, New York, Geneva). */
    public static ZoneId timeZoneOf(Meeting meeting, ProgrammeOptions options) {
        return options.timeZone().orElse(meeting.details().processing().dutyStation().timeZone());
    }

    /**
     * The file's bytes.
     *
     * @param previous the file being replaced (a calendar's events keep their SEQUENCE where nothing changed)
     * @throws ProgrammeException when the meeting has no organization of work to export or the zone is unknown
     */
    public static byte[] toBytes(Meeting meeting, ProgrammeFormat format, ProgrammeOptions options,
                                 Optional<byte[]> previous) throws ProgrammeException, IOException {
        Objects.requireNonNull(format, "format");
        requireMeetings(meeting);
        DocumentLanguage language = language(meeting);
        return switch (format) {
            case ICS -> {
                ZoneId zone = timeZoneOf(meeting, options);
                if (!CalendarWriter.knows(zone)) {
                    throw new ProgrammeException(timeZoneUnknown(zone));
                }
                yield CalendarWriter.write(meeting, language, zone, options.clock().instant(), previous);
            }
            case XLSX -> SpreadsheetWriter.write(spreadsheet(meeting, language));
            case CSV -> CsvWriter.write(ProgrammeRows.heads(language),
                    rows(meeting, language, UnaryOperator.identity()).stream().map(ProgrammeRow::cells).toList());
        };
    }

    /**
     * Writes the file atomically.
     *
     * @throws ProgrammeException when there is nothing to export or the zone is unknown (nothing is written)
     * @throws IOException with a plain-worded message when the file cannot be written
     */
    public static void export(Meeting meeting, Path file, ProgrammeFormat format, ProgrammeOptions options)
            throws ProgrammeException, IOException {
        Objects.requireNonNull(file, "file");
        byte[] bytes = toBytes(meeting, format, options, format == ProgrammeFormat.ICS ? previous(file)
                : Optional.empty());
        AtomicFileWriter.write(file, bytes, AtomicFileWriter.Backup.NONE);
    }

    /** The programme's rows as the spreadsheet and the CSV file give them. */
    public static List<ProgrammeRow> rows(Meeting meeting, DocumentLanguage language, UnaryOperator<String> text) {
        return ProgrammeRows.of(AnnexTable.of(meeting, language, text), language);
    }

    /** The version's language: what the export writes of its own is in it, as in the Word document. */
    public static DocumentLanguage language(Meeting meeting) {
        return DocumentLanguage.of(meeting.details().masthead().versionLanguage().code());
    }

    private static SpreadsheetWriter.Content spreadsheet(Meeting meeting, DocumentLanguage language) {
        AnnexTable table = AnnexTable.of(meeting, language, SheetText::clean);
        MeetingDetails details = meeting.details();
        String name = details.meetingInfo().meetingName().isBlank() ? details.masthead().bodyName()
                : details.meetingInfo().meetingName();
        String place = language.placeAndDates(details.meetingInfo().venue().strip(),
                details.meetingInfo().startDate(), details.meetingInfo().endDate());
        return new SpreadsheetWriter.Content(language.label("programme.sheet.programme"),
                ProgrammeRows.heads(language), ProgrammeRows.of(table, language),
                language.label("programme.sheet.items"), ItemRows.heads(language),
                ItemRows.of(meeting, table, language, SheetText::clean),
                String.join(" \u2014 ", List.of(name.strip(), place).stream().filter(s -> !s.isEmpty()).toList()),
                details.processing().dutyStation().paper(),
                details.masthead().versionLanguage() == Language.ARABIC);
    }

    /**
     * Refuses a meeting whose organization of work has no meeting to export, before anything is asked or written.
     *
     * @throws ProgrammeException saying what to do first
     */
    public static void requireMeetings(Meeting meeting) throws ProgrammeException {
        boolean any = meeting.organization().days().stream().anyMatch(day -> !day.meetings().isEmpty());
        if (!any) {
            throw new ProgrammeException("The meeting has no organization of work to export: plan its meetings "
                    + "in the Organization of work tab first.");
        }
    }

    private static String timeZoneUnknown(ZoneId zone) {
        return "\u201C" + zone.getId() + "\u201D is not a time zone the calendar knows: give a name from the "
                + "time-zone database, such as Europe/Vienna.";
    }

    /** The calendar being replaced, if it is an ordinary file of a calendar's size; unreadable counts as none. */
    private static Optional<byte[]> previous(Path file) {
        try {
            if (Files.isRegularFile(file) && Files.size(file) <= PREVIOUS_CALENDAR_LIMIT) {
                return Optional.of(Files.readAllBytes(file));
            }
        } catch (IOException e) {
            // an unreadable old file is replaced like a missing one
        }
        return Optional.empty();
    }
}
