package org.agendum.docx;

import org.agendum.model.FootnoteMark;

/**
 * Real Word footnotes, written into their own part (word/footnotes.xml) while the body is written, as their
 * references come. The annotations' notes are numbered through the document as
 * {@code Agenda.firstFootnoteNumber} says, and Word's automatic numbering, which counts references in document
 * order, shows the same numbers because the annotations are written in the model's order. The notes under the
 * masthead have marks of their own, "*" and "**" in the order of the text (E/CN.15/2011/1's "Item 2 of the
 * provisional agenda*", TD/TIMBER.3/1's "Provisional Agenda and Annotations*"), which Word and LibreOffice leave
 * out of the count.
 *
 * <p>The ids follow the order of the references in the text: the notes with their own marks, which stand
 * under the masthead, take 1, 2 …, and the numbered note n takes n after them (n itself when there is none).
 * LibreOffice 7.4 pairs references and notes in ascending id order rather than by id, so an asterisk note
 * with an id after the numbered notes' took the first numbered note's text.
 *
 * <p>Layout as A/80/590 (confirmed): the separator is 18 underscores in the footer style at 8 pt, indented
 * 792; the note's text lines up with the body (SingleTxt, left 1267, right 1260) and its number sits just
 * before it. A/80/590 gets there with a leading tab to a right tab at 1195, which Word honours but LibreOffice
 * does not: it always draws a footnote's number at the start of the first line, so the number landed 1 cm
 * left of its text. Starting the first line 204 twips before the text (room for three digits) and tabbing
 * to the hanging indent puts number and text in the same places in both.
 */
final class Footnotes {
    static final String PART = "word/footnotes.xml";
    /** The run of a mark of its own ("*"), in the note and after its reference. */
    static final RunFormat MARK = RunFormat.styled(UnStyles.FOOTNOTE_REFERENCE);
    private static final String ASTERISK = "*";
    private static final String ZERO_WIDTH_SPACE = "\u200b";
    /** The reference style's look (superscript, spaced and widened a little) as direct formatting. */
    private static final RunFormat UNMARKED_CALL_MARK = RunFormat.NONE.withSuperscript().withSpacing(5).withScale(103);
    private static final String SEPARATOR = "__________________";
    /** From the number's start to the text's: three superscript digits and a space at 8.5 pt. */
    static final int NUMBER_ROOM = 204;

    private final WordPackage word;
    private final String mainPart;
    private WordPart part;
    private int ownMarkNotes;
    private boolean numberedNotes;

    /** @param mainPart the part whose relationships name the footnotes part, once there is a note */
    Footnotes(WordPackage word, String mainPart) {
        this.word = word;
        this.mainPart = mainPart;
    }

    /** Adds the note numbered {@code number} and returns its id, for the reference in the text. */
    int add(int number, FootnoteMark mark, InlineWriter inlines) {
        numberedNotes = true;
        int id = ownMarkNotes + number;
        ContentWriter note = note(id);
        note.footnoteNumber();
        note.tab();
        mark.text().forEach(run -> inlines.text(note, run.text(), run.style()));
        endNote(note);
        return id;
    }

    /**
     * Calls a note marked with asterisks at the end of {@code line}: its reference, then its mark, which is "*" for
     * the first such note, "**" for the second and so on, in the order of the text (the UN's successive asterisk
     * notes on a page). Word and LibreOffice number only the notes without a mark of their own, so the numbered
     * notes keep 1, 2 …
     *
     * @throws IllegalStateException after a numbered note: the ids would no longer follow the text
     */
    void callWithAsterisks(ContentWriter line, String text) {
        int id = asteriskNote(text, MARK);
        line.footnoteReference(id, true);
        // a run for each asterisk: LibreOffice (7.4) takes a custom mark only from one-character runs, which it
        // joins, and printed "1**" for a run of two; Word takes the first run as the mark and shows the rest
        // after it in the same style
        for (int i = 0; i < ownMarkNotes; i++) {
            line.plainText(ASTERISK, MARK);
        }
    }

    /**
     * Calls a note marked with asterisks, like {@link #callWithAsterisks}, from a line that does not show the mark:
     * the reissue's note, whose asterisk is printed after the symbol in the masthead, a page header that cannot hold a
     * footnote reference. The reference's own mark is a zero-width space, so the note stands at the foot of page 1
     * with its asterisks, first of the notes under the masthead, and the line shows nothing more.
     */
    void callUnmarked(ContentWriter line, String text) {
        // the note's mark formatted directly, not in the reference style: LibreOffice (7.4) drops a note's leading
        // runs in that style when its call's mark is not an asterisk, and printed the note without its "*"
        int id = asteriskNote(text, UNMARKED_CALL_MARK);
        line.footnoteReference(id, true);
        line.plainText(ZERO_WIDTH_SPACE, MARK);
    }

    /** Writes the next note with asterisks, "*" then "**" …, and returns its id. */
    private int asteriskNote(String text, RunFormat markFormat) {
        if (numberedNotes) {
            throw new IllegalStateException("a note with its own mark comes before the numbered notes");
        }
        ownMarkNotes++;
        ContentWriter note = note(ownMarkNotes);
        note.plainText(ASTERISK.repeat(ownMarkNotes), markFormat);
        note.tab();
        note.text(text);
        endNote(note);
        return ownMarkNotes;
    }

    /** Whether the document has footnotes (and so a footnotes part, which the settings name). */
    boolean any() {
        return part != null;
    }

    /** Ends the footnotes part, if there is one. */
    void close() {
        if (part != null) {
            part.close();
        }
    }

    /** A new note's one paragraph, laid out as the body: footnote text, the text at 1267, room for the mark. */
    private ContentWriter note(int id) {
        ContentWriter notes = part();
        notes.xml().start("w:footnote").attribute("w:id", id).attribute("w:type", "normal");
        notes.paragraph(ParagraphFormat.styled(UnStyles.FOOTNOTE_TEXT).tab("clear", 418).leftTabs(UnStyles.BODY_TABS)
                .indent(PageGeometry.BODY_INDENT, 1260, NUMBER_ROOM));
        return notes;
    }

    private static void endNote(ContentWriter note) {
        note.endParagraph();
        note.xml().end();
    }

    private ContentWriter part() {
        if (part == null) {
            word.relationshipsOf(mainPart).add(Relationships.FOOTNOTES, PART.substring(PART.lastIndexOf('/') + 1));
            part = WordPart.footnotes(word, PART);
            separator(part.content(), -1, "separator");
            separator(part.content(), 0, "continuationSeparator");
        }
        return part.content();
    }

    private static void separator(ContentWriter notes, int id, String type) {
        notes.xml().start("w:footnote").attribute("w:id", id).attribute("w:type", type);
        notes.paragraph(ParagraphFormat.styled(UnStyles.FOOTER).spaceAfter(80).leftIndent(792));
        notes.text(SEPARATOR, RunFormat.NONE.withBold(false).withSize(8));
        endNote(notes);
    }
}
