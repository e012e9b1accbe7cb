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
 * report. The day's year is the one nearest the meeting's dates on which that day falls on the weekday printed. Days,
 * times, references and "(continued)" are read in the version's forms ({@link VersionWording}) as well as English's.
 */
final class OrganizationReader {

    private final Map<String, ItemId> itemsByReference;
    private final Map<ItemId, String> titles;
    private final LocalDate near;
    private final Reporter reporter;
    private final VersionWording wording;
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
        this.wording = reporter.wording();
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
            } else if (AgendaListReader.isAnnex(unit, wording)) {
                reporter.recognized(unit, "The annex's heading");
            } else if (wording.isAnnexTitle(unit.text())) {
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
        if (wording.isAnnexHeads(text)) {
            return "The column heads of the organization of work";
        }
        String rest = text;
        List<String> said = new ArrayList<>();
        Optional<VersionWording.AtStart<UnDates.WeekdayAndDate>> parsed = wording.dayAt(rest);
        if (parsed.isPresent()) {
            closeDay();
            day = parsed.get().value().nearest(near);
            said.add("the day " + UnDates.weekdayAndDate(day) + " " + day.getYear());
            rest = rest.substring(parsed.get().end());
        }
        Optional<VersionWording.AtStart<UnTimes.TimeRange>> times = wording.timesAt(rest);
        if (times.isPresent()) {
            if (day == null) {
                part(ReportEntry.Kind.NOT_PLACED, unit, "A meeting's times before any day", text, null);
                return null;
            }
            closeMeeting();
            UnTimes.TimeRange range = times.get().value();
            slot = new MeetingSlot(new SlotId("m-" + day + "-" + (meetings.size() + 1)), range.start(), range.end(), "",
                    List.of());
            said.add("a meeting " + UnTimes.range(range.start(), range.end()));
            rest = rest.substring(times.get().end());
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
        if (wording.isContinuedAlone(rest) && !entries.isEmpty() && entries.get(entries.size() - 1) instanceof ItemEntry) {
            return "\u201C(continued)\u201D of the row before, broken onto a line of its own (derived, not kept)";
        }
        EntryId id = new EntryId(slot.id().value() + "-" + (entries.size() + 1));
        Optional<VersionWording.AtStart<String>> cited = wording.referenceAt(rest);
        if (cited.isPresent()) {
            String reference = cited.get().value();
            ItemId item = itemsByReference.get(reference);
            String title = wording.withoutContinued(rest.substring(cited.get().end()));
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
