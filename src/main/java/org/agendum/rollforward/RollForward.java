package org.agendum.rollforward;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.DutyStation;
import org.agendum.model.ItemMark;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;
import org.agendum.model.MeetingInfo;
import org.agendum.model.Processing;
import org.agendum.validation.MeetingValidator;

/**
 * Next session from last session's meeting, as a pure function: officers start from last session's document. The
 * agenda and the annotations stay, each item marked for review; the organization of work moves onto the new days
 * ({@link ScheduleShift}); the job number and the job line's dates are cleared and the date of issue is the new one;
 * the session's number is bumped where the officer confirms it ("eighth meeting" → "ninth meeting"); last session's
 * dates, other sessions' numbers and last session's documents are listed to check, never changed.
 *
 * <p>The session's number is read from the session line, else the meeting's name, else the number most texts give a
 * session or meeting (the highest, when two are as common: documents refer back to earlier sessions, not on). Only
 * that number is bumped: "at its fifth session, the Conference adopted resolution 5/2" is history and stays.
 */
public final class RollForward {
    private RollForward() {
    }

    /** What the roll-forward would change in last session's texts, and what it leaves for the officer to check. */
    public record Proposals(OptionalInt sessionNumber, List<ProposedChange> changes, List<ToCheck> toCheck) {
        public Proposals {
            changes = List.copyOf(changes);
            toCheck = List.copyOf(toCheck);
        }
    }

    /** The new session's meeting, and what the officer should be told about it (days that no longer fit, …). */
    public record Result(Meeting meeting, List<String> notes) {
        public Result {
            notes = List.copyOf(notes);
        }
    }

    /** The session number of last session's meeting, if any text gives one. */
    static OptionalInt sessionNumber(Meeting last) {
        MeetingInfo info = last.details().meetingInfo();
        for (String own : List.of(info.sessionLine(), info.meetingName())) {
            List<SessionOrdinal> found = SessionOrdinal.in(own);
            if (!found.isEmpty()) {
                return OptionalInt.of(found.get(0).value());
            }
        }
        Map<Integer, Integer> counts = new HashMap<>();
        MeetingTexts.visit(last, (place, text) -> {
            SessionOrdinal.in(text).forEach(o -> counts.merge(o.value(), 1, Integer::sum));
            return text;
        });
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<Integer, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparingInt(Map.Entry::getKey))
                .map(e -> OptionalInt.of(e.getKey())).orElse(OptionalInt.empty());
    }

    public static Proposals propose(Meeting last) {
        OptionalInt number = sessionNumber(last);
        MeetingInfo info = last.details().meetingInfo();
        List<ProposedChange> changes = new ArrayList<>();
        List<ToCheck> toCheck = new ArrayList<>();
        MeetingTexts.visit(last, (place, text) -> {
            for (SessionOrdinal ordinal : SessionOrdinal.in(text)) {
                Snippet snippet = Snippet.of(text, ordinal.start(), ordinal.end());
                if (number.isPresent() && ordinal.value() == number.getAsInt()) {
                    changes.add(new ProposedChange(place, ordinal, snippet));
                } else {
                    toCheck.add(new ToCheck(place.where(), snippet, ToCheck.OTHER_NUMBER));
                }
            }
            for (OldSessionDates.Found date : OldSessionDates.in(text, info.startDate(), info.endDate())) {
                toCheck.add(new ToCheck(place.where(), Snippet.of(text, date.start(), date.end()), ToCheck.OLD_DATE));
            }
            return text;
        });
        String oldYear = Integer.toString(info.startDate().getYear());
        for (var numbered : last.agenda().numbered()) {
            for (DocumentationEntry entry : numbered.item().documentation()) {
                if (List.of(entry.symbol().split("/")).contains(oldYear)) {
                    String line = entry.description() + " (" + entry.symbol() + ")";
                    int at = line.lastIndexOf(entry.symbol());
                    toCheck.add(new ToCheck("Item " + numbered.reference() + ", Documentation",
                            Snippet.of(line, at, at + entry.symbol().length()), ToCheck.OLD_DOCUMENT));
                }
            }
        }
        return new Proposals(number, changes, toCheck);
    }

    /**
     * What the dialog first offers: the dates a year on (52 weeks, so the same weekdays), the same venue, the symbol
     * with its year (or session number) moved on, the session line and meeting name with their numbers bumped, and
     * today as the date of issue.
     */
    public static NewSession suggest(Meeting last, LocalDate today) {
        MeetingInfo info = last.details().meetingInfo();
        // dates a file may hold but no session has (validation reports them) give way to today
        boolean sensible = info.startDate().getYear() >= MeetingValidator.FIRST_YEAR
                && info.startDate().getYear() <= MeetingValidator.LAST_YEAR;
        LocalDate start = sensible ? info.startDate().plusWeeks(52) : today;
        long length = Math.min(366, Math.max(0, ChronoUnit.DAYS.between(info.startDate(), info.endDate())));
        return new NewSession(start, start.plusDays(length), info.venue(),
                nextSymbol(last.details().masthead().symbol(), info.startDate().getYear(), start.getYear(),
                        sessionNumber(last)),
                bumped(info.meetingName()), bumped(info.sessionLine()), today);
    }

    /** "CTOC/COP/WG.4/2018/1" → "CTOC/COP/WG.4/2019/1"; "A/HRC/58/1" (session 58) → "A/HRC/59/1". */
    static String nextSymbol(String symbol, int oldYear, int newYear, OptionalInt session) {
        String[] parts = symbol.split("/", -1);
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].equals(Integer.toString(oldYear))) {
                parts[i] = Integer.toString(newYear);
                return String.join("/", parts);
            }
        }
        for (int i = 1; session.isPresent() && i < parts.length; i++) {
            if (parts[i].equals(Integer.toString(session.getAsInt()))) {
                parts[i] = Integer.toString(session.getAsInt() + 1);
                return String.join("/", parts);
            }
        }
        return symbol;
    }

    /** Every session or meeting number in a line of its own ("Sixth session") bumped. */
    static String bumped(String line) {
        String out = line;
        List<SessionOrdinal> found = new ArrayList<>(SessionOrdinal.in(line));
        found.sort(Comparator.comparingInt(SessionOrdinal::start).reversed()); // from the end: the places stay
        for (SessionOrdinal ordinal : found) {
            out = ordinal.applyTo(out);
        }
        return out;
    }

    /**
     * The new session's meeting from last session's, the answers and the changes the officer kept (of those
     * {@link #propose} gave for this same meeting).
     */
    public static Result apply(Meeting last, NewSession next, Collection<ProposedChange> accepted) {
        Map<Integer, TreeMap<Integer, SessionOrdinal>> byPlace = new HashMap<>();
        for (ProposedChange change : accepted) {
            byPlace.computeIfAbsent(change.place().index(), i -> new TreeMap<>(Comparator.reverseOrder()))
                    .put(change.ordinal().start(), change.ordinal());
        }
        Meeting bumped = MeetingTexts.rewrite(last, (place, text) -> {
            String out = text;
            for (SessionOrdinal ordinal : byPlace.getOrDefault(place.index(), new TreeMap<>()).values()) {
                out = ordinal.applyTo(out); // from the end of the text, so the earlier places stay where they were
            }
            return out;
        });
        MeetingDetails details = bumped.details();
        details = details.withMasthead(details.masthead().withSymbol(next.symbol()).withIssueDate(next.issueDate()))
                .withMeetingInfo(new MeetingInfo(next.meetingName(), next.sessionLine(), next.venue(), next.start(),
                        next.end()))
                .withProcessing(new Processing(details.processing().dutyStation(), ""))
                // the title's footnote is about last session's document (its late submission, as a rule): cleared
                // with the job number, and said, since the officer may want a note of the same kind again
                .withTitleBlock(details.titleBlock().withTitleNote(""));
        ScheduleShift.Shifted shifted = ScheduleShift.onto(last.organization(), last.details().meetingInfo().startDate(),
                next.start(), next.end());
        List<String> notes = new ArrayList<>(shifted.notes());
        dutyStationNote(details).ifPresent(notes::add);
        if (!last.details().titleBlock().titleNote().isBlank()) {
            notes.add("The title's footnote of last session's document was not kept: \u201C"
                    + last.details().titleBlock().titleNote().strip() + "\u201D.");
        }
        Meeting meeting = new Meeting(details, new Agenda(marked(bumped.agenda().items())),
                shifted.organization());
        return new Result(meeting, notes);
    }

    /**
     * What moving last session's organization of work onto these dates will be worth saying (days that fall outside
     * them, days without meetings), for the dialog to say while the dates are typed.
     */
    public static List<String> scheduleNotes(Meeting last, LocalDate start, LocalDate end) {
        return ScheduleShift.onto(last.organization(), last.details().meetingInfo().startDate(), start, end).notes();
    }

    /** Every item marked for review, sub-items too. */
    private static List<AgendaItem> marked(List<AgendaItem> items) {
        return items.stream().map(item -> item.withSubItems(marked(item.subItems())).withMark(ItemMark.REVIEW)).toList();
    }

    /** A new venue that is another duty station's city: the paper size and the job line follow the duty station. */
    private static Optional<String> dutyStationNote(MeetingDetails details) {
        String venue = details.meetingInfo().venue().strip();
        DutyStation station = details.processing().dutyStation();
        for (DutyStation other : DutyStation.values()) {
            if (other != station && venue.equalsIgnoreCase(other.city())) {
                return Optional.of("The session is in " + other.city() + " but the document is still "
                        + "issued in " + station.city() + " (Meeting details, duty station: paper size and job line).");
            }
        }
        return Optional.empty();
    }
}
