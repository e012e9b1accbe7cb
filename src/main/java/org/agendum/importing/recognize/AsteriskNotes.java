package org.agendum.importing.recognize;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendum.model.FootnoteMark;

/**
 * The asterisk footnotes of the lines under the masthead, the agenda item line's and the title's ("Provisional Agenda
 * and Annotations*" with "* The late submission of this document was caused by …", TD/TIMBER.3/1). A reader gives a
 * note as the line's footnote where it can: Word's footnote, or a page's foot that the text clean-up attached to its
 * call. Otherwise the note is a paragraph of its own further on that begins with the line's asterisks (a web copy,
 * a Word document whose note was typed), and the line keeps its asterisks, which the model does not print.
 */
final class AsteriskNotes {
    private static final Pattern TRAILING = Pattern.compile("\\*+$");

    private AsteriskNotes() {
    }

    /**
     * The line's note: its first footnote, else the first paragraph after {@code from} not yet read that begins with
     * the asterisks the line ends with (that paragraph is then reported as {@code what}). The line's other footnotes
     * are reported as not placed.
     */
    static Optional<String> of(Unit line, List<Unit> units, int from, String what, Reporter reporter) {
        List<FootnoteMark> notes = line.paragraph().footnotes();
        if (!notes.isEmpty()) {
            for (FootnoteMark extra : notes.subList(1, notes.size())) {
                reporter.notPlaced(line, what + " again: a line under the masthead has one footnote", extra, null);
            }
            return Optional.of(notes.get(0).plainText().strip());
        }
        Matcher marks = TRAILING.matcher(line.text());
        return marks.find() ? paragraph(units, from, marks.group().length(), what, reporter) : Optional.empty();
    }

    private static Optional<String> paragraph(List<Unit> units, int from, int asterisks, String what,
                                              Reporter reporter) {
        // exactly these asterisks: "** …" is the second note's, not the first's
        Pattern start = Pattern.compile("\\*{" + asterisks + "}(?!\\*)\\s*(\\S.*)");
        for (int i = from; i < units.size(); i++) {
            Unit unit = units.get(i);
            Matcher note = start.matcher(unit.text());
            if (!unit.isTable() && !reporter.isAccounted(unit) && note.matches()) {
                reporter.recognized(unit, what + ", printed as a paragraph");
                return Optional.of(note.group(1).strip());
            }
        }
        return Optional.empty();
    }
}
