package org.agendum.importing.recognize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.agendum.importing.source.SourcePlace;
import org.agendum.model.FootnoteMark;
import org.agendum.model.ItemId;
import org.agendum.model.RichText;

/**
 * Writes the report while the recognizer reads, and remembers which pieces of the source it has accounted for, so
 * that whatever it did not read is reported as not placed at the end: nothing is dropped without a word.
 */
final class Reporter {
    private final List<ReportEntry> entries = new ArrayList<>();
    private final Set<Unit> accounted = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The version's wording, in which a paragraph's number is read. */
    private final VersionWording wording;

    Reporter() {
        this(VersionWording.of(org.agendum.model.Language.ENGLISH));
    }

    Reporter(VersionWording wording) {
        this.wording = wording;
    }

    VersionWording wording() {
        return wording;
    }

    void recognized(Unit unit, String sentence) {
        add(ReportEntry.Kind.RECOGNIZED, unit, sentence, null);
    }

    void recognized(Unit unit, String sentence, ItemId item) {
        add(ReportEntry.Kind.RECOGNIZED, unit, sentence, item);
    }

    void guessed(Unit unit, String sentence, ItemId item) {
        add(ReportEntry.Kind.GUESSED, unit, sentence, item);
    }

    /** A guess that no piece of the source gave (a default, or something read from the file's name). */
    void guessed(String sentence) {
        entries.add(new ReportEntry(ReportEntry.Kind.GUESSED, sentence, Optional.empty(), "", RichText.EMPTY,
                Optional.empty()));
    }

    /** A piece no part of the meeting took: its content kept, for the officer to take into an annotation. */
    void notPlaced(Unit unit, String sentence) {
        // the content leaves a paragraph's number out, as an annotation does: the sentence says so
        String number = ListLabel.of(unit, wording).filter(ListLabel::isNumber).map(l -> "; its number \u201C" + l.label()
                + "\u201D is not kept when it is added to an annotation (Agendum does not number annotation"
                + " paragraphs)").orElse("");
        accounted.add(unit);
        entries.add(new ReportEntry(ReportEntry.Kind.NOT_PLACED, sentence + number, Optional.of(unit.place()),
                unit.block().plainText().strip(), UnplacedContent.of(unit.block(), wording), Optional.empty()));
    }

    /** A footnote of a piece that was placed while the footnote was not (the title's, a list entry's). */
    void notPlaced(Unit unit, String sentence, FootnoteMark note, ItemId item) {
        accounted.add(unit);
        entries.add(new ReportEntry(ReportEntry.Kind.NOT_PLACED, sentence, Optional.of(unit.place()),
                note.plainText(), UnplacedContent.of(note), Optional.ofNullable(item)));
    }

    /** What happened to a part of a piece, with that part's text (a row of the annex's table). */
    void part(ReportEntry.Kind kind, Unit unit, String sentence, String text, ItemId item) {
        part(kind, unit, unit.place(), sentence, text, item);
    }

    /** As above, at the part's own place (a table's row). */
    void part(ReportEntry.Kind kind, Unit unit, SourcePlace place, String sentence,
              String text, ItemId item) {
        accounted.add(unit);
        RichText content = kind == ReportEntry.Kind.NOT_PLACED ? UnplacedContent.ofText(text) : RichText.EMPTY;
        entries.add(new ReportEntry(kind, sentence, Optional.of(place), text, content, Optional.ofNullable(item)));
    }

    boolean isAccounted(Unit unit) {
        return accounted.contains(unit);
    }

    /** Reports every piece not yet accounted for as not placed. */
    void rest(List<Unit> units) {
        for (Unit unit : units) {
            if (!accounted.contains(unit) && !unit.block().plainText().isBlank()) {
                notPlaced(unit, "Not recognized as a part of the agenda");
            }
        }
    }

    /** Rewords what was said about an item's piece once it is known to be something else. */
    void reword(ItemId item, String said, String sentence) {
        entries.replaceAll(e -> e.item().equals(Optional.of(item)) && e.sentence().equals(said)
                ? new ReportEntry(e.kind(), sentence, e.place(), e.text(), e.content(), e.item()) : e);
    }

    List<ReportEntry> entries() {
        return entries;
    }

    private void add(ReportEntry.Kind kind, Unit unit, String sentence, ItemId item) {
        accounted.add(unit);
        entries.add(new ReportEntry(kind, sentence, Optional.of(unit.place()), unit.block().plainText().strip(),
                RichText.EMPTY, Optional.ofNullable(item)));
    }
}
