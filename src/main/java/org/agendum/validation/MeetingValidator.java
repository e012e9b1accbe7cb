package org.agendum.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.AgendaLayout;
import org.agendum.model.AgendaPunctuation;
import org.agendum.model.Day;
import org.agendum.model.DetailField;
import org.agendum.model.DocumentSymbol;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.EmptyAnnotations;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Inline;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Masthead;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;
import org.agendum.model.MeetingInfo;
import org.agendum.model.MeetingSlot;
import org.agendum.model.OrganizationOfWork;
import org.agendum.model.Paragraph;
import org.agendum.model.ScheduleEntry;
import org.agendum.model.TextRun;
import org.agendum.model.UnscheduledItems;
import org.agendum.typography.LinkTargets;
import org.agendum.typography.Printable;
import org.agendum.typography.UnDates;
import org.agendum.typography.UnTimes;

/** Finds what an officer must fix before a meeting's document can circulate. Pure: reads the meeting only. */
public final class MeetingValidator {
    private MeetingValidator() {
    }

    public static List<Problem> validate(Meeting meeting) {
        List<Problem> out = new ArrayList<>();
        checkDetails(meeting.details(), out);
        checkForm(meeting, out);
        checkAgenda(meeting.agenda(), out);
        checkOrganization(meeting, out);
        return List.copyOf(out);
    }

    private static void checkDetails(MeetingDetails details, List<Problem> out) {
        Masthead masthead = details.masthead();
        MeetingInfo meeting = details.meetingInfo();
        // DetailField is named only where there is a problem: its constants take a fresh JVM some 10 ms to make
        if (masthead.bodyName().isBlank()) {
            out.add(error("The name of the body is missing (e.g. Conference of the Parties to …).",
                    new Target.Detail(DetailField.BODY_NAME)));
        }
        // a session of the body itself has only its session line ("Sixth session"); a treaty body's date line
        // has no venue ("9–20 April 2018"), so the venue is optional
        if (meeting.meetingName().isBlank() && meeting.sessionLine().isBlank()) {
            out.add(error("The name of the meeting is missing (e.g. Working Group on Trafficking in Persons); for a "
                    + "session of the body itself, give the session line (e.g. Sixth session) instead.",
                    new Target.Detail(DetailField.MEETING_NAME)));
        }
        if (details.titleBlock().title().isBlank()) {
            out.add(error("The document title is missing (e.g. Annotated provisional agenda).",
                    new Target.Detail(DetailField.TITLE)));
        }
        if (masthead.symbol().isBlank()) {
            out.add(error("The document symbol is missing (as the first page gives it, e.g. CTOC/COP/WG.4/2018/1).",
                    new Target.Detail(DetailField.SYMBOL)));
        } else {
            DocumentSymbol.problem(masthead.symbol()).ifPresent(p -> out.add(error(
                    "The document symbol \"" + masthead.symbol() + "\" " + p + ".",
                    new Target.Detail(DetailField.SYMBOL))));
        }
        if (outsideTheYears(masthead.issueDate())) {
            out.add(yearProblem(masthead.issueDate(), "The date of issue", new Target.Detail(DetailField.ISSUE_DATE)));
        }
        if (outsideTheYears(meeting.startDate())) {
            out.add(yearProblem(meeting.startDate(), "The meeting's first day", new Target.Detail(DetailField.DATES)));
        }
        if (outsideTheYears(meeting.endDate())) {
            out.add(yearProblem(meeting.endDate(), "The meeting's last day", new Target.Detail(DetailField.DATES)));
        }
        if (meeting.endDate().isBefore(meeting.startDate())) {
            out.add(error("The meeting ends (" + UnDates.date(meeting.endDate()) + ") before it starts ("
                    + UnDates.date(meeting.startDate()) + ").", new Target.Detail(DetailField.DATES)));
        } else if (masthead.issueDate().isAfter(meeting.startDate())) {
            out.add(warning("The date of issue (" + UnDates.date(masthead.issueDate()) + ") is after the meeting's "
                    + "first day (" + UnDates.date(meeting.startDate()) + "); an agenda is issued before its meeting.",
                    new Target.Detail(DetailField.ISSUE_DATE)));
        }
        checkTitleBlockAndJobLine(details, out);
    }

    private static void checkTitleBlockAndJobLine(MeetingDetails details, List<Problem> out) {
        var block = details.titleBlock();
        if (block.agendaItemLine().isBlank() && !block.agendaItemTitle().isBlank()) {
            out.add(warning("The agenda item's title is given without the line above it (e.g. Item 2 of the "
                    + "provisional agenda); the title is printed alone.", new Target.Detail(DetailField.AGENDA_ITEM_LINE)));
        }
        if (block.agendaItemLine().isBlank() && !block.agendaItemNote().isBlank()) {
            out.add(warning("The agenda item line is empty, so its asterisk footnote is left out of the document.",
                    new Target.Detail(DetailField.AGENDA_ITEM_NOTE)));
        }
        checkAsteriskNote(block.agendaItemNote(), "agenda item line", DetailField.AGENDA_ITEM_NOTE, out);
        checkAsteriskNote(block.titleNote(), "title", DetailField.TITLE_NOTE, out);
        var processing = details.processing();
        if (processing.processedOn().isPresent() && processing.releasedOn().isPresent()
                && processing.processedOn().get().isAfter(processing.releasedOn().get())) {
            out.add(warning("The job line's processing date (" + UnDates.date(processing.processedOn().get())
                    + ") is after its release date (" + UnDates.date(processing.releasedOn().get()) + ").",
                    new Target.Detail(DetailField.PROCESSED_ON)));
        }
        processing.processedOn().filter(MeetingValidator::outsideTheYears).ifPresent(d -> out.add(yearProblem(d,
                "The job line's processing date", new Target.Detail(DetailField.PROCESSED_ON))));
        processing.releasedOn().filter(MeetingValidator::outsideTheYears).ifPresent(d -> out.add(yearProblem(d,
                "The job line's release date", new Target.Detail(DetailField.RELEASED_ON))));
    }

    /**
     * A note that prints no footnote (only spaces), or one that begins with its own asterisk (pasted with its mark):
     * the export adds the mark, so the document would show it twice.
     */
    private static void checkAsteriskNote(String note, String line, DetailField<String> field, List<Problem> out) {
        if (!note.isEmpty() && note.isBlank()) {
            out.add(warning("The " + line + "'s footnote holds only spaces, so no asterisk or footnote is printed.",
                    new Target.Detail(field)));
        } else if (note.strip().startsWith("*")) {
            out.add(warning("The " + line + "'s footnote begins with \u201C*\u201D: the export prints the asterisk "
                    + "itself, so the document would show it twice.", new Target.Detail(field)));
        }
    }

    /** What the chosen form leaves out, said before the export does it without a word. */
    private static void checkForm(Meeting meeting, List<Problem> out) {
        AgendaLayout layout = meeting.details().form().layout();
        if (meeting.agenda().items().isEmpty()) {
            out.add(warning("The agenda has no items yet; the document would have an empty agenda.",
                    new Target.Agenda()));
            return;
        }
        if (!layout.printsAnnotations()) {
            long annotated = meeting.agenda().numbered().stream()
                    .filter(n -> !n.item().annotation().isEmpty() || !n.item().documentation().isEmpty()).count();
            if (annotated > 0) {
                out.add(warning("The form \u201C" + layout.label() + "\u201D leaves out the annotations and "
                        + "Documentation lists of " + annotated + (annotated == 1 ? " item." : " items."),
                        new Target.Detail(DetailField.LAYOUT)));
            }
        }
        if (meeting.details().form().emptyAnnotations() == EmptyAnnotations.STANDARD_SENTENCE
                && meeting.details().form().standardSentence().isBlank()) {
            out.add(warning("The standard sentence for items with no annotation is empty; their headings would "
                    + "stand alone.", new Target.Detail(DetailField.STANDARD_SENTENCE)));
        }
        for (AgendaPunctuation.Override override : AgendaPunctuation.overridden(meeting.agenda())) {
            Agenda.NumberedItem n = override.numbered();
            out.add(warning(name(n) + " ends its list entry with " + describe(n.item().listEnd().mark())
                    + " where the rule gives " + describe(override.derivedMark()) + ".",
                    new Target.Punctuation(n.item().id())));
        }
    }

    private static String describe(String mark) {
        return switch (mark) {
            case ":" -> "a colon";
            case ";" -> "a semicolon";
            case "." -> "a full stop";
            default -> "no punctuation";
        };
    }

    /** The years a UN meeting's dates can sensibly have; a date outside is a typing slip or a hostile file. */
    public static final int FIRST_YEAR = 1945;
    public static final int LAST_YEAR = 2200;

    private static boolean outsideTheYears(LocalDate date) {
        return date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR;
    }

    private static Problem yearProblem(LocalDate date, String what, Target target) {
        return error(what + " is in the year " + date.getYear() + "; dates must be between " + FIRST_YEAR + " and "
                + LAST_YEAR + ". Check the year.", target);
    }

    private static void checkAgenda(Agenda agenda, List<Problem> out) {
        for (Agenda.NumberedItem n : agenda.numbered()) {
            checkItem(n, out);
        }
    }

    private static void checkItem(Agenda.NumberedItem n, List<Problem> out) {
        AgendaItem item = n.item();
        if (item.title().isBlank()) {
            out.add(error(name(n) + " has no title.", new Target.Item(item.id())));
        } else if (!AgendaPunctuation.heading(item.title()).equals(item.title().strip())) {
            out.add(warning(name(n) + " ends with punctuation; the agenda adds its own colon, semicolon or full stop.",
                    new Target.Item(item.id())));
        }
        checkLinks(n, out);
        List<DocumentationEntry> docs = item.documentation();
        for (int i = 0; i < docs.size(); i++) {
            DocumentationEntry doc = docs.get(i);
            Target target = new Target.Documentation(item.id(), i);
            if (doc.description().isBlank()) {
                out.add(warning(name(n) + ": document " + (i + 1) + " has no description.", target));
            }
            final int number = i + 1;
            DocumentSymbol.problem(doc.symbol()).ifPresent(p -> out.add(error(
                    name(n) + ": the symbol \"" + doc.symbol() + "\" of document " + number + " " + p + ".", target)));
        }
    }

    /**
     * A link whose target {@link LinkTargets} does not allow (a received file may link to {@code file:},
     * {@code javascript:}, a share or a script): the window will not open it and the Word file leaves it out.
     * Each address once per item.
     */
    private static void checkLinks(Agenda.NumberedItem n, List<Problem> out) {
        // runs every edit over every run of the meeting: indexed loops, and no set until a link is refused
        Set<String> reported = null;
        List<Paragraph> paragraphs = n.item().annotation().paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            List<Inline> inlines = paragraphs.get(p).inlines();
            for (int i = 0; i < inlines.size(); i++) {
                Inline inline = inlines.get(i);
                if (inline instanceof TextRun run) {
                    reported = checkLink(n, run, reported, out);
                } else if (inline instanceof FootnoteMark footnote) {
                    List<TextRun> runs = footnote.text();
                    for (int r = 0; r < runs.size(); r++) {
                        reported = checkLink(n, runs.get(r), reported, out);
                    }
                }
            }
        }
    }

    /** Reports the run's link if it is not allowed and not yet reported for the item; returns the reported links. */
    private static Set<String> checkLink(Agenda.NumberedItem n, TextRun run, Set<String> reported, List<Problem> out) {
        String link = run.style().link();
        if (link == null || AllowedLinks.isAllowed(link)) {
            return reported;
        }
        Set<String> links = reported == null ? new HashSet<>() : reported;
        if (links.add(link)) {
            out.add(error(name(n) + ": the annotation links to \u201C" + Printable.quoted(link.strip())
                    + "\u201D, which is not a web or e-mail address (http, https, ftp, mailto); "
                    + "it will not open and is left out of the Word file.", new Target.Annotation(n.item().id())));
        }
        return links;
    }

    /** "Item 1 (a)", made only for a problem: validation runs after every edit, over every item. */
    private static String name(Agenda.NumberedItem n) {
        return "Item " + n.reference();
    }

    private static void checkOrganization(Meeting meeting, List<Problem> out) {
        OrganizationOfWork work = meeting.organization();
        MeetingInfo d = meeting.details().meetingInfo();
        Set<LocalDate> dates = new HashSet<>();
        // one set of ids for every entry's check: the agenda's own lookup walks the tree each time
        Set<ItemId> items = meeting.agenda().allIds();
        LocalDate previous = null;
        for (int i = 0; i < work.days().size(); i++) {
            Day day = work.days().get(i);
            if (outsideTheYears(day.date())) {
                out.add(yearProblem(day.date(), "Day " + (i + 1) + " of the organization of work", new Target.Day(i)));
            }
            String dayName = UnDates.weekdayAndDate(day.date());
            boolean datesValid = !d.endDate().isBefore(d.startDate()); // else already reported with the details
            if (datesValid && (day.date().isBefore(d.startDate()) || day.date().isAfter(d.endDate()))) {
                out.add(error(dayName + " is outside the meeting's dates (" + UnDates.range(d.startDate(), d.endDate())
                        + ").", new Target.Day(i)));
            }
            if (!dates.add(day.date())) {
                out.add(error(dayName + " appears twice in the organization of work.", new Target.Day(i)));
            } else if (previous != null && day.date().isBefore(previous)) {
                out.add(warning(dayName + " comes after a later day; the annex prints days in this order.",
                        new Target.Day(i)));
            }
            previous = day.date();
            for (MeetingSlot slot : day.meetings()) {
                checkSlot(items, dayName, slot, out);
            }
        }
        checkUnscheduled(meeting, out);
        checkSubItemsAfterTheirGroup(meeting, out);
    }

    /**
     * When an item with sub-items is itself taken up (the group is opened), none of its sub-items may come
     * before that: "1 (a)" cannot be discussed before item 1 opens.
     */
    private static void checkSubItemsAfterTheirGroup(Meeting meeting, List<Problem> out) {
        List<ScheduleEntry> entries = meeting.organization().allEntries();
        java.util.Map<ItemId, Integer> firstAt = new java.util.HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) instanceof ItemEntry entry) {
                firstAt.putIfAbsent(entry.item(), i);
            }
        }
        for (Agenda.NumberedItem n : meeting.agenda().numbered()) {
            Integer own = firstAt.get(n.item().id());
            for (ItemId ancestor = n.parent(); own != null && ancestor != null;
                    ancestor = meeting.agenda().locate(ancestor).orElseThrow().parent()) {
                Integer group = firstAt.get(ancestor);
                if (group != null && group > own) {
                    String groupReference = meeting.agenda().numbered(ancestor).orElseThrow().reference();
                    out.add(warning("Item " + n.reference() + " is taken up before item " + groupReference
                            + " opens.", new Target.Entry(entries.get(own).id())));
                    break;
                }
            }
        }
    }

    private static void checkSlot(Set<ItemId> items, String dayName, MeetingSlot slot, List<Problem> out) {
        if (!slot.end().isAfter(slot.start())) {
            out.add(error("The meeting of " + dayName + " ends before it starts.", new Target.Slot(slot.id())));
            return;
        }
        String slotName = dayName + ", " + UnTimes.range(slot.start(), slot.end());
        for (ScheduleEntry entry : slot.entries()) {
            if (entry instanceof ItemEntry item && !items.contains(item.item())) {
                out.add(error("An entry in the meeting of " + slotName + " refers to an agenda item that was deleted.",
                        new Target.Entry(entry.id())));
            }
        }
    }

    /** Which items count as taken up is {@link UnscheduledItems}' rule, shared with the agenda tree's marks. */
    private static void checkUnscheduled(Meeting meeting, List<Problem> out) {
        if (meeting.agenda().items().isEmpty()) {
            return;
        }
        if (meeting.organization().allSlots().isEmpty()) {
            out.add(warning("The organization of work has no meetings yet, so the document has no annex.",
                    new Target.Organization()));
            return;
        }
        Set<ItemId> unscheduled = UnscheduledItems.in(meeting);
        for (Agenda.NumberedItem n : meeting.agenda().numbered()) {
            if (unscheduled.contains(n.item().id())) {
                out.add(warning("Item " + n.reference()
                        + " is not taken up in any meeting of the organization of work.", new Target.Item(n.item().id())));
            }
        }
    }

    private static Problem error(String message, Target target) {
        return new Problem(Problem.Severity.ERROR, message, target);
    }

    private static Problem warning(String message, Target target) {
        return new Problem(Problem.Severity.WARNING, message, target);
    }
}
