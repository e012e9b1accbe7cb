package org.agendum.importing.recognize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendum.importing.source.SourcePlace;
import org.agendum.importing.source.SourceTable;
import org.agendum.model.AgendaPunctuation;
import org.agendum.model.Day;
import org.agendum.model.EntryId;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.MeetingSlot;
import org.agendum.model.NoteEntry;
import org.agendum.model.OrganizationOfWork;
import org.agendum.model.ScheduleEntry;
import org.agendum.model.SlotId;
import org.agendum.typography.UnDates;
import org.agendum.typography.UnTimes;

/**
 * The annex "Proposed organization of work" (docs/un-format.md §6.3): a table, or its rows as lines where a PDF's
 * text lost the columns. A row may hold a day ("Monday, 2 July", in any column), a meeting's times ("10 a.m.–1 p.m.",
 * only where a meeting starts), an item's number ("1 (a)") and its title, or free text (a note). An item is taken by
 * its number; "(continued)" is derived by the model and not kept; a title that differs from the item's is said in the
 * report. The day's year is the one nearest the meeting's dates on which that day falls on the weekday printed.
 */
final class OrganizationReader {
    static final Pattern TITLE = Pattern.compile("(?i)(?:annex\\s*[:.\u2013-]?\\s*)?proposed organization of work");
    private static final Pattern HEADER = Pattern.compile("(?i)date and time\\s+agenda item\\s+title or description");
    private static final Pattern DAY = Pattern.compile(
            "^((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? \\d{1,2} \\p{L}+)\\s*");
    private static final String CLOCK = "\\d{1,2}(?:[.:]\\d{2})?(?: ?[ap]\\.? ?m\\.?)?";
    private static final Pattern TIMES = Pattern.compile("^(" + CLOCK + "\\s?(?:[\u2013\u2014-]|to)\\s?(?:" + CLOCK
            + "|12 noon|noon|12 midnight|midnight))(?=\\s|$)\\s*");
    private static final Pattern REFERENCE = Pattern.compile("^(\\d{1,3}(?: ?\\([a-z]{1,4}\\))*)(?=\\s|$)\\s*");
    private static final Pattern CONTINUED = Pattern.compile("\\s*\\(continued\\)$");

    private final Map<String, ItemId> itemsByReference;
    private final Map<ItemId, String> titles;
    private final LocalDate near;
    private final Reporter reporter;
    private final List<Day> days = new ArrayList<>();
    private LocalDate day;
    private List<MeetingSlot> meetings = new ArrayList<>();
    private MeetingSlot slot;
    private List<ScheduleEntry> entries = new ArrayList<>();
    /** The place of the table's row being read; null for a paragraph. */
    private SourcePlace place;

    OrganizationReader(Map<String, ItemId> itemsByReference, Map<ItemId, String> titles, LocalDate near,
                       Reporter reporter) {
        this.itemsByReference = itemsByReference;
        this.titles = titles;
        this.near = near;
        this.reporter = reporter;
    }

    /** Reads the annex from {@code from} to the end of the document. */
    OrganizationOfWork read(List<Unit> units, int from) {
        for (int i = from; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (reporter.isAccounted(unit)) {
                continue;
            }
            if (unit.isTable()) {
                table(unit);
            } else if (AgendaListReader.isAnnex(unit)) {
                reporter.recognized(unit, "The annex's heading");
            } else if (TITLE.matcher(unit.text()).matches()) {
                reporter.recognized(unit, "The title of the proposed organization of work");
            } else if (!unit.text().isEmpty()) {
                String said = row(unit, unit.text());
                if (said != null) {
                    reporter.recognized(unit, said);
                }
            }
        }
        closeDay();
        return new OrganizationOfWork(days);
    }

    private void table(Unit unit) {
        reporter.recognized(unit, "The table of the proposed organization of work, " + unit.table().rows().size()
                + " rows");
        for (SourceTable.Row row : unit.table().rows()) {
            List<String> cells = new ArrayList<>();
            row.cells().stream().filter(c -> !c.continuesAbove()).map(c -> Unit.oneLine(c.plainText()))
                    .filter(t -> !t.isEmpty()).forEach(cells::add);
            place = row.cells().stream().flatMap(c -> c.paragraphs().stream()).map(p -> p.place()).findFirst()
                    .orElse(unit.place());
            if (!cells.isEmpty()) {
                String text = String.join(" ", cells);
                String said = row(unit, text);
                if (said != null) {
                    reporter.part(ReportEntry.Kind.RECOGNIZED, unit, place, said, text, null);
                }
            }
        }
        place = null;
    }

    /** Reads a row; what it was, or null when it has been reported otherwise. */
    private String row(Unit unit, String text) {
        if (HEADER.matcher(text).matches()) {
            return "The column heads of the organization of work";
        }
        String rest = text;
        List<String> said = new ArrayList<>();
        Matcher m = DAY.matcher(rest);
        if (m.find()) {
            Optional<UnDates.WeekdayAndDate> parsed = UnDates.parseWeekdayAndDate(m.group(1));
            if (parsed.isPresent()) {
                closeDay();
                day = parsed.get().nearest(near);
                said.add("the day " + UnDates.weekdayAndDate(day) + " " + day.getYear());
                rest = rest.substring(m.end());
            }
        }
        m = TIMES.matcher(rest);
        if (m.find()) {
            Optional<UnTimes.TimeRange> times = UnTimes.parseRange(m.group(1));
            if (times.isPresent()) {
                if (day == null) {
                    part(ReportEntry.Kind.NOT_PLACED, unit, "A meeting's times before any day", text, null);
                    return null;
                }
                closeMeeting();
                slot = new MeetingSlot(new SlotId("m-" + day + "-" + (meetings.size() + 1)), times.get().start(),
                        times.get().end(), "", List.of());
                said.add("a meeting " + UnTimes.range(times.get().start(), times.get().end()));
                rest = rest.substring(m.end());
            }
        }
        if (!rest.isEmpty()) {
            String entry = entry(unit, text, rest);
            if (entry == null) {
                return null;
            }
            said.add(entry);
        }
        return "In the organization of work: " + String.join(", ", said);
    }

    private String entry(Unit unit, String row, String rest) {
        if (slot == null) {
            part(ReportEntry.Kind.NOT_PLACED, unit, "An entry of the organization of work before any meeting's"
                    + " times", row, null);
            return null;
        }
        EntryId id = new EntryId(slot.id().value() + "-" + (entries.size() + 1));
        Matcher m = REFERENCE.matcher(rest);
        if (m.find()) {
            String reference = m.group(1).replaceAll(" ?\\(", " (");
            ItemId item = itemsByReference.get(reference);
            String title = CONTINUED.matcher(rest.substring(m.end())).replaceFirst("");
            if (item != null) {
                entries.add(new ItemEntry(id, item));
                if (!title.isEmpty() && !AgendaPunctuation.heading(title).equalsIgnoreCase(
                        AgendaPunctuation.heading(titles.get(item)))) {
                    part(ReportEntry.Kind.GUESSED, unit, "Item " + reference + " taken by its number; the"
                            + " row's title differs from the item's", row, item);
                    return null;
                }
                return "item " + reference;
            }
            entries.add(new NoteEntry(id, rest));
            part(ReportEntry.Kind.GUESSED, unit, "No item " + reference + " in the agenda: the row is kept as a"
                    + " note", row, null);
            return null;
        }
        entries.add(new NoteEntry(id, rest));
        return "a note";
    }

    private void part(ReportEntry.Kind kind, Unit unit, String sentence, String text, ItemId item) {
        reporter.part(kind, unit, place == null ? unit.place() : place, sentence, text, item);
    }

    private void closeMeeting() {
        if (slot != null) {
            meetings.add(slot.withEntries(entries));
            slot = null;
            entries = new ArrayList<>();
        }
    }

    private void closeDay() {
        closeMeeting();
        if (day != null) {
            days.add(new Day(day, meetings));
            meetings = new ArrayList<>();
            day = null;
        }
    }
}
