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
 * Real Word footnotes, numbered through the document as {@code Agenda.firstFootnoteNumber} says: the note
 * with number n has the id n, and Word's automatic numbering, which counts references in document order,
 * shows the same n because the annotations are written in the model's order.
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

    Footnotes(XWPFDocument document) {
        this.document = document;
    }

    /** Adds the note numbered {@code number} and returns its id, for the reference in the text. */
    BigInteger add(int number, FootnoteMark mark, InlineWriter inlines) {
        XWPFFootnotes notes = part();
        CTFtnEdn ct = CTFtnEdn.Factory.newInstance();
        ct.setId(big(number));
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
        XWPFRun reference = paragraph.createRun();
        reference.setStyle(UnStyles.FOOTNOTE_REFERENCE);
        reference.getCTR().addNewFootnoteRef();
        Paragraphs.tab(paragraph);
        mark.text().forEach(run -> inlines.text(paragraph, run.text(), run.style()));
        return big(number);
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
