package org.agendum.docx;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Inline;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes the model's styled text into a paragraph: bold, italic, underline and superscript as run properties,
 * links as real hyperlinks (the Hyperlink character style: blue, not underlined, as A/80/590), footnote marks
 * as references to real footnotes.
 */
final class InlineWriter {
    private final Footnotes footnotes;
    private int nextFootnote;

    InlineWriter(Footnotes footnotes) {
        this.footnotes = footnotes;
    }

    /** The number the next footnote mark gets; the annotations writer sets it from the model per item. */
    void numberFootnotesFrom(int number) {
        nextFootnote = number;
    }

    void write(XWPFParagraph paragraph, List<Inline> inlines) {
        for (Inline inline : inlines) {
            if (inline instanceof TextRun run) {
                text(paragraph, run.text(), run.style());
            } else if (inline instanceof FootnoteMark mark) {
                BigInteger id = footnotes.add(nextFootnote++, mark, this);
                XWPFRun reference = paragraph.createRun();
                reference.setStyle(UnStyles.FOOTNOTE_REFERENCE);
                reference.getCTR().addNewFootnoteReference().setId(id);
            }
        }
    }

    void text(XWPFParagraph paragraph, String text, TextStyle style) {
        String cleaned = DocxText.typeset(() -> Paragraphs.lastCharacter(paragraph), text);
        if (cleaned.isEmpty()) {
            return;
        }
        Optional<String> link = Links.target(style.link());
        XWPFRun run = link.isPresent() ? paragraph.createHyperlinkRun(link.get()) : paragraph.createRun();
        if (link.isPresent()) {
            run.setStyle(UnStyles.HYPERLINK);
        }
        run.setText(cleaned);
        format(run, style);
    }

    static void format(XWPFRun run, TextStyle style) {
        if (style.bold()) {
            run.setBold(true);
        }
        if (style.italic()) {
            run.setItalic(true);
        }
        if (style.underline()) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
        if (style.superscript()) {
            run.setSubscript(VerticalAlign.SUPERSCRIPT);
        }
    }

    /** A link to a document symbol's ODS address, or plain text when the symbol makes no address. */
    static void symbolLink(XWPFParagraph paragraph, String symbol) {
        String cleaned = DocxText.clean(symbol);
        Optional<String> address = Links.ods(cleaned);
        XWPFRun run = address.isPresent() ? paragraph.createHyperlinkRun(address.get()) : paragraph.createRun();
        if (address.isPresent()) {
            run.setStyle(UnStyles.HYPERLINK);
        }
        run.setText(cleaned);
    }
}
