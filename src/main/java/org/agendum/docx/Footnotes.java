package org.agendum.docx;

import static org.agendum.docx.Twips.big;

import java.math.BigInteger;
import org.agendum.model.FootnoteMark;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * Real Word footnotes. The annotations' notes are numbered through the document as
 * {@code Agenda.firstFootnoteNumber} says, and Word's automatic numbering, which counts references in document
 * order, shows the same numbers because the annotations are written in the model's order. The agenda item
 * line's note has its own mark, "*" (E/CN.15/2011/1's "Item 2 of the provisional agenda*"), which Word and
 * LibreOffice leave out of the count.
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
    private static final String SEPARATOR = "__________________";
    /** From the number's start to the text's: three superscript digits and a space at 8.5 pt. */
    static final int NUMBER_ROOM = 204;

    private final XWPFDocument document;
    private XWPFFootnotes part;
    private int ownMarkNotes;
    private boolean numberedNotes;

    Footnotes(XWPFDocument document) {
        this.document = document;
    }

    /** Adds the note numbered {@code number} and returns its id, for the reference in the text. */
    BigInteger add(int number, FootnoteMark mark, InlineWriter inlines) {
        numberedNotes = true;
        int id = ownMarkNotes + number;
        XWPFParagraph paragraph = note(id);
        XWPFRun reference = paragraph.createRun();
        reference.setStyle(UnStyles.FOOTNOTE_REFERENCE);
        reference.getCTR().addNewFootnoteRef();
        Paragraphs.tab(paragraph);
        mark.text().forEach(run -> inlines.text(paragraph, run.text(), run.style()));
        return big(id);
    }

    /**
     * Adds a note with its own mark ("*") in place of a number and returns its id. Word and LibreOffice number
     * only the notes without a mark of their own, so the numbered notes keep 1, 2 …
     *
     * @throws IllegalStateException after a numbered note: the ids would no longer follow the text
     */
    BigInteger addWithOwnMark(String ownMark, String text) {
        if (numberedNotes) {
            throw new IllegalStateException("a note with its own mark comes before the numbered notes");
        }
        ownMarkNotes++;
        XWPFParagraph paragraph = note(ownMarkNotes);
        ownMark(paragraph, ownMark);
        Paragraphs.tab(paragraph);
        Paragraphs.text(paragraph, text);
        return big(ownMarkNotes);
    }

    /**
     * The reference to a note with its own mark: {@code w:customMarkFollows} tells the reader that the run
     * after the reference is the mark and that the note takes no number.
     */
    static void ownMarkReference(XWPFParagraph paragraph, BigInteger id, String ownMark) {
        XWPFRun reference = paragraph.createRun();
        reference.setStyle(UnStyles.FOOTNOTE_REFERENCE);
        var ref = reference.getCTR().addNewFootnoteReference();
        ref.setId(id);
        ref.setCustomMarkFollows("1"); // as Word writes it
        ownMark(paragraph, ownMark);
    }

    private static void ownMark(XWPFParagraph paragraph, String ownMark) {
        XWPFRun mark = paragraph.createRun();
        mark.setStyle(UnStyles.FOOTNOTE_REFERENCE);
        mark.setText(ownMark);
    }

    /** A new note's one paragraph, laid out as the body: footnote text, the text at 1267, room for the mark. */
    private XWPFParagraph note(int id) {
        XWPFFootnotes notes = part();
        CTFtnEdn ct = CTFtnEdn.Factory.newInstance();
        ct.setId(big(id));
        ct.setType(STFtnEdn.NORMAL);
        ct.addNewP();
        XWPFFootnote note = notes.addFootnote(ct);
        XWPFParagraph paragraph = note.getParagraphs().get(0);
        Paragraphs.styled(paragraph, UnStyles.FOOTNOTE_TEXT);
        var tabs = Paragraphs.pPr(paragraph).addNewTabs();
        var clear = tabs.addNewTab();
        clear.setVal(STTabJc.CLEAR);
        clear.setPos(big(418));
        for (int position : UnStyles.BODY_TABS) {
            var tab = tabs.addNewTab();
            tab.setVal(STTabJc.LEFT);
            tab.setPos(big(position));
        }
        Paragraphs.indent(paragraph, PageGeometry.BODY_INDENT, 1260, NUMBER_ROOM);
        return paragraph;
    }

    private XWPFFootnotes part() {
        if (part == null) {
            part = document.createFootnotes();
            separator(part, -1, STFtnEdn.SEPARATOR);
            separator(part, 0, STFtnEdn.CONTINUATION_SEPARATOR);
            CTSettings settings = document.getSettings().getCTSettings();
            var properties = settings.isSetFootnotePr() ? settings.getFootnotePr() : settings.addNewFootnotePr();
            properties.addNewFootnote().setId(big(-1));
            properties.addNewFootnote().setId(big(0));
        }
        return part;
    }

    private static void separator(XWPFFootnotes notes, int id, STFtnEdn.Enum type) {
        CTFtnEdn ct = CTFtnEdn.Factory.newInstance();
        ct.setId(big(id));
        ct.setType(type);
        ct.addNewP();
        XWPFParagraph paragraph = notes.addFootnote(ct).getParagraphs().get(0);
        Paragraphs.styled(paragraph, UnStyles.FOOTER);
        Paragraphs.spaceAfter(paragraph, 80);
        Paragraphs.leftIndent(paragraph, 792);
        XWPFRun line = Paragraphs.text(paragraph, SEPARATOR);
        line.setBold(false);
        line.setFontSize(8);
    }
}
