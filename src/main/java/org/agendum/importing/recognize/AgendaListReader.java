package org.agendum.importing.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.agendum.model.FootnoteMark;

/**
 * The provisional agenda's list: entries numbered "1.", "(a)", "(i)" … to any depth, under a "Provisional agenda"
 * heading (in a form with numbered parts "I. Provisional agenda") or straight after the title. Each entry's title is
 * kept without the label and without the list's punctuation (the model derives it), and the mark it ended with is
 * remembered for the overrides. Labels, headings and marks are the version's ({@link VersionWording}: "a)", "1 -",
 * "Ordre du jour provisoire", "；"). The list ends where the numbering starts again at 1 (annotations without a heading
 * of their own), at a heading, or at text without a label.
 */
final class AgendaListReader {
    /** "Note by the Secretary-General", "Note by the Secretariat", "Note by the Executive Director". */
    private static final Pattern NOTE_HEADING = Pattern.compile("(?i)note by the [\\p{L} .,'\u2019-]{3,80}");

    /** The list: its items, where the reading goes on, and whether it had its heading (numbered "I." or not). */
    record Result(List<DraftItem> items, int end, boolean heading, boolean numberedParts) {
    }

    private AgendaListReader() {
    }

    static Result read(List<Unit> units, int from, Reporter reporter) {
        VersionWording wording = reporter.wording();
        int start = from;
        boolean heading = false;
        boolean numbered = false;
        int headingAt = listHeading(units, from, wording);
        if (headingAt >= 0) {
            beforeList(units, from, headingAt, reporter);
            numbered = wording.listHeading(units.get(headingAt).text()).orElseThrow()
                    || units.get(headingAt).paragraph().listLabel().strip().equals("I.");
            reporter.recognized(units.get(headingAt), "The heading over the provisional agenda");
            start = headingAt + 1;
            heading = true;
        } else {
            while (start < units.size() && !startsList(units.get(start), wording)) {
                if (wording.isAnnotationsHeading(units.get(start).text()) || isAnnex(units.get(start), wording)) {
                    return new Result(List.of(), from, false, false);
                }
                start++;
            }
            if (start == units.size()) {
                return new Result(List.of(), from, false, false);
            }
            beforeList(units, from, start, reporter);
        }
        List<DraftItem> roots = new ArrayList<>();
        java.util.Map<List<Integer>, DraftItem> all = new java.util.HashMap<>();
        List<Integer> current = List.of();
        int i = start;
        for (; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (reporter.isAccounted(unit)) {
                continue; // the job line, kept apart where a page broke
            }
            Optional<ListLabel> label = ListLabel.of(unit, wording);
            if (label.isEmpty() || label.get().isFirstItem() && !roots.isEmpty()) {
                break;
            }
            Optional<List<Integer>> path = label.get().next(current);
            if (path.isEmpty()) {
                path = label.get().byForm(current).stream()
                        .filter(p -> p.size() == 1 || all.containsKey(p.subList(0, p.size() - 1))).findFirst();
            }
            if (path.isEmpty() || all.containsKey(path.get())) {
                break;
            }
            DraftItem item = entry(path.get(), label.get().rest(), wording.listMarks());
            DraftItem parent = path.get().size() == 1 ? null : all.get(path.get().subList(0, path.get().size() - 1));
            (parent == null ? roots : parent.children).add(item);
            all.put(item.path, item);
            current = path.get();
            reporter.recognized(unit, "Item " + item.reference() + " of the provisional agenda", item.id());
            for (FootnoteMark note : unit.paragraph().footnotes()) {
                reporter.notPlaced(unit, "A footnote to the title of item " + item.reference()
                        + ": titles have no footnotes; put it in the item's annotation", note, item.id());
            }
        }
        return new Result(roots, i, heading, numbered);
    }

    /**
     * Text between the title and the list, reported as not placed: a meeting file has no place before its agenda. A
     * "Note by the Secretary-General" there (E/C.12/52/1) is named as a note, so the officer knows what it is and that
     * each of its paragraphs can go into an item's annotation.
     */
    private static void beforeList(List<Unit> units, int from, int to, Reporter reporter) {
        String note = null;
        for (int i = from; i < to; i++) {
            Unit unit = units.get(i);
            if (note == null && NOTE_HEADING.matcher(unit.text()).matches()) {
                note = unit.text();
                reporter.notPlaced(unit, "The heading of a note before the provisional agenda: a meeting file has no"
                        + " place for a note before the agenda");
            } else if (note != null) {
                reporter.notPlaced(unit, "A paragraph of the \u201C" + note + "\u201D before the provisional agenda:"
                        + " a meeting file has no place for a note before the agenda");
            } else {
                reporter.notPlaced(unit, "Between the title and the provisional agenda: a meeting file has no place"
                        + " for text before the agenda");
            }
        }
    }

    /** The "Provisional agenda" heading after the title, if there is one before the annotations start. */
    private static int listHeading(List<Unit> units, int from, VersionWording wording) {
        for (int i = from; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (unit.isTable() || isAnnex(unit, wording) || wording.isAnnotationsHeading(unit.text())) {
                return -1;
            }
            if (wording.listHeading(unit.text()).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsList(Unit unit, VersionWording wording) {
        return ListLabel.of(unit, wording).filter(ListLabel::isFirstItem).isPresent();
    }

    static boolean isAnnex(Unit unit, VersionWording wording) {
        return !unit.isTable() && wording.isAnnex(unit.text());
    }

    /** An entry's title without the list's punctuation, and the mark it ended with. */
    private static DraftItem entry(List<Integer> path, String text, String listMarks) {
        String title = text.strip();
        int end = title.length();
        while (end > 0 && (listMarks.indexOf(title.charAt(end - 1)) >= 0 || Character.isWhitespace(title.charAt(end - 1)))) {
            end--;
        }
        String marks = title.substring(end).strip();
        return new DraftItem(path, title.substring(0, end), marks.isEmpty() ? "" : marks.substring(marks.length() - 1));
    }
}
